/**
 * Diffs that involve a monitoring run: two monitoring runs (which lights changed), and a monitoring run
 * against a year-end run (forecast against outcome). Indicators and projects pair as year-end diffs pair
 * them (`diff-runs.ts`): by 序号 within a fiscal year, by name across years.
 */
import { indicatorKeyOf, keyed, pair, projectKey, type RunResults, standing } from "./diff-runs.ts"
import type {
  ForecastDiff,
  IndicatorRecord,
  LightsDiff,
  MonitorIndicatorRecord,
  MonitorProjectRecord,
  ProjectRecord,
} from "./types.ts"

const asMonitor = (i: IndicatorRecord): MonitorIndicatorRecord =>
  "light" in i
    ? (i as MonitorIndicatorRecord)
    : { ...i, light: "", completion: null, forecast: null, projectedScore: null }

const budgetOf = (p: ProjectRecord | undefined) => {
  if (p === undefined) return null
  const m = p as Partial<MonitorProjectRecord>
  return { light: m.budgetLight ?? null, progress: m.budgetProgress ?? null }
}

const light = (i: IndicatorRecord | undefined) => {
  if (i === undefined) return null
  const m = asMonitor(i)
  return { light: m.light, completion: m.completion, toDate: m.actual }
}

const total = (p: ProjectRecord | undefined) => (p === undefined ? null : { total: p.total, grade: p.grade })

/**
 * What changed from monitoring run `a` to monitoring run `b`: indicators whose light changed (绿灯 → 红灯),
 * appeared or disappeared; projects whose budget light changed; projects whose projected total or grade
 * changed; and the department's projected standing.
 */
export const diffLights = (a: RunResults, b: RunResults): LightsDiff => {
  const acrossYears = a.run.year !== b.run.year
  const key = indicatorKeyOf(acrossYears)
  const indicators: Array<LightsDiff["indicators"][number]> = []
  for (const [before, after] of pair(keyed(a.indicators, key), keyed(b.indicators, key))) {
    const [from, to] = [light(before), light(after)]
    if (from?.light === to?.light) continue
    const either = (after ?? before) as IndicatorRecord
    indicators.push({
      unit: either.unit,
      project: either.project,
      name: either.name,
      no: either.no,
      before: from,
      after: to,
    })
  }
  const budgets: Array<LightsDiff["budgets"][number]> = []
  const projects: Array<LightsDiff["projects"][number]> = []
  for (const [before, after] of pair(keyed(a.projects, projectKey), keyed(b.projects, projectKey))) {
    const either = (after ?? before) as ProjectRecord
    const [from, to] = [budgetOf(before), budgetOf(after)]
    if (from?.light !== to?.light)
      budgets.push({ unit: either.unit, project: either.name, before: from, after: to })
    if (before?.grade !== after?.grade || before?.total !== after?.total)
      projects.push({ unit: either.unit, name: either.name, before: total(before), after: total(after) })
  }
  const department = {
    before: standing(a.run),
    after: standing(b.run),
    changed: a.run.summary.score !== b.run.summary.score || a.run.summary.grade !== b.run.summary.grade,
  }
  return {
    kind: "lights",
    from: a.run.id,
    to: b.run.id,
    asOf: { before: a.run.asOf, after: b.run.asOf },
    acrossYears,
    department,
    indicators,
    budgets,
    projects,
  }
}

/**
 * Monitoring run `monitor`'s forecast against year-end run `yearEnd`'s outcome: every indicator of either
 * run (预测完成值 and 预测得分 beside 实际完成值 and 实际得分), every project (projected against actual total
 * and grade), and the department's. Nothing is left out for being unchanged: a forecast that came true is
 * as much the answer as one that did not.
 */
export const diffForecast = (monitor: RunResults, yearEnd: RunResults): ForecastDiff => {
  const acrossYears = monitor.run.year !== yearEnd.run.year
  const key = indicatorKeyOf(acrossYears)
  const indicators = pair(keyed(monitor.indicators, key), keyed(yearEnd.indicators, key)).map(
    ([projected, actual]) => {
      const either = (actual ?? projected) as IndicatorRecord
      const m = projected === undefined ? undefined : asMonitor(projected)
      return {
        unit: either.unit,
        project: either.project,
        name: either.name,
        no: either.no,
        forecast:
          m === undefined
            ? null
            : { value: m.forecast, score: m.projectedScore, status: m.status, light: m.light },
        outcome:
          actual === undefined ? null : { value: actual.actual, score: actual.score, status: actual.status },
      }
    },
  )
  const projects = pair(keyed(monitor.projects, projectKey), keyed(yearEnd.projects, projectKey)).map(
    ([projected, actual]) => {
      const either = (actual ?? projected) as ProjectRecord
      return { unit: either.unit, name: either.name, projected: total(projected), actual: total(actual) }
    },
  )
  return {
    kind: "forecast_outcome",
    monitor: monitor.run.id,
    asOf: monitor.run.asOf,
    yearEnd: yearEnd.run.id,
    acrossYears,
    department: { projected: standing(monitor.run), actual: standing(yearEnd.run) },
    indicators,
    projects,
  }
}
