/**
 * Actual rows indexed by project (unit + name, whitespace ignored), taken project by project as the
 * projects are graded, so that a table need not be held whole. Every row ends up matched or rejected with
 * its reason (unknown or ambiguous project or indicator, duplicate): nothing is dropped silently.
 * Rows are kept lean (the cells' text, the row's place), since a national run indexes millions of them.
 */
import type { ActualRow, Indicator, Project, RowRejection } from "@jixiao/core"
import { nameKey as matchKey } from "@jixiao/core"
import type { ReportedActual } from "../grade/indicator.ts"
import type { MatchRejectionCode, Rejection } from "../model.ts"
import type { ProjectCensus } from "./census.ts"

/** One actual row as the index keeps it: what it reports, what it answers, and where it is. */
export interface ActualEntry extends ReportedActual {
  readonly unit: string
  readonly project: string
  readonly no: number | null
  readonly indicator: string | null
  readonly file: string
  readonly row: number
  readonly sheet: string | undefined
}

/** The lean entry of a row read by core. */
export const actualEntry = (row: ActualRow): ActualEntry => ({
  text: row.actual?.text ?? null,
  tier: row.tier?.text ?? null,
  deduction: row.deduction?.text ?? null,
  deductionReason: row.deductionReason?.text ?? null,
  deviationReason: row.deviationReason?.text ?? null,
  baseline: row.baseline?.text ?? null,
  ...(row.goalActual ? { goalActual: row.goalActual.text } : {}),
  actualColumn: row.actual?.at.column,
  tierColumn: row.tier?.at.column,
  unit: row.unit,
  project: row.project,
  no: row.no,
  indicator: row.indicator,
  file: row.at.file,
  row: row.at.row,
  sheet: row.at.sheet,
})

/** A row the reader could not read, as a rejection. */
export const readerRejection = (r: RowRejection): Rejection => ({
  file: r.at.file,
  row: r.at.row,
  sheet: r.at.sheet,
  ...(r.at.column === undefined ? {} : { column: r.at.column }),
  reason: r.code,
  ...(r.data ? { data: r.data } : {}),
})

/**
 * A row the target table's reader could not read, as a rejection. Its data comes along: the message of a
 * row refused for its shape (`extra_cells`, `unclosed_quote`) names its cells and lines from it.
 */
export const tableRejection = (r: RowRejection): Rejection => readerRejection(r)

const reject = (
  row: ActualEntry,
  reason: MatchRejectionCode,
  data?: Record<string, string | number>,
): Rejection => ({
  file: row.file,
  row: row.row,
  sheet: row.sheet,
  reason,
  ...(data ? { data } : {}),
})

interface Group {
  blank: ActualEntry[]
  readonly byUnit: Map<string, ActualEntry[]>
}

/** One project's matched rows and the rows of it that matched no indicator. */
export interface Taken {
  readonly byIndicator: ReadonlyMap<Indicator, ActualEntry>
  readonly rejected: ReadonlyArray<Rejection>
}

/**
 * The indicator a row answers: by 序号 (checked against the name when both are given; the last indicator
 * of a repeated 序号), else by name.
 */
const findIndicator = (
  project: Project,
  keys: ReadonlyArray<string>,
  row: ActualEntry,
): Indicator | "unknown_indicator" | "ambiguous_indicator" => {
  const byNo = row.no === null ? undefined : project.indicators.findLast((i) => i.no === row.no)
  if (row.no !== null) {
    if (byNo && (row.indicator === null || matchKey(row.indicator) === matchKey(byNo.name))) return byNo
    if (byNo === undefined && row.indicator === null) return "unknown_indicator"
  }
  const wanted = row.indicator === null ? null : matchKey(row.indicator)
  const named = wanted === null ? [] : project.indicators.filter((_, i) => keys[i] === wanted)
  if (named.length === 1) return named[0]!
  return named.length === 0 ? "unknown_indicator" : "ambiguous_indicator"
}

/** Matches a project's rows to its indicators in file order; the first row of an indicator wins. */
export const matchRows = (project: Project, rows: ReadonlyArray<ActualEntry>): Taken => {
  const byIndicator = new Map<Indicator, ActualEntry>()
  const rejected: Rejection[] = []
  const keys = rows.length === 0 ? [] : project.indicators.map((i) => matchKey(i.name))
  for (const row of rows) {
    const indicator = findIndicator(project, keys, row)
    if (typeof indicator === "string") {
      rejected.push(
        reject(row, indicator, { project: row.project, no: row.no ?? "", indicator: row.indicator ?? "" }),
      )
      continue
    }
    const first = byIndicator.get(indicator)
    if (first) rejected.push(reject(row, "duplicate_row", { firstRow: first.row }))
    else byIndicator.set(indicator, row)
  }
  return { byIndicator, rejected }
}

