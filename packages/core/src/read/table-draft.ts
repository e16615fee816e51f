import { tableProjectKey } from "../model/keys.ts"
import type { SourceRef } from "../model/source.ts"
import type {
  Indicator,
  Project,
  RowRejection,
  RowRejectionCode,
  TableFormat,
  TargetTable,
  Unit,
} from "../model/table.ts"

/** A project while its rows are being read. */
export interface DraftProject {
  readonly unit: string
  readonly name: string
  goal: string
  readonly indicators: Indicator[]
  readonly at: SourceRef
}

interface DraftUnit {
  readonly name: string
  readonly at: SourceRef
  readonly projects: DraftProject[]
}

/**
 * What a row reader writes into while it walks a table's rows: units, projects and rejected rows. The
 * whole-table draft below keeps them all; a streaming reader hands each project on once its rows end.
 */
export interface RowDraft {
  department: string | null
  title: string | null
  /** Whether a unit of that name was seen. */
  hasUnit(name: string): boolean
  /** Opens a unit (a unit may reappear after a header). */
  unit(name: string, at: SourceRef): void
  /** Starts a project of a unit (the unit is opened when needed). */
  addProject(unit: string, name: string, goal: string, at: SourceRef): DraftProject
  /** The project read under this unit and name that rows still go to, if any. */
  findProject(unit: string, name: string): DraftProject | undefined
  /** Lists a row that was not read, with why. */
  reject(code: RowRejectionCode, at: SourceRef, data?: Readonly<Record<string, string | number>>): void
}

/** A draft project frozen as a {@link Project}. */
export const freezeProject = (p: DraftProject): Project => ({
  unit: p.unit,
  name: p.name,
  goal: p.goal,
  indicators: p.indicators,
  at: p.at,
})

/**
 * Collects units, projects and rejected rows in input order while a reader walks its rows,
 * then freezes them into a {@link TargetTable}. Shared by the text and the row readers.
 */
export class TableDraft implements RowDraft {
  department: string | null = null
  title: string | null = null
  private readonly units = new Map<string, DraftUnit>()
  private readonly projects = new Map<string, DraftProject>()
  private readonly rejected: RowRejection[] = []

  constructor(
    readonly file: string,
    readonly format: TableFormat,
  ) {}

  /** Whether a unit of that name was seen. */
  hasUnit(name: string): boolean {
    return this.units.has(name)
  }

  /** Opens a unit, or returns the one already read under that name (a unit may reappear after a header). */
  unit(name: string, at: SourceRef): void {
    if (!this.units.has(name)) this.units.set(name, { name, at, projects: [] })
  }

  /** Starts a project of a unit (the unit is opened when needed). */
  addProject(unit: string, name: string, goal: string, at: SourceRef): DraftProject {
    this.unit(unit, at)
    const project: DraftProject = { unit, name, goal, indicators: [], at }
    this.units.get(unit)!.projects.push(project)
    const key = tableProjectKey(unit, name)
    if (!this.projects.has(key)) this.projects.set(key, project)
    return project
  }

  /** The first project read under this unit and name, if any (a map: units may hold thousands of projects). */
  findProject(unit: string, name: string): DraftProject | undefined {
    return this.projects.get(tableProjectKey(unit, name))
  }

  /** Lists a row that was not read, with why. */
  reject(code: RowRejectionCode, at: SourceRef, data?: Readonly<Record<string, string | number>>): void {
    this.rejected.push(data ? { code, at, data } : { code, at })
  }

  /** The table as read. */
  finish(): TargetTable {
    const units: Unit[] = [...this.units.values()].map((u) => ({
      name: u.name,
      at: u.at,
      projects: u.projects.map(freezeProject),
    }))
    return {
      file: this.file,
      format: this.format,
      department: this.department,
      title: this.title,
      units,
      rejected: this.rejected,
    }
  }
}
