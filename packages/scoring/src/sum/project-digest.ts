/**
 * What the sums of an assessment need of a graded project (roll-ups, lists, status counts), and nothing
 * more: small enough to pass between threads, where a whole ProjectResult (cells, places, findings) is not.
 */
import type { BudgetState, ProjectResult, Status } from "../model.ts"
import { type Exact, exact } from "../numbers.ts"
import type { Grade } from "../policy/policy.ts"

/** A graded project, digested. */
export interface ProjectDigest {
  readonly unit: string
  readonly name: string
  readonly total: Exact
  readonly grade: Grade
  /** 全年预算数 of the budget block, or null without one. */
  readonly planned: Exact | null
  readonly budgetState: BudgetState
  readonly indicators: ReadonlyArray<{ readonly no: number; readonly name: string; readonly status: Status }>
}

/** The digest of a project's result. */
export const digestOf = (p: ProjectResult): ProjectDigest => ({
  unit: p.unit,
  name: p.name,
  total: p.total,
  grade: p.grade,
  planned: p.budget?.planned ?? null,
  budgetState: p.budgetState,
  indicators: p.indicators.map((r) => ({ no: r.indicator.no, name: r.indicator.name, status: r.status })),
})

/** A digest as plain data (exact numbers as `n/d` text), for postMessage. */
export type DigestData = Omit<ProjectDigest, "total" | "planned"> & {
  readonly total: string
  readonly planned: string | null
}

/** A digest as plain data. */
export const digestData = (d: ProjectDigest): DigestData => ({
  ...d,
  total: d.total.toFraction(),
  planned: d.planned === null ? null : d.planned.toFraction(),
})

/** A digest from plain data. */
export const digestFromData = (d: DigestData): ProjectDigest => ({
  ...d,
  total: exact(d.total),
  planned: d.planned === null ? null : exact(d.planned),
})