/** The matching keys of a row: its project name, and its unit (`""` when it names none). */
export interface RowKeys {
  readonly nameKey: string
  readonly unitKey: string
}

/** The matching keys of a row. */
export const rowKeys = (entry: Pick<ActualEntry, "unit" | "project">): RowKeys => ({
  nameKey: matchKey(entry.project),
  unitKey: entry.unit.trim() === "" ? "" : matchKey(entry.unit),
})

/**
 * Actual rows by project, taken as projects are graded. Rows may be added all before the first project
 * (exact), or as the projects go (a stream read in step with the target table): a row that arrives for a
 * project already taken sets `conflict`, and the caller starts over with every row added first.
 */
export class ActualIndex {
  private readonly groups = new Map<string, Group>()
  /** Projects whose own rows were taken: names under their unit's key (no joined key per project). */
  private readonly takenPairs = new Map<string, Set<string>>()
  private readonly takenNames = new Set<string>()
  private count = 0
  /**
   * Set when a project arrived after rows it shares were already taken by another (an optimistic census
   * was wrong), or a row arrived after its project was taken.
   */
  conflict = false

  /**
   * @param isLate whether a row's project was already graded (a stream read in step with the table asks
   *   its census); without it, rows are all added before the first project is taken.
   */
  constructor(private readonly isLate?: (keys: RowKeys) => boolean) {}

  /** Adds a row (rows must come in file order). */
  add(entry: ActualEntry): void {
    this.count++
    const keys = rowKeys(entry)
    if (this.isLate?.(keys)) this.conflict = true
    const { nameKey, unitKey } = keys
    let group = this.groups.get(nameKey)
    if (!group) {
      group = { blank: [], byUnit: new Map() }
      this.groups.set(nameKey, group)
    }
    if (unitKey === "") group.blank.push(entry)
    else {
      const list = group.byUnit.get(unitKey)
      if (list) list.push(entry)
      else group.byUnit.set(unitKey, [entry])
    }
  }

  /** Rows added. */
  get rows(): number {
    return this.count
  }

  /**
   * Takes a project's rows (the census must already count the project) and matches them to its
   * indicators in file order; the first row of an indicator wins, later ones are duplicates.
   */
  take(project: Project, census: ProjectCensus): Taken {
    return matchRows(project, this.takeRows(project, census))
  }

  /** Takes the rows of a project known by unit and name (file order), for {@link matchRows} to match. */
  takeRows(project: Pick<Project, "unit" | "name">, census: ProjectCensus): ActualEntry[] {
    const nameKey = matchKey(project.name)
    const unitKey = matchKey(project.unit)
    const group = this.groups.get(nameKey)
    if (!group) return []
    let rows: ActualEntry[] = []
    if (census.inUnit(unitKey, nameKey) === 1) {
      const own = group.byUnit.get(unitKey)
      if (own) {
        rows = own
        group.byUnit.delete(unitKey)
        let taken = this.takenPairs.get(unitKey)
        if (taken === undefined) {
          taken = new Set()
          this.takenPairs.set(unitKey, taken)
        }
        taken.add(nameKey)
      }
    } else if (this.takenPairs.get(unitKey)?.has(nameKey)) this.conflict = true
    if (census.named(nameKey) === 1) {
      if (group.blank.length > 0) {
        rows = rows.length === 0 ? group.blank : [...rows, ...group.blank].sort((a, b) => a.row - b.row)
        group.blank = []
        this.takenNames.add(nameKey)
      }
    } else if (this.takenNames.has(nameKey)) this.conflict = true
    if (group.blank.length === 0 && group.byUnit.size === 0) this.groups.delete(nameKey)
    return rows
  }

  /** The rows no project took: their project is unknown, or ambiguous (two projects of that name). */
  leftovers(census: ProjectCensus): Rejection[] {
    const out: Rejection[] = []
    for (const [nameKey, group] of this.groups) {
      const rows = [...group.blank, ...[...group.byUnit.values()].flat()]
      for (const row of rows) {
        const { unitKey } = rowKeys(row)
        const projects = unitKey === "" ? census.named(nameKey) : census.inUnit(unitKey, nameKey)
        const reason = projects === 0 ? "unknown_project" : "ambiguous_project"
        out.push(reject(row, reason, { unit: row.unit, project: row.project }))
      }
    }
    return out
  }
}
