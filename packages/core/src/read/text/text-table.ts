import type { SourceRef } from "../../model/source.ts"
import type { Cell, TargetTable } from "../../model/table.ts"
import { parseLevel } from "../level.ts"
import { type DraftProject, TableDraft } from "../table-draft.ts"
import { type Piece, piece, readItem, splitItems } from "./text-items.ts"

const DEPARTMENT = /^部门名称\s*[:：]\s*(.*)$/

/** `项目名称（资金使用单位）	绩效目标	绩效指标`: printed again on every page, skipped. */
const isHeader = (fields: ReadonlyArray<string>): boolean =>
  /^项目名称/.test(fields[0]!.trim()) && fields.some((f) => /^绩效(目标|指标)/.test(f.trim()))

/** A field without surrounding spaces, with its span inside the field. */
const trimmed = (field: string): Piece => {
  const start = field.length - field.trimStart().length
  return { text: field.trim(), span: [start, start + field.trim().length] }
}

type LineKind = "blank" | "header" | "department" | "title" | "unit" | "project" | "unrecognised"

/** What a line is, from its shape; `started` once a header, unit or project row was read. */
const kindOf = (fields: ReadonlyArray<string>, started: boolean, titled: boolean): LineKind => {
  const filled = fields.map((f) => f.trim() !== "")
  const count = filled.filter(Boolean).length
  if (count === 0) return "blank"
  if (isHeader(fields)) return "header"
  if (count === 1 && filled[0]) {
    if (DEPARTMENT.test(fields[0]!.trim())) return "department"
    // Unit rows carry empty cells; a lone field above the table is its title.
    if (started || fields.length > 1) return "unit"
    return titled ? "unrecognised" : "title"
  }
  return !filled[0] || filled.slice(3).some(Boolean) ? "unrecognised" : "project"
}

/**
 * Reads the published text form of a 项目支出绩效目标表: tab-separated lines of title, `部门名称：…`,
 * repeated header rows, unit rows (a name and empty cells) and project rows (name, goal, indicators),
 * the indicators numbered `1、2、…` inside the third cell. CRLF and a UTF-8 BOM are accepted.
 *
 * Every non-empty line is read or listed in `rejected`. A project row before any unit row is listed as
 * `project_without_unit` and still kept, under a unit named `""`, so that its indicators are not lost.
 * A line with only a first field is the title before the table starts and a unit row after it.
 */
export const parseTextTable = (content: string, file: string): TargetTable => {
  const draft = new TableDraft(file, "text")
  const place = (row: number, column: number, span: readonly [number, number]): SourceRef => ({
    file,
    row,
    column,
    span,
  })
  let unit: string | null = null
  let started = false
  const lines = content.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)
  for (const [index, line] of lines.entries()) {
    const row = index + 1
    const fields = line.split("\t")
    const first = trimmed(fields[0]!)
    const kind = kindOf(fields, started, draft.title !== null)
    started ||= kind === "header" || kind === "unit" || kind === "project"
    if (kind === "department") draft.department ??= DEPARTMENT.exec(first.text)![1]!.trim() || null
    else if (kind === "title") draft.title = first.text
    else if (kind === "unit") {
      unit = first.text
      draft.unit(unit, place(row, 1, first.span))
    } else if (kind === "unrecognised") {
      draft.reject("row_unrecognised", { file, row }, { text: line.trim() })
    } else if (kind === "project") {
      const at = place(row, 1, first.span)
      if (unit === null) draft.reject("project_without_unit", at, { project: first.text })
      const project = draft.addProject(unit ?? "", first.text, fields[1]!.trim(), at)
      readIndicators(draft, project, fields[2] ?? "", (span) => place(row, 3, span))
    }
  }
  return draft.finish()
}

/** Reads the numbered items of an indicator cell into `project`, rejecting the ones that cannot be split. */
const readIndicators = (
  draft: TableDraft,
  project: DraftProject,
  cell: string,
  place: (span: readonly [number, number]) => SourceRef,
): void => {
  const toCell = (p: Piece | null): Cell | null => (p ? { text: p.text, at: place(p.span) } : null)
  for (const item of splitItems(cell)) {
    const whole = piece(cell, item.start, item.end)
    const reading =
      item.no === null ? ({ ok: false, reason: "unnumbered_text" } as const) : readItem(cell, item)
    if (!reading.ok) {
      draft.reject("indicator_unreadable", place(whole.span), {
        unit: project.unit,
        project: project.name,
        no: item.no ?? 0,
        reason: reading.reason,
        text: whole.text,
      })
      continue
    }
    project.indicators.push({
      no: item.no!,
      level1: parseLevel(reading.level1.text),
      level2: parseLevel(reading.level2.text),
      name: reading.name.text,
      period: toCell(reading.period),
      annual: toCell(reading.annual),
      weight: null,
      actual: null,
      deviationReason: null,
      at: place(whole.span),
    })
  }
}
