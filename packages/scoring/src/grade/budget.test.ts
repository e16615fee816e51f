import type { BudgetRow } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { presets } from "../policy/presets.ts"
import { readAmount, scoreBudget } from "./budget.ts"

const at = { file: "b.csv", row: 2 }
const row = (planned: string, executed: string): BudgetRow => ({
  unit: "",
  project: "",
  initial: null,
  planned: { text: planned, at },
  executed: { text: executed, at },
  weight: null,
  at,
})
const score = (planned: string, executed: string, unit: string | null = "万元") =>
  scoreBudget(row(planned, executed), unit, presets.national!)

describe("budget amounts", () => {
  it("reads amounts exactly and converts cells that name their own unit", () => {
    expect(readAmount("1,234.5")?.toString()).toBe("1234.5")
    expect(readAmount("500000元", "万元")?.toString()).toBe("50")
    expect(readAmount("1.2亿元", "万元")?.toString()).toBe("12000")
    expect(readAmount("-50")).toBeUndefined()
    expect(readAmount("约100")).toBeUndefined()
  })

  it("rates 100万元 against 950000元 as 95 %, not 950000 %", () => {
    expect(score("100万元", "950000元").budget!.rate!.toString()).toBe("0.95")
  })

  it("refuses a negative execution figure instead of scoring below 0", () => {
    expect(score("100", "-50").findings.map((f) => f.code)).toEqual(["budget_unreadable"])
  })

  it("reports a rate above 100 % and a budget of 0", () => {
    expect(score("100", "120").findings.map((f) => f.code)).toContain("budget_rate_over")
    expect(score("100", "120").budget!.score.toString()).toBe("10")
    expect(score("0", "10").findings.map((f) => f.code)).toContain("budget_not_positive")
  })
})
