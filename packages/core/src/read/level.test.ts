import { describe, expect, it } from "vitest"
import { parseLevel } from "./level.ts"

describe("parseLevel", () => {
  it.each([
    ["1-产出指标", "1", "产出指标", null],
    ["11-数量指标", "11", "数量指标", null],
    ["21-经济效益", "21", "经济效益", null],
    ["31-服务对象满意度", "31", "服务对象满意度", null],
    ["数量指标", null, "数量指标", null],
    ["产出指标(50分)", null, "产出指标", "50"],
    ["产出指标（50分）", null, "产出指标", "50"],
    ["1-产出指标（30分）", "1", "产出指标", "30"],
    ["效益指标（２０分）", null, "效益指标", "20"],
    ["  2-效益指标  ", "2", "效益指标", null],
    ["１－产出指标", "1", "产出指标", null],
    ["", null, "", null],
  ])("%s", (text, code, name, points) => {
    expect(parseLevel(text)).toEqual({ raw: text.trim(), code, name, points })
  })

  it("keeps a parenthesis that is not points inside the name", () => {
    expect(parseLevel("服务对象满意度（%）").name).toBe("服务对象满意度（%）")
  })
})
