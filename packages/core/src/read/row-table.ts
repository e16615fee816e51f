import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { SourceRef } from "../model/source.ts"
import type { Cell, TableFormat, TargetTable } from "../model/table.ts"
import { type ColumnKey, type ColumnMap, findHeader, resolveColumns } from "./columns.ts"
import { parseLevel } from "./level.ts"
import { type DraftProject, TableDraft } from "./table-draft.ts"

/** One row of a CSV file or worksheet: its 1-based number and its cells' text. */
export interface SheetRow {
  readonly row: number
  readonly cells: ReadonlyArray<string>
}

/** Where rows come from, for the places of their cells. */
export interface RowSource {
  readonly file: string
  readonly format: TableFormat
  readonly sheet?: string
}

const DEPARTMENT = /^部门名称\s*[:：]\s*(.*)$/
const INDICATOR_COLUMNS: ReadonlyArray<ColumnKey> = [
  "level1",
  "level2",
  "indicator",
  "target_period",
  "target_annual",
  "weight",
  "actual",
  "deviation_reason",
]

/**
 * Turns rows with a header (found within the top 20 rows; title rows above it are fine) into a table:
 * rows grouped into units and projects (unit + project name, input order), one indicator per row.
 * A row with a project but no indicator cell only names the project (and may bring its goal).
 * Fails with `empty_table`, `no_header` or `missing_columns` (data: `missing`, `found`).
 */
export const readRowTable = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
): Effect.Effect<TargetTable, TableReadError> => {
  const { file, sheet } = source
  const data = rows.filter((r) => r.cells.some((c) => c.trim() !== ""))
  if (data.length === 0) return Effect.fail(new TableReadError({ code: "empty_table", file }))
  const header = findHeader(data.map((r) => r.cells))
  const where: Record<string, string> = sheet === undefined ? {} : { sheet }
  if (!header.ok && header.index === null) {
    return Effect.fail(new TableReadError({ code: "no_header", file, row: data[0]!.row, data: { ...where } }))
  }
  if (!header.ok) {
    const found = data[header.index]!.cells.map((c) => c.trim()).filter((c) => c !== "")
    const row = data[header.index]!.row
    return Effect.fail(
      new TableReadError({
        code: "missing_columns",
        file,
        row,
        data: { missing: header.missing, found, ...where },
      }),
    )
  }
  const draft = new TableDraft(file, source.format)
  for (const r of data.slice(0, header.index)) readTitleRow(draft, r, { file, row: r.row, ...where })
  const positions = new Map<DraftProject, number>()
  for (const r of data.slice(header.index + 1)) {
    if (resolveColumns(r.cells).size >= 3) continue // the header again, e.g. on every printed page
    readDataRow(draft, header.columns, r, { file, row: r.row, ...where }, positions)
  }
  return Effect.succeed(draft.finish())
}

/** A row above the header: `部门名称：…`, the title, or something else to report. */
const readTitleRow = (draft: TableDraft, r: SheetRow, at: SourceRef): void => {
  const texts = r.cells.map((c) => c.trim()).filter((c) => c !== "")
  const department = texts.map((t) => DEPARTMENT.exec(t)).find((m) => m !== null)
  if (department) draft.department ??= department[1]!.trim() || null
  else if (draft.title === null) draft.title = texts[0]!
  else draft.reject("row_unrecognised", at, { text: texts.join(" ") })
}

const readDataRow = (
  draft: TableDraft,
  columns: ColumnMap,
  r: SheetRow,
  base: SourceRef,
  positions: Map<DraftProject, number>,
): void => {
  const cell = (key: ColumnKey): Cell | null => {
    const index = columns.get(key)
    const raw = index === undefined ? "" : (r.cells[index] ?? "")
    const text = raw.trim()
    if (index === undefined || text === "") return null
    const start = raw.length - raw.trimStart().length
    return { text, at: { ...base, column: index + 1, span: [start, start + text.length] } }
  }
  const place = (...keys: ColumnKey[]): SourceRef => {
    const index = keys.map((k) => columns.get(k)).find((i) => i !== undefined)
    return index === undefined ? base : { ...base, column: index + 1 }
  }
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
  if (!INDICATOR_COLUMNS.some((k) => cell(k) !== null)) return
  const position = (positions.get(project) ?? 0) + 1
  positions.set(project, position)
  const indicator = cell("indicator")
  const context = { unit, project: name.text }
  if (indicator === null) {
    draft.reject("missing_indicator_name", place("indicator"), context)
    return
  }
  const [period, annual] = [cell("target_period"), cell("target_annual")]
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
    at: indicator.at,
  })
}
