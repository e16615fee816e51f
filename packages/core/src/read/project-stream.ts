/**
 * The projects of a streamed CSV target table, handed on one at a time as their rows end. Rows of one
 * project are contiguous in CSV exports; when a project's rows reappear later (a split project), the first
 * pass says so (`split`), and a second pass given those keys holds them back until the table ends, so every
 * row still lands in its project. Each project carries its slot (first-appearance order) and its unit's
 * index (first-appearance order of units): the whole-table reader orders projects by unit, then slot.
 */
import type { SourceRef } from "../model/source.ts"
import type { Project, RowRejection, RowRejectionCode } from "../model/table.ts"
import { TARGET_COLUMNS } from "./columns.ts"
import { locateHeaderStream } from "./header-stream.ts"
import { readDataRow, readTitleRow } from "./row-table.ts"
import { type RowSource, rowPlace, type SheetRow } from "./sheet-rows.ts"
import { type DraftProject, freezeProject, projectKey, type RowDraft } from "./table-draft.ts"

/** A project as read, with where it goes in the table's order. */
export interface PlacedProject {
  readonly project: Project
  /** The order its first row appeared in. */
  readonly slot: number
  /** The order its unit first appeared in. */
  readonly unit: number
}

/** A draft that closes the current project when another one starts. */
class StreamDraft implements RowDraft {
  department: string | null = null
  title: string | null = null
  readonly units = new Map<string, number>()
  readonly split = new Set<string>()
  readonly rejected: RowRejection[] = []
  readonly ready: PlacedProject[] = []
  /** Drafts handed on since the reader last looked, so that it can forget their row counts. */
  readonly done: DraftProject[] = []
  private current: { key: string; project: DraftProject; slot: number } | null = null
  private readonly held = new Map<string, { project: DraftProject; slot: number }>()
  private readonly closed = new Set<string>()
  private slots = 0

  constructor(private readonly hold: ReadonlySet<string>) {}

  hasUnit(name: string): boolean {
    return this.units.has(name)
  }

  unit(name: string): void {
    if (!this.units.has(name)) this.units.set(name, this.units.size)
  }

  addProject(unit: string, name: string, goal: string, at: SourceRef): DraftProject {
    this.unit(unit)
    const project: DraftProject = { unit, name, goal, indicators: [], at }
    const key = projectKey(unit, name)
    const slot = this.slots++
    if (this.hold.has(key)) {
      this.held.set(key, { project, slot })
      return project
    }
    this.close()
    this.current = { key, project, slot }
    return project
  }

  findProject(unit: string, name: string): DraftProject | undefined {
    const key = projectKey(unit, name)
    if (this.current?.key === key) return this.current.project
    const held = this.held.get(key)
    if (held) return held.project
    if (this.closed.has(key)) this.split.add(key)
    return undefined
  }

  reject(code: RowRejectionCode, at: SourceRef, data?: Readonly<Record<string, string | number>>): void {
    this.rejected.push(data ? { code, at, data } : { code, at })
  }

  /** Hands on the current project. */
  close(): void {
    if (this.current === null) return
    const { key, project, slot } = this.current
    this.closed.add(key)
    this.done.push(project)
    this.ready.push({ project: freezeProject(project), slot, unit: this.units.get(project.unit)! })
    this.current = null
  }

  /** Hands on the current project and the held ones, in slot order. */
  end(): void {
    this.close()
    const held = [...this.held.values()].sort((a, b) => a.slot - b.slot)
    for (const { project, slot } of held)
      this.ready.push({ project: freezeProject(project), slot, unit: this.units.get(project.unit)! })
  }
}

/** What a streamed table said besides its projects, known once they have all been handed on. */
export interface ProjectStreamSummary {
  readonly department: string | null
  /** Unit names in first-appearance order. */
  readonly units: ReadonlyArray<string>
  /** Keys ({@link projectKey}) of projects whose rows were not contiguous. */
  readonly split: ReadonlySet<string>
  /** Rows not read, as the whole-table reader lists them. */
  readonly rejected: ReadonlyArray<RowRejection>
}

/**
 * Reads a CSV target table's rows in batches (header within the top 20 rows) and yields its projects in
 * batches as they end.
 * `hold` names projects known to be split (from a first pass): they are yielded when the table ends.
 * Returns the summary. Fails (throws) with the errors of the whole-table reader.
 */
export async function* streamProjects(
  batches: AsyncIterator<ReadonlyArray<SheetRow>>,
  source: RowSource,
  hold: ReadonlySet<string> = new Set(),
): AsyncGenerator<ReadonlyArray<PlacedProject>, ProjectStreamSummary> {
  const { columns, above, body } = await locateHeaderStream(batches, source, TARGET_COLUMNS)
  const draft = new StreamDraft(hold)
  for (const r of above) readTitleRow(draft, r, rowPlace(r, source))
  const positions = new Map<DraftProject, number>()
  for await (const rows of body) {
    for (const r of rows) readDataRow(draft, columns, r, rowPlace(r, source), positions)
    for (const done of draft.done) positions.delete(done)
    draft.done.length = 0
    if (draft.ready.length > 0) yield draft.ready.splice(0)
  }
  draft.end()
  yield draft.ready.splice(0)
  return {
    department: draft.department,
    units: [...draft.units.keys()],
    split: draft.split,
    rejected: draft.rejected,
  }
}
