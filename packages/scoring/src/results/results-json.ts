/**
 * The machine form of an assessment: the contract of `results.json`. Scores are JSON numbers rounded as
 * the policy says (exact values stay inside the engine); `rate` is in percent points; amounts are as given.
 * Nothing time-dependent is written, so the same inputs give byte-identical output.
 */
import { formatPlace } from "@jixiao/core"
import type { Assessment } from "../engine/assess.ts"
import { formatRejection, formatScoreFinding, statusNames } from "../messages.ts"
import type { IndicatorResult, ProjectResult, Rejection, Rollup, ScoreFinding } from "../model.ts"
import { type Exact, hundred, present, type Rounding } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import type { AssessmentSummary } from "../sum/assessment-sum.ts"

export interface ResultsMeta {
  readonly engineVersion: string
  readonly inputs: {
    readonly targets: string
    readonly actuals: string | null
    readonly budget: string | null
  }
}

const finding = (f: ScoreFinding) => ({
  code: f.code,
  severity: f.severity,
  message: formatScoreFinding(f.code, f.data),
  ...(f.data ? { data: f.data } : {}),
  ...(f.at ? { at: { ...f.at, place: formatPlace(f.at) } } : {}),
})

/** The JSON builders of one policy's rounding: a roll-up, an indicator, a project. */
const builders = (rounding: Rounding) => {
  const num = (x: Exact | null) => (x === null ? null : present(x, rounding))
  const amount = (x: Exact | null) => (x === null ? null : Number(x.toString()))
  const roll = (r: Rollup) => ({
    name: r.name,
    method: r.method,
    ...(r.fallback === null ? {} : { fallback: r.fallback }),
    score: num(r.score),
    grade: r.grade,
    projects: r.projects,
    grades: r.grades,
    min: num(r.min),
    max: num(r.max),
  })
  const indicator = (r: IndicatorResult) => ({
    no: r.indicator.no,
    level1: r.indicator.level1.raw,
    level2: r.indicator.level2.raw,
    name: r.indicator.name,
    group: r.group,
    target: r.target?.text ?? null,
    actual: r.actualText,
    tier: r.tierText,
    baseline: r.baselineText,
    weight: num(r.weight),
    score: num(r.score),
    computed: num(r.computed),
    // The reviewer's deduction as written (an input, like amounts): not rounded to the policy's places.
    deduction: amount(r.deduction),
    deductionReason: r.deductionReason,
    status: r.status,
    statusName: statusNames["zh-CN"][r.status],
    ratio: r.ratio === null ? null : present(r.ratio, { decimals: 4, mode: "half_up" }),
    expects: r.expects,
    received: r.received,
    deviationReason: r.deviationReason,
    parts:
      r.parts?.map((p) => ({
        expects: p.expects,
        received: p.received,
        status: p.status,
        weight: num(p.weight),
        score: num(p.score),
      })) ?? null,
    findings: r.findings.map(finding),
    at: r.indicator.at,
  })
  const project = (p: ProjectResult) => ({
    unit: p.unit,
    name: p.name,
    goal: p.goal,
    goalActual: p.goalActual,
    total: num(p.total),
    grade: p.grade,
    budgetState: p.budgetState,
    budget:
      p.budget === null
        ? null
        : {
            initial: amount(p.budget.initial),
            planned: amount(p.budget.planned),
            executed: amount(p.budget.executed),
            amountUnit: p.budget.amountUnit,
            rate: p.budget.rate === null ? null : present(p.budget.rate.mul(hundred), rounding),
            weight: num(p.budget.weight),
            score: num(p.budget.score),
          },
    findings: p.findings.map(finding),
    indicators: p.indicators.map(indicator),
  })
  return { roll, project }
}

/** The results.json form of one project (scores rounded as the policy says). */
export const projectToJson = (p: ProjectResult, policy: Policy) =>
  builders(policy.rounding as Rounding).project(p)

/** The keys of results.json before `projects`. */
export const resultsHead = (summary: AssessmentSummary, meta: ResultsMeta) => {
  const { roll } = builders(summary.policy.rounding as Rounding)
  return {
    engine: { name: "jixiao", version: meta.engineVersion },
    inputs: meta.inputs,
    year: summary.year,
    basis: summary.basis,
    policy: summary.policy,
    department: roll(summary.department),
    units: summary.units.map(roll),
  }
}

/** A row not used, as results.json lists it (year-end and monitoring alike), with its Chinese message. */
export const rejectionJson = ({ file, row, sheet, column, reason, data }: Rejection) => ({
  file,
  row,
  // Keys with no value are left out rather than written as undefined (JSON drops them anyway).
  ...(sheet === undefined ? {} : { sheet }),
  ...(column === undefined ? {} : { column }),
  reason,
  ...(data === undefined ? {} : { data }),
  message: formatRejection(reason, data),
})

/** The keys of results.json after `projects`. */
export const resultsTail = (assessment: AssessmentSummary) => ({
  rows: assessment.rows,
  budgetRows: assessment.budgetRows,
  rejected: assessment.rejected.map(rejectionJson),
  notMet: assessment.notMet,
  needsReview: assessment.needsReview,
  budgetMissing: assessment.budgetMissing,
})

/** results.json of a whole assessment. */
export const assessmentToJson = (assessment: Assessment, meta: ResultsMeta) => ({
  ...resultsHead(assessment, meta),
  projects: assessment.projects.map((p) => projectToJson(p, assessment.policy)),
  ...resultsTail(assessment),
})

/** The type of `results.json`. */
export type ResultsJson = ReturnType<typeof assessmentToJson>
