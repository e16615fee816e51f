import type { ResultsJson } from "@jixiao/scoring"

/** One project of results.json. */
export type ProjectJson = ResultsJson["projects"][number]

/** One indicator of a project in results.json. */
export type IndicatorJson = ProjectJson["indicators"][number]

/** The department's or a unit's roll-up in results.json. */
export type RollupJson = ResultsJson["department"]

/** Where every sheet of the workbook lives: names are fixed before any sheet is written, for links. */
export interface SheetPlan {
  readonly summary: string
  readonly detail: string
  /** Unit name → its sheet. */
  readonly units: ReadonlyMap<string, string>
  /** Sheet of each project, in the order of `results.projects`. */
  readonly projects: ReadonlyArray<string>
}
