/**
 * The rows of a streamed CSV target table grouped by project, not yet read into projects: grouping needs
 * only each row's unit and project cells, so the main thread can do it while worker threads read the rows
 * into projects ({@link readProjectRows}) and grade them. Rows of one project are contiguous in CSV
 * exports; when a project's rows reappear later (a split project), the first pass says so (`split`), and a
 * second pass given those keys holds them back until the table ends, so every row lands in its project.
 * Each group carries its slot (first-appearance order) and its unit's index (first-appearance order of
 * units): the whole-table reader orders projects by unit, then slot. Reading a group's rows gives the
 * project the whole-table reader gives (same rows, same order, same rejections).
 */

import { tableProjectKey } from "../../model/keys.ts"
import type { SourceRef } from "../../model/source.ts"
import type { Project, RowRejection, RowRejectionCode } from "../../model/table.ts"
import { type ColumnMap, TARGET_COLUMNS } from "../columns.ts"
import { readDataRow, readTitleRow } from "../row-table.ts"
import { type RowSource, rowPlace, type SheetRow } from "../sheet-rows.ts"
import { type DraftProject, freezeProject, type RowDraft } from "../table-draft.ts"
import { locateHeaderStream } from "./header-stream.ts"
import { ownCopy } from "./own-copy.ts"

/** The rows of one project, with where the project goes in the table's order. */
export interface ProjectRows {
  readonly unit: string
  readonly name: string
  readonly rows: ReadonlyArray<SheetRow>
  /** The order its first row appeared in. */
  readonly slot: number
  /** The order its unit first appeared in. */
  readonly unitIndex: number
  /** A later part of a split project (first pass only: a second pass holds the parts together). */
  readonly again: boolean
}

/** What reading a group's rows needs besides them: the header's columns and the file. */
export interface RowsContext {
  readonly columns: ColumnMap
  readonly source: RowSource
}

/** What a streamed table said besides its projects, known once they have all been handed on. */
export interface ProjectStreamSummary {
  readonly department: string | null
  /** Unit names in first-appearance order. */
  readonly units: ReadonlyArray<string>
  /** Keys ({@link tableProjectKey}) of projects whose rows were not contiguous. */
  readonly split: ReadonlySet<string>
  /** Rows not read outside any project (title rows, rows without a project). */
  readonly rejected: ReadonlyArray<RowRejection>
}

/** A draft of the rows outside projects: title rows and rows without a project name. */
class OutsideDraft implements RowDraft {
  department: string | null = null
  title: string | null = null
  readonly rejected: RowRejection[] = []
  hasUnit(): boolean {
    return true
  }
  unit(): void {}
  addProject(_unit: string, _name: string, _goal: string, _at: SourceRef): DraftProject {
    throw new Error("a row without a project name opens no project")
  }
  findProject(): DraftProject | undefined {
    return undefined
  }
  reject(code: RowRejectionCode, at: SourceRef, data?: Readonly<Record<string, string | number>>): void {
    this.rejected.push(data ? { code, at, data } : { code, at })
  }
}

/** A draft of one project's rows. */
class ProjectDraft extends OutsideDraft {
  project: DraftProject | null = null
  override addProject(unit: string, name: string, goal: string, at: SourceRef): DraftProject {
    this.project = { unit, name, goal, indicators: [], at }
    return this.project
  }
  override findProject(): DraftProject | undefined {
    return this.project ?? undefined
  }
}

/** Reads a group's rows into its project, with the rows it could not read. */
export const readProjectRows = (
  rows: ReadonlyArray<SheetRow>,
  { columns, source }: RowsContext,
): { readonly project: Project; readonly rejected: ReadonlyArray<RowRejection> } => {
  const draft = new ProjectDraft()
  const positions = new Map<DraftProject, number>()
  for (const r of rows) readDataRow(draft, columns, r, rowPlace(r, source), positions)
  return { project: freezeProject(draft.project!), rejected: draft.rejected }
}

interface Group {
  readonly again: boolean
  readonly key: string
  readonly rows: SheetRow[]
  readonly slot: number
  readonly unit: string
  readonly unitIndex: number
  readonly name: string
}

/**
 * Reads a CSV target table's rows in batches (header within the top 20 rows) and yields its projects'
 * rows in batches as the projects end. `hold` names projects known to be split (from a first pass):
 * they are yielded when the table ends. Returns the summary; `context` is known once the header is found.
 * Fails (throws) with the errors of the whole-table reader.
 */
export async function* streamProjectRows(
  batches: AsyncIterator<ReadonlyArray<SheetRow>>,
  source: RowSource,
  hold: ReadonlySet<string>,
  found: (context: RowsContext) => void,
): AsyncGenerator<ReadonlyArray<ProjectRows>, ProjectStreamSummary> {
  const { columns, above, body } = await locateHeaderStream(batches, source, TARGET_COLUMNS)
  found({ columns, source })
  const outside = new OutsideDraft()
  for (const r of above) readTitleRow(outside, r, rowPlace(r, source))
  // Each unit once, in table order: its own copy of the name (shared by all its projects) and its index.
  const units = new Map<string, { readonly name: string; readonly index: number }>()
  const split = new Set<string>()
  // Projects already ended, by unit then name (each project's own copies: a joined key per project held
  // slices of the chunks it was cut from).
  const closed = new Map<string, Set<string>>()
  const close = (g: Group) => {
    const names = closed.get(g.unit)
    if (names) names.add(g.name)
    else closed.set(g.unit, new Set([g.name]))
  }
  const held = new Map<string, Group>()
  const ready: ProjectRows[] = []
  let current: Group | null = null
  let slots = 0
  const placed = (g: Group): ProjectRows => ({
    unit: g.unit,
    name: g.name,
    rows: g.rows,
    slot: g.slot,
    unitIndex: g.unitIndex,
    again: g.again,
  })
  const [unitColumn, projectColumn] = [columns.get("unit"), columns.get("project")!]
  for await (const rows of body) {
    for (const r of rows) {
      const name = (r.cells[projectColumn] ?? "").trim()
      // A row refused for its shape opens no project, as in the whole-table reader.
      if (name === "" || r.refused) {
        readDataRow(outside, columns, r, rowPlace(r, source), new Map())
        continue
      }
      const unit = unitColumn === undefined ? "" : (r.cells[unitColumn] ?? "").trim()
      const key = tableProjectKey(unit, name)
      const open = current?.key === key ? current : held.get(key)
      if (open) {
        open.rows.push(r)
        continue
      }
      const again = closed.get(unit)?.has(name) === true
      if (again) split.add(ownCopy(key))
      let known = units.get(unit)
      if (known === undefined) {
        known = { name: ownCopy(unit), index: units.size }
        units.set(known.name, known)
      }
      // A project's unit and name outlive its rows (the census keeps them): copied out of the chunk.
      const group: Group = {
        again,
        key,
        rows: [r],
        slot: slots++,
        unit: known.name,
        unitIndex: known.index,
        name: ownCopy(name),
      }
      if (hold.has(key)) held.set(key, group)
      else {
        if (current) {
          close(current)
          ready.push(placed(current))
        }
        current = group
      }
    }
    if (ready.length > 0) yield ready.splice(0)
  }
  if (current) ready.push(placed(current))
  for (const g of [...held.values()].sort((a, b) => a.slot - b.slot)) ready.push(placed(g))
  yield ready.splice(0)
  return { department: outside.department, units: [...units.keys()], split, rejected: outside.rejected }
}
