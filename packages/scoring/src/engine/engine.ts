/**
 * The engine: a year-end assessment streamed project by project. Actual and budget rows are indexed first
 * (or read in step with the table), then the target table is read one project at a time, each project
 * graded by the {@link Grader}, added to the exact roll-ups and handed to the writer, so that memory holds
 * one project and the indexes, not the table and its results. The whole-table {@link assess} is this engine
 * run over tables in memory; a CLI run is the same engine over file streams and a worker pool.
 *
 * The first pass is optimistic: it assumes a project's rows are contiguous and that a project name seen
 * once is unique (which decides what actual rows without a unit belong to). When a later row proves either
 * wrong, the pass finishes counting projects only, and a second pass starts over knowing the split
 * projects (held back until the table ends) and the true project counts.
 */
import type { RowRejection, RowsContext } from "@jixiao/core"
import { tableRejection } from "../match/actual-index.ts"
import { ProjectCensus } from "../match/census.ts"
import type { PreviousYear } from "../match/previous-year.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"
import { AssessmentSum, type AssessmentSummary, type Place } from "../sum/assessment-sum.ts"
import { digestFromData } from "../sum/project-digest.ts"
import { Assessor } from "./assessor.ts"
import type { Graded } from "./grade-work.ts"
import type { Grader, GraderFactory } from "./grader.ts"
import type {
  ActualsSource,
  BudgetSource,
  CensusQuestions,
  IndexedActuals,
  IndexedBudget,
  ProjectSource,
} from "./sources.ts"

/** Where graded projects go, as they come (not in table order: each comes with its place). */
export interface EngineWriter<G extends Graded> {
  add(graded: G, place: Place): void
  /** Forgets everything added: a second pass starts over. */
  reset(): void
}

export interface EngineInput<G extends Graded> {
  readonly projects: ProjectSource
  /** The actual rows; undefined: the table's own 实际完成值 cells (a filled-in 自评表). */
  readonly actuals: ActualsSource | undefined
  /** The budget rows; undefined: no budget sheet given. */
  readonly budget: BudgetSource | undefined
  readonly policy: Policy
  readonly year: number | undefined
  readonly basis: "annual" | "period"
  readonly formulas: Formulas | undefined
  /** Last year's run: baselines of previous-year references where no 上年实际值 was reported. */
  readonly previousYear?: PreviousYear | undefined
  /** Overrides the department name the table states. */
  readonly department?: string | undefined
  readonly grader: GraderFactory<G>
  /**
   * Every project counted up front (a table in memory): one pass, that knows from the start which projects
   * share a name, as a second pass of a stream does.
   */
  readonly census?: ProjectCensus | undefined
}

/** What a run gives besides what its writer received: the summary and how many indicators were graded. */
export interface EngineOutcome {
  readonly summary: AssessmentSummary
  readonly indicators: number
}

/** The outcome of a pass: the summary, or what a second pass must know. */
type Pass =
  | ({ readonly done: true } & EngineOutcome)
  | { readonly done: false; readonly census: ProjectCensus; readonly split: ReadonlySet<string> }

/** Rejected table rows in row order: those outside projects and those read with them (already ordered when none). */
const inRowOrder = (outside: ReadonlyArray<RowRejection>, within: ReadonlyArray<RowRejection>) =>
  within.length === 0 ? outside : [...outside, ...within].sort((a, b) => a.at.row - b.at.row)

