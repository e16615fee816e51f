/**
 * A year-end assessment streamed project by project: actual rows are indexed first (lean), then the
 * target table is read one project at a time, each project graded, added to the roll-ups and spooled to
 * disk, so that memory holds one project and the index, not the table and its results.
 *
 * The first pass is optimistic: it assumes a project's rows are contiguous and that a project name seen
 * once is unique (which decides what actual rows without a unit belong to). When a later row proves either
 * wrong, the pass finishes counting projects only, and a second pass starts over knowing the split
 * projects (held back until the table ends) and the true project counts. The results are those of the
 * whole-table {@link assess}: same steps (Assessor, AssessmentSum), same order.
 */
import type { RowRejection, RowsContext } from "@jixiao/core"
import {
  AssessmentSum,
  type AssessmentSummary,
  Assessor,
  digestFromData,
  type Formulas,
  type Policy,
  ProjectCensus,
  tableRejection,
} from "@jixiao/scoring"
import type { IndexedActuals } from "./actual-source.ts"
import type { CensusQuestions, IndexedBudget } from "./budget-source.ts"
import { type Grader, inThreadGrader, workerGrader } from "./grader.ts"
import type { ProjectSource } from "./project-source.ts"
import type { ResultsSink } from "./results-sink.ts"

export interface StreamAssessInput {
  readonly projects: ProjectSource
  /**
   * Reads the actual rows afresh for a pass (the first may read them in step with the table; a second
   * reads them all first); undefined: the table's own cells.
   */
  readonly actuals: ((pass: 1 | 2, census: CensusQuestions) => Promise<IndexedActuals>) | undefined
  /** Reads the budget sheet afresh for a pass (in step with the table in the first); undefined: none given. */
  readonly budget: ((pass: 1 | 2, census: CensusQuestions) => Promise<IndexedBudget>) | undefined
  readonly policy: Policy
  readonly year: number | undefined
  readonly basis: "annual" | "period"
  readonly formulas: Formulas | undefined
  /** Overrides the department name the table states. */
  readonly department?: string | undefined
  /** Grading workers to start (0: grade in this thread). */
  readonly workers: number
}

/** The outcome of a pass: the summary, or what a second pass must know. */
type Pass =
  | { readonly done: true; readonly summary: AssessmentSummary; readonly indicators: number }
  | { readonly done: false; readonly census: ProjectCensus; readonly split: ReadonlySet<string> }

/** Rejected table rows in row order: those outside projects and those read with them (already ordered when none). */
const inRowOrder = (outside: ReadonlyArray<RowRejection>, within: ReadonlyArray<RowRejection>) =>
  within.length === 0 ? outside : [...outside, ...within].sort((a, b) => a.at.row - b.at.row)

const pass = async (
  input: StreamAssessInput,
  sink: ResultsSink,
  known: { census: ProjectCensus; split: ReadonlySet<string> } | null,
): Promise<Pass> => {
  const census = known?.census ?? new ProjectCensus()
  // In step with the table, a row is late when the census already counts its project (graded before),
  // and a row may serve a second project when the census counts two with its keys.
  const view: CensusQuestions = {
    isLate: (keys) => census.counts(keys),
    isShared: (keys) => census.shares(keys),
  }
  const pass = known === null ? 1 : 2
  const actuals = input.actuals ? await input.actuals(pass, view) : undefined
  const budget = input.budget ? await input.budget(pass, view) : undefined
  const assessor = new Assessor({ ...input, budget: undefined, budgetIndex: budget, actuals: actuals?.index })
  const sum = new AssessmentSum(input.policy)
  let indicators = 0
  const tableRejected: RowRejection[] = []
  const grader = makeGrader(input, assessor, sink, (place, graded) => {
    sum.add(digestFromData(graded.digest), graded, place)
    sink.add(graded, place)
    for (const r of graded.tableRejected) tableRejected.push(r)
    indicators += graded.digest.indicators.length
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
      indicators: () => indicators,
      tableRejected,
    })
  } finally {
    await grader.close()
  }
}

const makeGrader = (
  input: StreamAssessInput,
  assessor: Assessor,
  sink: ResultsSink,
  done: Parameters<typeof inThreadGrader>[2],
): Grader => {
  const { settings } = assessor
  const setup = {
    policy: settings.policy,
    basis: settings.basis,
    year: settings.year,
    budget: settings.budget,
  }
  return (
    workerGrader(setup, input.workers, (w) => sink.workerSpool(w), done) ??
    inThreadGrader(settings, sink.withCsv, done)
  )
}

/** Reads the projects and hands each to the grader; returns the pass's outcome. */
const feed = async (run: {
  readonly input: StreamAssessInput
  readonly known: { census: ProjectCensus; split: ReadonlySet<string> } | null
  readonly census: ProjectCensus
  readonly assessor: Assessor
  readonly sum: AssessmentSum
  readonly grader: Grader
  readonly actuals: Awaited<ReturnType<NonNullable<StreamAssessInput["actuals"]>>> | undefined
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

/** Assesses as a stream into `sink`; returns the summary and how many indicators were graded. */
export const streamAssess = async (
  input: StreamAssessInput,
  sink: ResultsSink,
): Promise<{ readonly summary: AssessmentSummary; readonly indicators: number }> => {
  const first = await pass(input, sink, null)
  if (first.done) return first
  sink.reset()
  const second = await pass(input, sink, first)
  if (!second.done) throw new Error("a second pass cannot need a third")
  return second
}
