/**
 * What the sums of an assessment need of a graded project (roll-ups, lists, status counts), and nothing
 * more: small enough to pass between threads, where a whole ProjectResult (cells, places, findings) is not.
 */
import type { BudgetState, ProjectResult, Status } from "../model.ts"
import { type Exact, exact } from "../numbers.ts"
import type { Grade } from "../policy/policy.ts"
import { countStatuses } from "./status-count.ts"

/** The statuses the summary lists indicator by indicator (the rest it only counts). */
export type ListedStatus = "not_met" | "needs_review"

/** A graded project, digested. */
export interface ProjectDigest {
  readonly unit: string
  readonly name: string
  readonly total: Exact
  readonly grade: Grade
  /** 全年预算数 of the budget block, or null without one. */
  readonly planned: Exact | null
  readonly budgetState: BudgetState
  /** How many indicators it has, and how many of each status. */
  readonly indicators: number
  readonly statuses: Readonly<Record<Status, number>>
  /**
   * Its indicators not met or waiting for a person, in table order: the only ones the summary names (a
   * worker sends every digest to the main thread, so the others are not carried one by one).
   */
  readonly listed: ReadonlyArray<{
    readonly no: number
    readonly name: string
    readonly status: ListedStatus
  }>
}

const isListed = (status: Status): status is ListedStatus => status === "not_met" || status === "needs_review"

/** The digest of a project's result. */
export const digestOf = (p: ProjectResult): ProjectDigest => ({
  unit: p.unit,
  name: p.name,
  total: p.total,
  grade: p.grade,
  planned: p.budget?.planned ?? null,
  budgetState: p.budgetState,
  indicators: p.indicators.length,
  statuses: countStatuses(p.indicators),
  listed: p.indicators.flatMap((r) =>
    isListed(r.status) ? [{ no: r.indicator.no, name: r.indicator.name, status: r.status }] : [],
  ),
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