const pass = async <G extends Graded>(
  input: EngineInput<G>,
  writer: EngineWriter<G>,
  known: { census: ProjectCensus; split: ReadonlySet<string> } | null,
): Promise<Pass> => {
  const census = known?.census ?? new ProjectCensus()
  // In step with the table, a row is late when the census already counts its project (graded before),
  // and a row may serve a second project when the census counts two with its keys.
  const view: CensusQuestions = {
    isLate: (keys) => census.counts(keys),
    isShared: (keys) => census.shares(keys),
  }
  const passNo = known === null ? 1 : 2
  const actuals = input.actuals ? await input.actuals(passNo, view) : undefined
  const budget = input.budget ? await input.budget(passNo, view) : undefined
  const assessor = new Assessor({ ...input, budget: undefined, budgetIndex: budget, actuals: actuals?.index })
  const sum = new AssessmentSum(input.policy)
  let indicators = 0
  const tableRejected: RowRejection[] = []
  const grader = input.grader(assessor.settings, (place, graded) => {
    sum.add(digestFromData(graded.digest), graded, place)
    writer.add(graded, place)
    for (const r of graded.tableRejected) tableRejected.push(r)
    indicators += graded.digest.indicators
  })
  try {
    return await feed({
      input,
      known,
      census,
      assessor,
      sum,
      grader,
      actuals,
      budget,
      tableRejected,
      indicators: () => indicators,
    })
  } finally {
    await grader.close()
  }
}

/** Reads the projects and hands each to the grader; returns the pass's outcome. */
const feed = async (run: {
  readonly input: EngineInput<Graded>
  readonly known: { census: ProjectCensus; split: ReadonlySet<string> } | null
  readonly census: ProjectCensus
  readonly assessor: Assessor
  readonly sum: AssessmentSum
  readonly grader: Grader
  readonly actuals: IndexedActuals | undefined
  readonly budget: IndexedBudget | undefined
  readonly indicators: () => number
  readonly tableRejected: ReadonlyArray<RowRejection>
}): Promise<Pass> => {
  const { input, known, census, assessor, sum, grader, actuals, budget, indicators } = run
  let context: RowsContext | null = null
  const projects = input.projects(known?.split ?? new Set(), (found) => {
    context = found
  })
  let wrong = false
  for (;;) {
    const next = await projects.next()
    if (next.done) {
      await grader.drain()
      await actuals?.finish?.()
      await budget?.finish?.()
      if (actuals?.index.conflict || budget?.index.conflict) wrong = true
      const table = next.value
      if (known === null && (wrong || table.split.size > 0))
        return { done: false, census, split: table.split }
      const summary = sum.finish({
        department: input.department ?? table.department ?? "",
        units: table.units,
        actuals: actuals?.index,
        readerRejected: actuals?.readerRejected ?? [],
        tableRejected: inRowOrder(table.rejected, run.tableRejected).map(tableRejection),
        census,
        budget: assessor.budget,
        basis: input.basis,
        year: input.year ?? null,
      })
      return { done: true, summary, indicators: indicators() }
    }
    for (const item of next.value) {
      // Rows are read up to this project's before the census counts it (a row of a counted project is
      // late); a split project's second part is the same project, counted once.
      if (!wrong) {
        await actuals?.pull?.(item)
        await budget?.pull?.(item)
      }
      if (known === null && !item.again) census.add(item)
      if (wrong) continue
      const rows = actuals ? actuals.index.takeRows(item, census) : null
      if (actuals?.index.conflict || budget?.index.conflict) {
        wrong = true
        continue
      }
      const work = {
        project: item.project,
        rows: item.rows,
        actuals: rows,
        budgetRow: assessor.budget.rowOf(item),
      }
      await grader.submit({ work, place: { unit: item.unitIndex, slot: item.slot }, context })
    }
  }
}

/** Runs the engine into `writer`; returns the summary and how many indicators were graded. */
export const runEngine = async <G extends Graded>(
  input: EngineInput<G>,
  writer: EngineWriter<G>,
): Promise<EngineOutcome> => {
  if (input.census) {
    const only = await pass(input, writer, { census: input.census, split: new Set() })
    if (!only.done) throw new Error("a table counted up front cannot need a second pass")
    return only
  }
  const first = await pass(input, writer, null)
  if (first.done) return first
  writer.reset()
  const second = await pass(input, writer, first)
  if (!second.done) throw new Error("a second pass cannot need a third")
  return second
}
