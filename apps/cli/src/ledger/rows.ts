import type {
  IndicatorRecord,
  MonitorIndicatorRecord,
  MonitorProjectRecord,
  ProjectRecord,
  RunRecord,
} from "./types.ts"

/** A `runs` row as SQLite returns it. */
export interface RunRow {
  readonly id: string
  readonly kind: string
  readonly as_of: string | null
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
  "id, kind, as_of, recorded_at, department, year, basis, policy, engine_version, inputs_json, outputs_json, summary_json"

/** The columns of `indicators` every run has: a year-end run's indicator, as its record names them. */
export const indicatorColumns =
  "unit, project, no, name, level1, level2, target, actual, weight, score, status"

/** The columns of a monitoring run's indicator, named as its record's keys. */
export const monitorIndicatorColumns = `${indicatorColumns}, light, completion, forecast, projected_score AS projectedScore`

/** The columns of `indicators` after `run_id`, in the order of `indicatorToRow`'s values. */
export const indicatorInsertColumns = `${indicatorColumns}, light, completion, forecast, projected_score`

/** The columns of `projects` every run has. */
export const projectColumns = "unit, name, total, grade"

/** The columns of a monitoring run's project, named as its record's keys. */
export const monitorProjectColumns = `${projectColumns}, budget_light AS budgetLight, budget_progress AS budgetProgress`

/** The columns of `projects` after `run_id`, in the order of `projectToRow`'s values. */
export const projectInsertColumns = `${projectColumns}, budget_light, budget_progress`

/** A run as the values of an INSERT into `runs`: the structured parts as JSON text. */
export const runToRow = (run: RunRecord): ReadonlyArray<string | number | null> => [
  run.id,
  run.kind,
  run.asOf,
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
  kind: row.kind === "monitor" ? "monitor" : "year_end",
  asOf: row.as_of,
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

const monitorFields = (record: object): record is MonitorIndicatorRecord => "light" in record

/** An indicator as the values of an INSERT into `indicators`, after the run id (monitoring fields null for a year-end one). */
export const indicatorToRow = (
  i: IndicatorRecord | MonitorIndicatorRecord,
): ReadonlyArray<string | number | null> => [
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
  ...(monitorFields(i) ? [i.light, i.completion, i.forecast, i.projectedScore] : [null, null, null, null]),
]

/** A project as the values of an INSERT into `projects`, after the run id. */
export const projectToRow = (
  p: ProjectRecord | MonitorProjectRecord,
): ReadonlyArray<string | number | null> => [
  p.unit,
  p.name,
  p.total,
  p.grade,
  ...("budgetLight" in p ? [p.budgetLight, p.budgetProgress] : [null, null]),
]
