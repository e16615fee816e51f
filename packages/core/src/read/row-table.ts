import { Effect } from "effect"
import type { TableReadError } from "../model/errors.ts"
import type { SourceRef } from "../model/source.ts"
import type { TargetTable } from "../model/table.ts"
import { type ColumnKey, type ColumnMap, TARGET_COLUMNS } from "./columns.ts"
import { parseLevel } from "./level.ts"
import { locateHeader, type RowSource, rowCells, rowPlace, type SheetRow } from "./sheet-rows.ts"
import { joinSplitCells } from "./split-cells.ts"
import { type DraftProject, type RowDraft, TableDraft } from "./table-draft.ts"
import { nameHoldsTarget } from "./target-in-name.ts"

export type { RowSource, SheetRow } from "./sheet-rows.ts"

const DEPARTMENT = /^部门名称\s*[:：]\s*(.*)$/
/** The columns that belong to an indicator (everything but its unit, project, goal and number). */
const INDICATOR_COLUMNS: ReadonlyArray<ColumnKey> = TARGET_COLUMNS.keys.filter(
  (key) => !["unit", "project", "goal", "goal_actual", "no"].includes(key),
)

/**
 * Turns rows with a header (found within the top 20 rows; title rows above it are fine) into a table:
 * rows grouped into units and projects (unit + project name, input order), one indicator per row.
 * A row with a project but no indicator cell only names the project (and may bring its goal).
 * A filled-in 自评表 brings 分值, 实际完成值, 评价等级, 扣分 and 扣分原因 on the indicator.
 * Fails with `empty_table`, `no_header` or `missing_columns` (data: `missing`, `found`).
 */
export const readRowTable = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
): Effect.Effect<TargetTable, TableReadError> =>
  Effect.map(locateHeader(rows, source, TARGET_COLUMNS), ({ columns, above, body }) => {
    const draft = new TableDraft(source.file, source.format)
    for (const r of above) readTitleRow(draft, r, rowPlace(r, source))
    const positions = new Map<DraftProject, number>()
    for (const r of body) readDataRow(draft, columns, r, rowPlace(r, source), positions)
    return draft.finish()
  })

/** A row above the header: `部门名称：…`, the title, or something else to report. */
export const readTitleRow = (draft: RowDraft, r: SheetRow, at: SourceRef): void => {
  const texts = r.cells.map((c) => c.trim()).filter((c) => c !== "")
  const department = texts.map((t) => DEPARTMENT.exec(t)).find((m) => m !== null)
  if (department) draft.department ??= department[1]!.trim() || null
  else if (draft.title === null) draft.title = texts[0]!
  else draft.reject("row_unrecognised", at, { text: texts.join(" ") })
}

/**
 * Reads one data row into a draft: a project (opened on its first row), an indicator of it, or a
 * rejection. `positions` counts each project's indicator rows, for indicators without a 序号.
 */
export const readDataRow = (
  draft: RowDraft,
  columns: ColumnMap,
  r: SheetRow,
  base: SourceRef,
  positions: Map<DraftProject, number>,
): void => {
  if (r.refused) {
    draft.reject(r.refused.code, r.refused.at, r.refused.data)
    return
  }
  const { cell, place } = rowCells(columns, r, base)
  const name = cell("project")
  if (name === null) {
    draft.reject("missing_project", place("project"))
    return
  }
  const unit = cell("unit")?.text ?? ""
  let project = draft.findProject(unit, name.text)
  if (!project) {
    if (columns.has("unit") && unit === "")
      draft.reject("project_without_unit", name.at, { project: name.text })
    if (!draft.hasUnit(unit)) draft.unit(unit, cell("unit")?.at ?? name.at)
    project = draft.addProject(unit, name.text, "", name.at)
  }
  if (project.goal === "") project.goal = cell("goal")?.text ?? ""
  const goalActual = cell("goal_actual")
  if (!INDICATOR_COLUMNS.some((k) => cell(k) !== null)) return
  const position = (positions.get(project) ?? 0) + 1
  positions.set(project, position)
  const indicator = cell("indicator")
  const context = { unit, project: name.text }
  if (indicator === null) {
    draft.reject("missing_indicator_name", place("indicator"), context)
    return
  }
  const split = { comparator: cell("comparator"), direction: cell("direction"), unit: cell("measure_unit") }
  const [period, writtenAnnual] = [cell("target_period"), joinSplitCells(cell("target_annual"), split)]
  const levels = { level1: cell("level1")?.text ?? "", level2: cell("level2")?.text ?? "" }
  // `资金拨付率100%` with both target cells empty: the name is the target (lint and scoring say so).
  const fromName = period === null && writtenAnnual === null && nameHoldsTarget(indicator.text, levels)
  const annual = fromName ? indicator : writtenAnnual
  if (period === null && annual === null) {
    draft.reject("missing_targets", place("target_annual", "target_period"), {
      ...context,
      indicator: indicator.text,
    })
    return
  }
  const written = cell("no")?.text.normalize("NFKC")
  project.indicators.push({
    no: written !== undefined && /^\d+$/.test(written) ? Number(written) : position,
    level1: parseLevel(cell("level1")?.text ?? ""),
    level2: parseLevel(cell("level2")?.text ?? ""),
    name: indicator.text,
    period,
    annual,
    weight: cell("weight"),
    actual: cell("actual"),
    deviationReason: cell("deviation_reason"),
    // Present only when the table has the column, so a plain target table reads as before.
    ...(columns.has("tier") ? { tier: cell("tier") } : {}),
    ...(columns.has("deduction") ? { deduction: cell("deduction") } : {}),
    ...(columns.has("deduction_reason") ? { deductionReason: cell("deduction_reason") } : {}),
    ...(columns.has("baseline") ? { baseline: cell("baseline") } : {}),
    ...(goalActual === null ? {} : { goalActual }),
    ...(fromName ? { targetSource: "name" as const } : {}),
    at: indicator.at,
  })
}
