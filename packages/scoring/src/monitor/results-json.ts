/**
 * The machine form of a monitoring run: results.json with `mode: "monitor"`. 序时进度, completion and
 * 预算执行进度 are in percentage points (like the year-end budget `rate`), rounded half up to 2 places;
 * `projected` is the year-end policy applied to the forecasts, and says so.
 */
import { formatPlace } from "@jixiao/core"
import { statusNames } from "../messages.ts"
import { type Exact, hundred, present, presentText, type Rounding } from "../numbers.ts"
import { rejectionJson } from "../results/results-json.ts"
import type { MonitorFinding } from "./findings.ts"
import { forecastSourceNames, formatMonitorFinding, lightNames, treatmentNames } from "./messages.ts"
import type { IndicatorMonitor, Monitoring, ProjectMonitor } from "./model.ts"

/** What results.json says of where the inputs came from. */
export interface MonitorMeta {
  readonly engineVersion: string
  readonly inputs: { readonly targets: string; readonly actuals: string; readonly budget: string | null }
}

/** The sentence every projection carries. */
export const PROJECTION_NOTE =
  "预测：按全年预计完成值（未填报的累计指标按序时进度线性推算，比率、定性等按当前完成值，什么都没有填报的指标计 0 分）和年终评分规则推算，并非年终评价结果"

const points: Rounding = { decimals: 2, mode: "half_up" }
const pct = (x: Exact | null) => (x === null ? null : present(x.mul(hundred), points))

const finding = (f: MonitorFinding) => ({
  code: f.code,
  severity: f.severity,
  message: formatMonitorFinding(f.code, f.data),
  ...(f.data ? { data: f.data } : {}),
  at: { ...f.at, place: formatPlace(f.at) },
})

const indicatorJson = (i: IndicatorMonitor, rounding: Rounding) => ({
  no: i.indicator.no,
  level1: i.indicator.level1.raw,
  level2: i.indicator.level2.raw,
  name: i.indicator.name,
  target: (i.indicator.annual ?? i.indicator.period)?.text ?? null,
  expects: i.expects,
  treatment:
    i.treatment === null
      ? null
      : { kind: i.treatment.kind, source: i.treatment.source, name: treatmentNames[i.treatment.kind] },
  toDate: i.toDate,
  light: i.light,
  lightName: lightNames[i.light],
  completion: pct(i.completion),
  likelihood: i.likelihood,
  reasonCategory: i.reasonCategory,
  reasonText: i.reasonText,
  correction: i.correction,
  forecast:
    i.forecast === null
      ? null
      : {
          // A linear projection is shown to 2 places; it was graded exactly.
          text:
            i.forecast.projected === undefined
              ? i.forecast.text
              : `${presentText(i.forecast.projected.value, points)}${i.forecast.projected.unit ?? ""}`,
          source: i.forecast.source,
          sourceName: forecastSourceNames[i.forecast.source],
          status: i.forecast.graded.status,
          statusName: statusNames["zh-CN"][i.forecast.graded.status],
          score: present(i.forecast.graded.score, rounding),
          weight: present(i.forecast.graded.weight, rounding),
        },
  findings: i.findings.map(finding),
  at: i.indicator.at,
  ...(i.row === null ? {} : { row: i.row }),
})

const projectJson = (p: ProjectMonitor, rounding: Rounding) => ({
  unit: p.unit,
  name: p.name,
  budget:
    p.budget === null
      ? null
      : {
          planned: p.budget.planned === null ? null : Number(p.budget.planned.toString()),
          executed: p.budget.executed === null ? null : Number(p.budget.executed.toString()),
          progress: pct(p.budget.progress),
          light: p.budget.light,
          lightName: lightNames[p.budget.light],
          findings: p.budget.findings.map(finding),
        },
  projected: { total: present(p.projected.total, rounding), grade: p.projected.grade },
  indicators: p.indicators.map((i) => indicatorJson(i, rounding)),
  at: p.at,
})

/** results.json of a monitoring run. */
export const monitoringToJson = (run: Monitoring, meta: MonitorMeta) => {
  const rounding = run.policy.rounding as Rounding
  const projected = (r: Monitoring["projectedDepartment"]) => ({
    score: present(r.score, rounding),
    grade: r.grade,
  })
  return {
    mode: "monitor" as const,
    engine: { name: "jixiao", version: meta.engineVersion },
    inputs: meta.inputs,
    year: run.progress.year,
    asOf: run.progress.asOf,
    timeProgress: pct(run.progress.share),
    days: { elapsed: run.progress.elapsed, year: run.progress.days },
    policy: run.policy.name,
    projection: PROJECTION_NOTE,
    lights: run.lights,
    budgetLights: run.budgetLights,
    department: { name: run.projectedDepartment.name, projected: projected(run.projectedDepartment) },
    // Indicators with nothing to project (not due, nothing reported): the projection counts them 0.
    withoutForecast: run.projects.reduce(
      (n, p) => n + p.indicators.filter((i) => i.forecast === null).length,
      0,
    ),
    units: run.units.map((u) => {
      const rollup = run.projectedUnits.find((r) => r.name === u.name)
      return { name: u.name, lights: u.lights, projected: rollup === undefined ? null : projected(rollup) }
    }),
    projects: run.projects.map((p) => projectJson(p, rounding)),
    red: run.projects.flatMap((p) =>
      p.indicators
        .filter((i) => i.light === "red")
        .map((i) => ({
          unit: p.unit,
          project: p.name,
          no: i.indicator.no,
          name: i.indicator.name,
          expects: i.expects,
          toDate: i.toDate,
          completion: pct(i.completion),
        })),
    ),
    rejected: run.rejected.map(rejectionJson),
  }
}

/** The type of a monitoring results.json. */
export type MonitorResultsJson = ReturnType<typeof monitoringToJson>
