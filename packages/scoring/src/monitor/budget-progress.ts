/**
 * 预算执行进度 (domain §5): executed to date ÷ 全年预算数, against 序时进度 with the policy's own budget
 * thresholds; and the budget sheet as the year-end engine should see it in a projection (execution to date
 * projected linearly over the year).
 */
import { type BudgetTable, plain, type SourceRef } from "@jixiao/core"
import type { BudgetOutcome } from "../grade/budget.ts"
import { toDecimal } from "../numbers.ts"
import type { MonitorPolicy } from "../policy/policy.ts"
import type { MonitorFinding } from "./findings.ts"
import { lightOfProgress } from "./lights.ts"
import type { BudgetMonitor } from "./model.ts"
import type { TimeProgress } from "./time-progress.ts"

/** The budget light of a project from its scored block (which read and checked the amounts). */
export const budgetMonitor = (
  scored: BudgetOutcome,
  progress: TimeProgress,
  policy: MonitorPolicy,
  at: SourceRef,
): BudgetMonitor => {
  const findings: MonitorFinding[] = scored.findings
    .filter((f) => f.code === "budget_missing" || f.code === "budget_unreadable")
    .map((f) => ({
      code: f.code as "budget_missing" | "budget_unreadable",
      severity: "warning",
      ...(f.data ? { data: f.data } : {}),
      at: f.at ?? at,
    }))
  const block = scored.budget
  if (block === null || block.executed === null || block.planned.compare(0) <= 0)
    return {
      planned: block?.planned ?? null,
      executed: block?.executed ?? null,
      progress: null,
      light: "needs_review",
      findings,
    }
  const rate = block.executed.div(block.planned)
  return {
    planned: block.planned,
    executed: block.executed,
    progress: rate,
    light: lightOfProgress(rate, progress.share, policy.budget),
    findings,
  }
}

/** The budget sheet with each 全年执行数 projected to the year's end (executed ÷ 序时进度). */
export const projectedBudget = (budget: BudgetTable, progress: TimeProgress): BudgetTable => ({
  ...budget,
  rows: budget.rows.map((row) => {
    const executed = row.executed?.text
    if (executed === undefined || !/^\d+(?:\.\d+)?$/.test(executed.replace(/,/g, ""))) return row
    const projected = toDecimal(progress.share.inverse().mul(executed.replace(/,/g, "")))
    return { ...row, executed: { text: plain(projected), at: row.executed!.at } }
  }),
})
