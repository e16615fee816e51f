import { tableProjectKey } from "@jixiao/core"
import type { IndicatorRecord, ProjectRecord, RunDiff, RunRecord } from "./types.ts"

/** One side of a diff: a run with its indicator and project results. */
export interface RunResults {
  readonly run: RunRecord
  readonly indicators: ReadonlyArray<IndicatorRecord>
  readonly projects: ReadonlyArray<ProjectRecord>
}

type IndicatorChange = RunDiff["indicators"][number]
type ProjectChange = RunDiff["projects"][number]

/**
 * Keys items, numbering repeats (`key#0`, `key#1`…) so that two indicators sharing a name in one project
 * still pair up one to one, in recorded order.
 */
export const keyed = <A>(items: ReadonlyArray<A>, key: (item: A) => string): Map<string, A> => {
  const seen = new Map<string, number>()
  const out = new Map<string, A>()
  for (const item of items) {
    const k = key(item)
    const n = seen.get(k) ?? 0
    seen.set(k, n + 1)
    out.set(`${k}#${n}`, item)
  }
  return out
}

/** Pairs `before` and `after` by key: every key of `after` in its order, then those only in `before`. */
export const pair = <A>(
  before: Map<string, A>,
  after: Map<string, A>,
): ReadonlyArray<[A | undefined, A | undefined]> => [
  ...[...after].map(([k, a]): [A | undefined, A | undefined] => [before.get(k), a]),
  ...[...before]
    .filter(([k]) => !after.has(k))
    .map(([, b]): [A | undefined, A | undefined] => [b, undefined]),
]

/** How indicators pair between two runs: by unit + project + 序号 within a fiscal year, by name across years. */
export const indicatorKeyOf =
  (acrossYears: boolean) =>
  (i: IndicatorRecord): string =>
    JSON.stringify([i.unit, i.project, acrossYears ? i.name : i.no])

/** How projects pair: two runs of one table have its projects as written. */
export const projectKey = (p: { readonly unit: string; readonly name: string }): string =>
  tableProjectKey(p.unit, p.name)

const outcome = (i: IndicatorRecord | undefined) =>
  i === undefined ? null : { status: i.status, score: i.score }

const grade = (p: ProjectRecord | undefined) => (p === undefined ? null : { grade: p.grade, total: p.total })

export const standing = (run: RunRecord) => ({ score: run.summary.score, grade: run.summary.grade })

/**
 * What changed from run `a` to run `b`: the department's score and grade, indicators whose status or score
 * changed, appeared or disappeared, and projects whose total or grade changed, appeared or disappeared. Within a fiscal year indicators match by
 * unit + project + 序号; across years 序号 may be renumbered, so they match by unit + project + name.
 * Scores compare exactly (no rounding can hide a change).
 */
export const diffRunResults = (a: RunResults, b: RunResults): RunDiff => {
  const acrossYears = a.run.year !== b.run.year
  const indicatorKey = indicatorKeyOf(acrossYears)
  const indicators: Array<IndicatorChange> = []
  for (const [before, after] of pair(keyed(a.indicators, indicatorKey), keyed(b.indicators, indicatorKey))) {
    const either = (after ?? before) as IndicatorRecord
    const changed = before?.status !== after?.status || before?.score !== after?.score
    if (!changed) continue
    indicators.push({
      unit: either.unit,
      project: either.project,
      name: either.name,
      no: either.no,
      before: outcome(before),
      after: outcome(after),
    })
  }
  const projects: Array<ProjectChange> = []
  for (const [before, after] of pair(keyed(a.projects, projectKey), keyed(b.projects, projectKey))) {
    if (before?.grade === after?.grade && before?.total === after?.total) continue
    const either = (after ?? before) as ProjectRecord
    projects.push({ unit: either.unit, name: either.name, before: grade(before), after: grade(after) })
  }
  const department = {
    before: standing(a.run),
    after: standing(b.run),
    changed: a.run.summary.score !== b.run.summary.score || a.run.summary.grade !== b.run.summary.grade,
  }
  return { kind: "year_end", from: a.run.id, to: b.run.id, acrossYears, department, indicators, projects }
}
