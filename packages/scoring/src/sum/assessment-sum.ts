/**
 * Everything of an assessment but its projects, summed one graded project at a time: roll-ups per unit and
 * for the department, the lists of indicators not met and waiting for a person, and the row accounting.
 * Projects may arrive out of table order (a streamed table holds a split project back); each comes with its
 * place (unit order, then first-appearance order), and the lists are put in that order at the end.
 */
import { ownCopy } from "@jixiao/core"
import type { ActualIndex } from "../match/actual-index.ts"
import type { BudgetIndex } from "../match/budget-index.ts"
import type { ProjectCensus } from "../match/census.ts"
import type { BudgetState, Rejection, Rollup, Status } from "../model.ts"
import type { Policy } from "../policy/policy.ts"
import type { ListedStatus, ProjectDigest } from "./project-digest.ts"
import { RollupSum } from "./rollup.ts"
import { noStatuses, STATUSES } from "./status-count.ts"

/** An indicator in the lists of results.json. */
export interface ListedIndicator {
  readonly unit: string
  readonly project: string
  readonly no: number
  readonly name: string
}

/** An assessment without its projects: what a streamed run writes around them. */
export interface AssessmentSummary {
  readonly department: Rollup
  readonly units: ReadonlyArray<Rollup>
  readonly rows: { readonly in: number; readonly graded: number; readonly rejected: number }
  readonly rejected: ReadonlyArray<Rejection>
  readonly budgetRows: { readonly in: number; readonly used: number; readonly rejected: number }
  readonly notMet: ReadonlyArray<ListedIndicator>
  readonly needsReview: ReadonlyArray<ListedIndicator>
  /** Projects whose budget block was not scored from a usable row, and why (table order). */
  readonly budgetMissing: ReadonlyArray<BudgetGap>
  /** Indicators by status. */
  readonly statuses: Readonly<Record<Status, number>>
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year: number | null
}

/** A project whose budget block was not scored from its row: none given, no row, unreadable, or implausible. */
export interface BudgetGap {
  readonly unit: string
  readonly project: string
  readonly state: Exclude<BudgetState, "scored">
}

/** Where a project goes in table order. */
export interface Place {
  readonly unit: number
  readonly slot: number
}

interface Listed {
  readonly place: Place
  readonly notMet: ReadonlyArray<ListedIndicator>
  readonly needsReview: ReadonlyArray<ListedIndicator>
  readonly unreadable: ReadonlyArray<Rejection>
  readonly budgetGap: BudgetGap | null
}

/**
 * One copy of each text the lists keep to the end of the run. Names graded in this thread are slices of
 * their CSV chunk, and names sent back by a worker are fresh strings each time (own-copy.ts); a unit's name
 * and an indicator's name (`专项资金支出及时程度`) come back with thousands of projects, so each is kept
 * once. A project's name is kept as it is copied: it is listed with its own indicators only.
 */
class KeptTexts {
  private readonly texts = new Map<string, string>()

  keep(text: string): string {
    const kept = this.texts.get(text)
    if (kept !== undefined) return kept
    const copy = ownCopy(text)
    this.texts.set(copy, copy)
    return copy
  }
}

const listed = (p: ProjectDigest, status: ListedStatus, kept: KeptTexts): ListedIndicator[] => {
  const some = p.listed.filter((r) => r.status === status)
  if (some.length === 0) return []
  const [unit, project] = [kept.keep(p.unit), ownCopy(p.name)]
  return some.map((r) => ({ unit, project, no: r.no, name: kept.keep(r.name) }))
}

/** What the summary needs besides the projects. */
export interface SummaryInputs {
  readonly department: string
  /** Unit names in table order (a unit without projects still gets its roll-up). */
  readonly units: ReadonlyArray<string>
  readonly actuals: ActualIndex | undefined
  /** Rows the actuals reader could not read. */
  readonly readerRejected: ReadonlyArray<Rejection>
  /** Rows the target table's reader could not read: counted as input when the table brings its own actuals. */
  readonly tableRejected: ReadonlyArray<Rejection>
  readonly census: ProjectCensus
  readonly budget: BudgetIndex
  readonly basis: "annual" | "period"
  readonly year: number | null
}

/** The summary of an assessment, one graded project at a time. */
export class AssessmentSum {
  private readonly department: RollupSum
  private readonly units = new Map<string, RollupSum>()
  private readonly lists: Listed[] = []
  private readonly kept = new KeptTexts()
  private readonly matchRejected: Rejection[] = []
  private indicators = 0
  private readonly statuses: Record<Status, number> = noStatuses()

  constructor(private readonly policy: Policy) {
    // Every project goes to its unit and to the department: the department's exact fallback adds up the
    // units' (rollup.ts), rather than keeping every project's terms a second time.
    this.department = new RollupSum("", policy, () => this.units.values())
  }

  /**
   * Counts a graded project in: its digest, its actual rows that matched no indicator (`rejected`) and
   * those whose actual could not be read (`unreadable`).
   */
  add(
    result: ProjectDigest,
    graded: { readonly rejected: ReadonlyArray<Rejection>; readonly unreadable: ReadonlyArray<Rejection> },
    place: Place,
  ): void {
    this.indicators += result.indicators
    for (const status of STATUSES) this.statuses[status] += result.statuses[status]
    this.department.add(result)
    let unit = this.units.get(result.unit)
    if (!unit) {
      unit = new RollupSum(result.unit, this.policy)
      this.units.set(result.unit, unit)
    }
    unit.add(result)
    for (const r of graded.rejected) this.matchRejected.push(r)
    const notMet = listed(result, "not_met", this.kept)
    const needsReview = listed(result, "needs_review", this.kept)
    const state = result.budgetState
    const budgetGap =
      state === "scored" ? null : { unit: this.kept.keep(result.unit), project: result.name, state }
    if (notMet.length + needsReview.length + graded.unreadable.length > 0 || budgetGap !== null)
      this.lists.push({ place, notMet, needsReview, unreadable: graded.unreadable, budgetGap })
  }

  /** The summary, with every list in table order. */
  finish(inputs: SummaryInputs): AssessmentSummary {
    const { policy } = this
    const lists = [...this.lists].sort((a, b) => a.place.unit - b.place.unit || a.place.slot - b.place.slot)
    const unreadable = lists.flatMap((l) => l.unreadable)
    const matched = inputs.actuals
      ? [...this.matchRejected, ...inputs.actuals.leftovers(inputs.census)].sort((a, b) => a.row - b.row)
      : []
    const table = inputs.actuals ? [] : inputs.tableRejected
    const rejected = [...(inputs.actuals ? inputs.readerRejected : []), ...matched, ...table, ...unreadable]
    const rowsIn = inputs.actuals
      ? inputs.actuals.rows + inputs.readerRejected.length
      : this.indicators + table.length
    const department = { ...this.department.finish(), name: inputs.department }
    return {
      department,
      units: inputs.units.map((name) => (this.units.get(name) ?? new RollupSum(name, policy)).finish()),
      rows: { in: rowsIn, graded: rowsIn - rejected.length, rejected: rejected.length },
      rejected: [...rejected, ...inputs.budget.rejected()],
      budgetRows: inputs.budget.counts(),
      notMet: lists.flatMap((l) => l.notMet),
      needsReview: lists.flatMap((l) => l.needsReview),
      budgetMissing: lists.flatMap((l) => (l.budgetGap === null ? [] : [l.budgetGap])),
      statuses: { ...this.statuses },
      policy,
      basis: inputs.basis,
      year: inputs.year,
    }
  }
}
