/**
 * The budget-execution block (domain §3.4): rate = 全年执行数 ÷ 全年预算数 (the adjusted full-year budget,
 * not the opening one); score = min(rate, 1) × weight unless the policy gives a formula. A rate below the
 * policy's threshold needs an explanation; one above 100 % or a budget of 0 is reported.
 */
import type { BudgetRow } from "@jixiao/core"
import type { BudgetResult, BudgetState, ScoreFinding } from "../model.ts"
import { clamp, type Exact, exact, min, one, zero } from "../numbers.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"

const unitFactor: Readonly<Record<string, string>> = {
  元: "1",
  千元: "1000",
  万元: "10000",
  百万元: "1000000",
  亿元: "100000000",
}

/**
 * Reads an amount cell exactly (`1,234.5`, `1234.5万元`, `500000元`), in the sheet's amount unit: a cell
 * that names its own unit is converted. Negative and unreadable amounts give undefined.
 */
export const readAmount = (text: string | undefined, amountUnit: string | null = null): Exact | undefined => {
  const match = /^(\d+(?:\.\d+)?)(千元|万元|百万元|亿元|元)?$/u.exec(text?.trim().replace(/[,，]/g, "") ?? "")
  if (!match) return undefined
  const value = exact(match[1]!)
  const written = match[2]
  if (written === undefined || written === amountUnit) return value
  return value.mul(exact(unitFactor[written]!)).div(exact(unitFactor[amountUnit ?? "元"] ?? "1"))
}

export interface BudgetOutcome {
  readonly budget: BudgetResult | null
  readonly findings: ReadonlyArray<ScoreFinding>
}

/** The column names of a budget row's amounts, as its header says them. */
const columnName = { planned: "全年预算数", executed: "全年执行数" } as const

/** The amount cells of a row that cannot be read (empty, `约225`, `-100`, `99%`), with their column names. */
export const unreadableCells = (
  row: BudgetRow,
): ReadonlyArray<{ readonly column: string; readonly text: string; readonly at: BudgetRow["at"] }> =>
  (["planned", "executed"] as const).flatMap((key) =>
    readAmount(row[key]?.text) === undefined
      ? [{ column: columnName[key], text: row[key]?.text ?? "", at: row[key]?.at ?? row.at }]
      : [],
  )

/** Scores one project's budget block. */
export const scoreBudget = (
  row: BudgetRow | undefined,
  amountUnit: string | null,
  policy: Policy,
  formulas?: Formulas,
): BudgetOutcome => {
  if (row === undefined) return { budget: null, findings: [{ code: "budget_missing", severity: "warning" }] }
  const planned = readAmount(row.planned?.text, amountUnit)
  const executed = readAmount(row.executed?.text, amountUnit)
  const unreadable = (key: "planned" | "executed"): ScoreFinding => ({
    code: "budget_unreadable",
    severity: "warning",
    data: { column: columnName[key], text: row[key]?.text ?? "" },
    at: row[key]?.at ?? row.at,
  })
  const weight = readAmount(row.weight?.text) ?? exact(policy.weights.budget)
  const initial = readAmount(row.initial?.text, amountUnit) ?? null
  if (planned === undefined) {
    const findings = [unreadable("planned"), ...(executed === undefined ? [unreadable("executed")] : [])]
    return { budget: null, findings }
  }
  if (executed === undefined) {
    // The 全年预算数 still counts (it weighs the project in the roll-up); the block scores 0, and says why.
    return {
      budget: { initial, planned, executed: null, rate: null, weight, score: zero, amountUnit, at: row.at },
      findings: [unreadable("executed")],
    }
  }
  const rate = planned.compare(0) <= 0 ? null : executed.div(planned)
  const findings: ScoreFinding[] = []
  const percent = (x: Exact) => x.mul(100).round(2).toString()
  if (rate !== null && rate.compare(exact(policy.budgetRatePlausible)) > 0) {
    // 965772.81%: amounts in 元 under a 万元 header. Never full marks: a person looks.
    findings.push({
      code: "budget_rate_implausible",
      severity: "warning",
      data: { rate: percent(rate), limit: percent(exact(policy.budgetRatePlausible)) },
      at: row.executed?.at ?? row.at,
    })
    return {
      budget: { initial, planned, executed, rate, weight, score: zero, amountUnit, at: row.at },
      findings,
    }
  }
  const custom = rate === null ? undefined : formulas?.budget?.({ rate, weight })
  // A formula that gave no number says so; the built-in formula scores the block.
  if (custom?.ok === false) findings.push({ ...custom.finding, at: row.at })
  const score =
    rate === null ? zero : custom?.ok ? clamp(custom.value, zero, weight) : min(rate, one).mul(weight)
  if (rate === null)
    findings.push({ code: "budget_not_positive", severity: "warning", at: row.planned?.at ?? row.at })
  if (rate !== null && rate.compare(one) > 0) {
    findings.push({
      code: "budget_rate_over",
      severity: "warning",
      data: { rate: percent(rate) },
      at: row.at,
    })
  }
  if (rate !== null && rate.compare(exact(policy.budgetExplainBelow)) < 0) {
    findings.push({ code: "budget_rate_low", severity: "warning", data: { rate: percent(rate) }, at: row.at })
  }
  return { budget: { initial, planned, executed, rate, weight, score, amountUnit, at: row.at }, findings }
}

/** What became of a budget block, from its outcome (see {@link BudgetState}). */
export const budgetStateOf = (outcome: BudgetOutcome, given: boolean): BudgetState => {
  if (!given) return "not_given"
  if (outcome.findings.some((f) => f.code === "budget_rate_implausible")) return "needs_review"
  if (outcome.findings.some((f) => f.code === "budget_unreadable")) return "unreadable"
  return outcome.budget === null ? "no_row" : "scored"
}
