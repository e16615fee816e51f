/**
 * Validates a results.json read back from disk (`jixiao report`), so that a hand-edited or truncated file
 * fails with the key to fix instead of a renderer crashing on `undefined`. It checks the keys renderers
 * read; unknown keys are allowed (a newer engine may add some).
 */
import type { ResultsJson } from "@jixiao/scoring"
import { Effect, Result, Schema } from "effect"
import { flattenIssue, ResultsFileError } from "./results-file-error.ts"

const Str = Schema.String
const Num = Schema.Number
const NumOrNull = Schema.NullOr(Num)
const StrOrNull = Schema.NullOr(Str)
const Grade = Schema.Literals(["优", "良", "中", "差"])
const Status = Schema.Literals(["met", "partially_met", "not_met", "needs_review", "not_evaluated"])
const FindingData = Schema.Record(Str, Schema.Union([Str, Num]))

const Finding = Schema.Struct({
  code: Str,
  severity: Schema.Literals(["error", "warning", "info"]),
  message: Str,
  data: Schema.optionalKey(FindingData),
  at: Schema.optionalKey(Schema.Struct({ file: Str, row: Num, place: Str })),
})

const Indicator = Schema.Struct({
  no: Num,
  level1: Str,
  level2: Str,
  name: Str,
  group: Str,
  target: StrOrNull,
  actual: StrOrNull,
  // Added with the 自评表 round trip: results.json files written before lack them.
  tier: Schema.optionalKey(StrOrNull),
  baseline: Schema.optionalKey(StrOrNull),
  weight: NumOrNull,
  score: NumOrNull,
  computed: NumOrNull,
  deduction: NumOrNull,
  deductionReason: StrOrNull,
  status: Status,
  statusName: Str,
  ratio: NumOrNull,
  expects: Str,
  received: Str,
  deviationReason: StrOrNull,
  findings: Schema.Array(Finding),
  parts: Schema.NullOr(
    Schema.Array(
      Schema.Struct({ expects: Str, received: Str, status: Status, weight: NumOrNull, score: NumOrNull }),
    ),
  ),
})

const Budget = Schema.Struct({
  initial: NumOrNull,
  planned: NumOrNull,
  executed: NumOrNull,
  amountUnit: StrOrNull,
  rate: NumOrNull,
  weight: NumOrNull,
  score: NumOrNull,
})

const Project = Schema.Struct({
  unit: Str,
  name: Str,
  goal: Str,
  goalActual: Schema.optionalKey(StrOrNull),
  total: NumOrNull,
  grade: Grade,
  /** Absent in results.json written before it was added: read as `scored` when a budget block is there. */
  budgetState: Schema.optionalKey(
    Schema.Literals(["scored", "unreadable", "needs_review", "no_row", "not_given"]),
  ),
  budget: Schema.NullOr(Budget),
  findings: Schema.Array(Finding),
  indicators: Schema.Array(Indicator),
})

const Rollup = Schema.Struct({
  name: Str,
  method: Schema.optionalKey(Schema.Literals(["budget_weighted", "mean"])),
  fallback: Schema.optionalKey(Schema.Struct({ projectsWithoutBudget: Num })),
  score: NumOrNull,
  grade: Grade,
  projects: Num,
  min: NumOrNull,
  max: NumOrNull,
  grades: Schema.Struct({ 优: Num, 良: Num, 中: Num, 差: Num }),
})

const Listed = Schema.Array(Schema.Struct({ unit: Str, project: Str, no: Num, name: Str }))

/** The keys of results.json that the renderers read. */
export const ResultsSchema = Schema.Struct({
  engine: Schema.Struct({ name: Str, version: Str }),
  inputs: Schema.Struct({ targets: Str, actuals: StrOrNull, budget: StrOrNull }),
  year: NumOrNull,
  basis: Schema.Literals(["annual", "period"]),
  policy: Schema.Struct({
    name: Str,
    description: Str,
    rollup: Schema.Literals(["budget_weighted", "mean"]),
    rounding: Schema.Struct({ decimals: Num, mode: Schema.Literals(["half_up", "truncate"]) }),
    grades: Schema.Array(Schema.Struct({ grade: Grade, min: Schema.Union([Num, Str]) })),
  }),
  department: Rollup,
  units: Schema.Array(Rollup),
  projects: Schema.Array(Project),
  rows: Schema.Struct({ in: Num, graded: Num, rejected: Num }),
  budgetRows: Schema.Struct({ in: Num, used: Num, rejected: Num }),
  rejected: Schema.Array(
    Schema.Struct({
      file: Str,
      row: Num,
      sheet: Schema.optionalKey(Str),
      reason: Str,
      message: Str,
      data: Schema.optionalKey(FindingData),
    }),
  ),
  notMet: Listed,
  needsReview: Listed,
  budgetMissing: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        unit: Str,
        project: Str,
        state: Schema.Literals(["unreadable", "needs_review", "no_row", "not_given"]),
      }),
    ),
  ),
})

// Every results.json the engine writes passes: the schema asks for nothing ResultsJson lacks.
const _engineOutputFits = (results: ResultsJson): typeof ResultsSchema.Type => results
void _engineOutputFits

/**
 * Checks parsed JSON as results.json; `file` names it in errors. Succeeds with the input itself, every key
 * kept (the schema only checks), typed as the engine's ResultsJson.
 *
 * @example decodeResults(JSON.parse(text), "out/results.json")
 */
export const decodeResults = (json: unknown, file: string): Effect.Effect<ResultsJson, ResultsFileError> => {
  const result = Schema.decodeUnknownResult(ResultsSchema)(json, { errors: "all", reportInput: true })
  return Result.isSuccess(result)
    ? Effect.succeed(json as ResultsJson)
    : Effect.fail(new ResultsFileError({ file, issues: flattenIssue(result.failure.issue) }))
}
