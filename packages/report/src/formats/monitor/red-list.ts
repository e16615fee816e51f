/**
 * The red list every monitoring report opens with: the indicators lit red, then the projects whose
 * spending is red, in table order (and the yellow list, made the same way). One list, so the workbook,
 * the web page and the Markdown agree.
 */
import type { Light } from "@jixiao/scoring"
import { type MonitorIndicator, type MonitorJson, type MonitorProject, reasonOf } from "./words.ts"

/** One item of a light's list: an indicator, or a project's 预算执行进度 (then `indicator` is null). */
export interface LitItem {
  readonly project: MonitorProject
  /** The project's index in `results.projects` (for links to its sheet or section). */
  readonly projectIndex: number
  readonly indicator: MonitorIndicator | null
  /** 三级指标, or `预算执行进度`. */
  readonly name: string
  /** 年度指标值 as written, or 全年预算数. */
  readonly target: string | number | null
  /** 1-N月完成值 as written, or the amount executed. */
  readonly toDate: string | number | null
  /** Completion or 执行进度, in percent points. */
  readonly completion: number | null
  /** The unit's 偏差原因 of an indicator; a budget's findings. */
  readonly reason: string | null
}

/** What the 偏差原因 column says of an item: an indicator without one says it is missing. */
export const reasonCell = (item: LitItem): string => item.reason ?? (item.indicator === null ? "—" : "未填写")

/** The name a budget row goes by in lists of indicators. */
export const BUDGET_ROW_NAME = "预算执行进度"

/** The indicators of one light, then the budgets of that light. */
export const litList = (results: MonitorJson, light: Light): ReadonlyArray<LitItem> => {
  const indicators = results.projects.flatMap((project, projectIndex) =>
    project.indicators
      .filter((i) => i.light === light)
      .map(
        (i): LitItem => ({
          project,
          projectIndex,
          indicator: i,
          name: i.name,
          target: i.target ?? i.expects,
          toDate: i.toDate,
          completion: i.completion,
          reason: reasonOf(i),
        }),
      ),
  )
  const budgets = results.projects.flatMap((project, projectIndex): LitItem[] =>
    project.budget?.light === light
      ? [
          {
            project,
            projectIndex,
            indicator: null,
            name: BUDGET_ROW_NAME,
            target: project.budget.planned,
            toDate: project.budget.executed,
            completion: project.budget.progress,
            reason: [...new Set(project.budget.findings.map((f) => f.message))].join("；") || null,
          },
        ]
      : [],
  )
  return [...indicators, ...budgets]
}

/** The red list: red indicators, then red budgets. */
export const redList = (results: MonitorJson): ReadonlyArray<LitItem> => litList(results, "red")

/** How many of a project's indicators carry each light. */
export const projectLights = (project: MonitorProject): Readonly<Record<Light, number>> => {
  const counts: Record<Light, number> = { red: 0, yellow: 0, green: 0, not_due: 0, needs_review: 0 }
  for (const i of project.indicators) counts[i.light as Light]++
  return counts
}
