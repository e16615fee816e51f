import { describe, expect, it } from "vitest"
import { rollupMethodText } from "./rollup-method.ts"

describe("rollupMethodText", () => {
  it("states the method actually used", () => {
    expect(rollupMethodText({ method: "budget_weighted" }, "budget_weighted")).toBe(
      "按全年预算数加权平均项目总分",
    )
    expect(rollupMethodText({ method: "mean" }, "mean")).toBe("项目总分简单平均")
  })

  it("says why a budget-weighted mean fell back to the simple mean", () => {
    const text = rollupMethodText(
      { method: "mean", fallback: { projectsWithoutBudget: 33 } },
      "budget_weighted",
    )
    expect(text).toContain("简单平均")
    expect(text).toContain("33 个项目没有可用的全年预算数")
    expect(text).not.toMatch(/^按全年预算数加权/)
  })
})
