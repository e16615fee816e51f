/**
 * The budget-execution block (domain §3.4): rate = 全年执行数 ÷ 全年预算数 (the adjusted full-year budget,
 * not the opening one); score = min(rate, 1) × weight unless the policy gives a formula. A rate below the
 * policy's threshold needs an explanation.
 */
import type { BudgetRow } from "@jixiao/core"
import type { Formulas } from "./formulas.ts"
import type { BudgetResult, ScoreFinding } from "./model.ts"
import { clamp, type Exact, exact, min, one, zero } from "./numbers.ts"
import type { Policy } from "./policy/policy.ts"

/** Reads an amount cell (`1,234.5`, `1234.5万元`) exactly; undefined when it is not a number. */
export const readAmount = (text: string | undefined): Exact | undefined => {
  const cleaned = text
    ?.trim()
    .replace(/,/g, "")
    .replace(/(?:万元|元)$/u, "")
  return cleaned && /^-?\d+(?:\.\d+)?$/.test(cleaned) ? exact(cleaned) : undefined
}

export interface BudgetOutcome {
  readonly budget: BudgetResult | null
  readonly findings: ReadonlyArray<ScoreFinding>
}

/** Scores one project's budget block. */
export const scoreBudget = (
  row: BudgetRow | undefined,
  amountUnit: string | null,
  policy: Policy,
  formulas?: Formulas,
): BudgetOutcome => {
  if (row === undefined) return { budget: null, findings: [{ code: "budget_missing", severity: "warning" }] }
  const planned = readAmount(row.planned?.text)
  const executed = readAmount(row.executed?.text)
  if (planned === undefined || executed === undefined) {
    const cell = planned === undefined ? row.planned : row.executed
    return {
      budget: null,
      findings: [
        {
          code: "budget_unreadable",
          severity: "warning",
          data: { text: cell?.text ?? "" },
          at: cell?.at ?? row.at,
        },
      ],
    }
  }
  const weight = readAmount(row.weight?.text) ?? exact(policy.weights.budget)
  const rate = planned.equals(0) ? null : executed.div(planned)
  const custom = rate === null ? undefined : formulas?.budget?.({ rate, weight })
  const score =
    rate === null ? zero : custom !== undefined ? clamp(custom, zero, weight) : min(rate, one).mul(weight)
  const findings: ScoreFinding[] = []
  if (rate !== null && rate.compare(exact(policy.budgetExplainBelow)) < 0) {
    findings.push({
      code: "budget_rate_low",
      severity: "warning",
      data: { rate: rate.mul(100).round(2).toString() },
      at: row.at,
    })
  }
  return {
    budget: {
      initial: readAmount(row.initial?.text) ?? null,
      planned,
      executed,
      rate,
      weight,
      score,
      amountUnit,
      at: row.at,
    },
    findings,
  }
}
