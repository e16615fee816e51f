import type { IndicatorRecord, ProjectRecord, RunRecord } from "./types.ts"

/** A `runs` row as SQLite returns it. */
export interface RunRow {
  readonly id: string
  readonly recorded_at: string
  readonly department: string
  readonly year: number | null
  readonly basis: string
  readonly policy: string
  readonly engine_version: string
  readonly inputs_json: string
  readonly outputs_json: string
  readonly summary_json: string
}

/** The columns of `runs`, in the order of `runToRow`'s values. */
export const runColumns =
  "id, recorded_at, department, year, basis, policy, engine_version, inputs_json, outputs_json, summary_json"

/** The columns of `indicators` after `run_id`, in the order of `indicatorToRow`'s values. */
export const indicatorColumns =
  "unit, project, no, name, level1, level2, target, actual, weight, score, status"

/** The columns of `projects` after `run_id`, in the order of `projectToRow`'s values. */
export const projectColumns = "unit, name, total, grade"

/** A run as the values of an INSERT into `runs`: the structured parts as JSON text. */
export const runToRow = (run: RunRecord): ReadonlyArray<string | number | null> => [
  run.id,
  run.recordedAt,
  run.department,
  run.year,
  run.basis,
  run.policy,
  run.engineVersion,
  JSON.stringify(run.inputs),
  JSON.stringify(run.outputs),
  JSON.stringify(run.summary),
]

/** A `runs` row back as the record that was written (the JSON parts were written by `runToRow`). */
export const rowToRun = (row: RunRow): RunRecord => ({
  id: row.id,
  recordedAt: row.recorded_at,
  department: row.department,
  year: row.year,
  basis: row.basis === "period" ? "period" : "annual",
  policy: row.policy,
  engineVersion: row.engine_version,
  inputs: JSON.parse(row.inputs_json) as RunRecord["inputs"],
  outputs: JSON.parse(row.outputs_json) as RunRecord["outputs"],
  summary: JSON.parse(row.summary_json) as RunRecord["summary"],
})

/** An indicator as the values of an INSERT into `indicators`, after the run id. */
export const indicatorToRow = (i: IndicatorRecord): ReadonlyArray<string | number | null> => [
  i.unit,
  i.project,
  i.no,
  i.name,
  i.level1,
  i.level2,
  i.target,
  i.actual,
  i.weight,
  i.score,
  i.status,
]

/** A project as the values of an INSERT into `projects`, after the run id. */
export const projectToRow = (p: ProjectRecord): ReadonlyArray<string | number | null> => [
  p.unit,
  p.name,
  p.total,
  p.grade,
]
