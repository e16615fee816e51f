import type { BudgetRow, BudgetTable } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { scoreBudget } from "../grade/budget.ts"
import { exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { budgetMonitor, projectedBudget } from "./budget-progress.ts"
import { timeProgress } from "./time-progress.ts"

const policy = presets.national!
const at = { file: "b.csv", row: 2 }
const row = (planned: string, executed: string): BudgetRow => ({
  unit: "U",
  project: "P",
  initial: null,
  planned: { text: planned, at },
  executed: { text: executed, at },
  weight: null,
  at,
})
const onYearEnd = timeProgress("2024-12-31")
const progress = onYearEnd.ok ? onYearEnd.value : (undefined as never)
const light = (executed: string, thresholds = policy.monitor) =>
  budgetMonitor(scoreBudget(row("100", executed), null, policy), progress, thresholds, at)

describe("预算执行进度 against 序时进度, with the budget's own thresholds", () => {
  it.each([
    ["85.01", "green"],
    ["85", "yellow"],
    ["70.01", "yellow"],
    ["70", "red"],
    ["100", "green"],
  ])("executed %s of 100 on the last day is %s", (executed, expected) => {
    expect(light(executed).light).toBe(expected)
  })

  it("is executed ÷ 全年预算数, exactly", () => {
    expect(light("33.3").progress!.equals(exact("0.333"))).toBe(true)
  })

  it("uses monitor.budget, not the indicators' thresholds", () => {
    const strict = { ...policy.monitor, budget: { yellowFrom: 5, redFrom: 10 } }
    expect(light("92", strict).light).toBe("yellow")
    expect(light("90", strict).light).toBe("red")
  })

  it("no row or an unreadable amount needs a person, and says why", () => {
    const none = budgetMonitor(scoreBudget(undefined, null, policy), progress, policy.monitor, at)
    expect(none).toMatchObject({ light: "needs_review", findings: [{ code: "budget_missing" }] })
    const bad = budgetMonitor(scoreBudget(row("100", "很多"), null, policy), progress, policy.monitor, at)
    expect(bad).toMatchObject({ light: "needs_review", findings: [{ code: "budget_unreadable" }] })
  })

  it("projects execution to date over the year for the year-end engine", () => {
    const july = timeProgress("2024-07-31")
    if (!july.ok) throw new Error(july.code)
    const table: BudgetTable = {
      file: "b.csv",
      format: "csv",
      amountUnit: "万元",
      rows: [row("100", "42.6")],
      rejected: [],
    }
    const projected = projectedBudget(table, july.value).rows[0]!.executed!.text
    expect(exact(projected).equals(exact("42.6").mul(366).div(213))).toBe(true)
  })
})
