import { describe, expect, it } from "vitest"
import { indicatorKey, nameKey, projectKey, tableProjectKey } from "./keys.ts"

describe("the same project", () => {
  it("matches names across files with white space ignored, and keeps unit, project and indicator apart", () => {
    expect(nameKey(" 购置　经费 \t")).toBe("购置经费")
    expect(projectKey("无线电 监测站", "购置 经费")).toBe(projectKey("无线电监测站", "购置经费"))
    // The separator cannot be written in a name: no unit/project split reads as another.
    expect(projectKey("a", "bc")).not.toBe(projectKey("ab", "c"))
    expect(indicatorKey("单位", "项目", "培训 人次")).toBe(indicatorKey("单位", "项目", "培训人次"))
  })

  it("groups the rows of one table by unit and name exactly as written", () => {
    expect(tableProjectKey("单位", "购置经费")).toBe(tableProjectKey("单位", "购置经费"))
    expect(tableProjectKey("单位", "购置 经费")).not.toBe(tableProjectKey("单位", "购置经费"))
  })
})
