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
 * Collects units, projects and rejected rows in input order while a reader walks its rows,
 * then freezes them into a {@link TargetTable}. Shared by the text and the row readers.
 */
export class TableDraft {
  department: string | null = null
  title: string | null = null
  private readonly units = new Map<string, DraftUnit>()
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
    return project
  }

  /** The first project read under this unit and name, if any. */
  findProject(unit: string, name: string): DraftProject | undefined {
    return this.units.get(unit)?.projects.find((p) => p.name === name)
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
      projects: u.projects.map(
        (p): Project => ({ unit: p.unit, name: p.name, goal: p.goal, indicators: p.indicators, at: p.at }),
      ),
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
