/**
 * A project's work as it crosses to a grading worker (a structured clone). The clone writes every
 * property name of every object and makes a fresh string of each on the other side: a row's actual entry
 * has fifteen or sixteen. So the rows and actual entries go as columns, one array per field, and the unit, project,
 * file and sheet that all of a project's entries share go once. A work whose entries differ in those (a
 * row matched by its normalized names) or with a row refused for its shape goes as it is.
 */
import type { SheetRow } from "@jixiao/core"
import type { GradeWork } from "@jixiao/scoring"

type ActualEntry = NonNullable<GradeWork["actuals"]>[number]

/** The fields of an entry this file carries (`baselineSource` by sending such a work as it is). */
type Carried =
  | "text"
  | "tier"
  | "deduction"
  | "deductionReason"
  | "deviationReason"
  | "baseline"
  | "baselineSource"
  | "goalActual"
  | "actualColumn"
  | "tierColumn"
  | "unit"
  | "project"
  | "no"
  | "indicator"
  | "file"
  | "row"
  | "sheet"
/** Fails to compile when ActualEntry gains a field that is not carried: it would be lost on the way. */
export const carriesEveryField: [Exclude<keyof ActualEntry, Carried>] extends [never] ? true : never = true

/** A project's actual entries by field; `goalActual` only where an entry has one. */
interface ActualColumns {
  readonly unit: string
  readonly project: string
  readonly file: string
  readonly sheet: string | undefined
  readonly text: ReadonlyArray<string | null>
  readonly tier: ReadonlyArray<string | null>
  readonly deduction: ReadonlyArray<string | null>
  readonly deductionReason: ReadonlyArray<string | null>
  readonly deviationReason: ReadonlyArray<string | null>
  readonly baseline: ReadonlyArray<string | null | undefined>
  readonly goalActual: ReadonlyArray<string | undefined> | null
  readonly actualColumn: ReadonlyArray<number | undefined>
  readonly tierColumn: ReadonlyArray<number | undefined>
  readonly no: ReadonlyArray<number | null>
  readonly indicator: ReadonlyArray<string | null>
  readonly row: ReadonlyArray<number>
}

/** A project's table rows by field. */
interface RowColumns {
  readonly row: ReadonlyArray<number>
  readonly cells: ReadonlyArray<ReadonlyArray<string>>
}

/** What crosses: each part by columns where it could be, else as it is. */
export interface WorkOnWire {
  readonly project: GradeWork["project"]
  readonly rows?: ReadonlyArray<SheetRow> | undefined
  readonly rowColumns?: RowColumns
  readonly actuals?: GradeWork["actuals"]
  readonly actualColumns?: ActualColumns
  readonly budgetRow: GradeWork["budgetRow"]
}

const rowColumns = (rows: ReadonlyArray<SheetRow>): RowColumns | null => {
  const row: number[] = []
  const cells: Array<ReadonlyArray<string>> = []
  for (const r of rows) {
    if (r.refused !== undefined) return null
    row.push(r.row)
    cells.push(r.cells)
  }
  return { row, cells }
}

const actualColumns = (entries: ReadonlyArray<ActualEntry>): ActualColumns | null => {
  const first = entries[0]
  if (first === undefined) return null
  const { unit, project, file, sheet } = first
  const columns = {
    unit,
    project,
    file,
    sheet,
    text: [] as Array<string | null>,
    tier: [] as Array<string | null>,
    deduction: [] as Array<string | null>,
    deductionReason: [] as Array<string | null>,
    deviationReason: [] as Array<string | null>,
    baseline: [] as Array<string | null | undefined>,
    goalActual: null as Array<string | undefined> | null,
    actualColumn: [] as Array<number | undefined>,
    tierColumn: [] as Array<number | undefined>,
    no: [] as Array<number | null>,
    indicator: [] as Array<string | null>,
    row: [] as number[],
  }
  for (const [i, e] of entries.entries()) {
    if (e.unit !== unit || e.project !== project || e.file !== file || e.sheet !== sheet) return null
    // Only the fields an entry is made with (scoring's actualEntry): anything else would be lost.
    if (e.baselineSource !== undefined) return null
    columns.text.push(e.text)
    columns.tier.push(e.tier)
    columns.deduction.push(e.deduction)
    columns.deductionReason.push(e.deductionReason)
    columns.deviationReason.push(e.deviationReason)
    columns.baseline.push(e.baseline)
    if (e.goalActual !== undefined) {
      columns.goalActual ??= new Array(entries.length)
      columns.goalActual[i] = e.goalActual
    }
    columns.actualColumn.push(e.actualColumn)
    columns.tierColumn.push(e.tierColumn)
    columns.no.push(e.no)
    columns.indicator.push(e.indicator)
    columns.row.push(e.row)
  }
  return columns
}

/** The work as it goes to a worker. */
export const workToWire = (work: GradeWork): WorkOnWire => {
  const rows = work.rows === undefined ? null : rowColumns(work.rows)
  const actuals = work.actuals === null ? null : actualColumns(work.actuals)
  return {
    project: work.project,
    ...(rows === null ? { rows: work.rows } : { rowColumns: rows }),
    ...(actuals === null ? { actuals: work.actuals } : { actualColumns: actuals }),
    budgetRow: work.budgetRow,
  }
}

/** The work a worker received, as it was sent: the same fields, in the order scoring makes them. */
export const workFromWire = (wire: WorkOnWire): GradeWork => {
  const { rowColumns: r, actualColumns: a } = wire
  const rows = r === undefined ? wire.rows : r.row.map((row, i): SheetRow => ({ row, cells: r.cells[i]! }))
  const actuals =
    a === undefined
      ? (wire.actuals ?? null)
      : a.row.map(
          (row, i): ActualEntry => ({
            text: a.text[i]!,
            tier: a.tier[i]!,
            deduction: a.deduction[i]!,
            deductionReason: a.deductionReason[i]!,
            deviationReason: a.deviationReason[i]!,
            baseline: a.baseline[i],
            ...(a.goalActual?.[i] === undefined ? {} : { goalActual: a.goalActual[i] }),
            actualColumn: a.actualColumn[i],
            tierColumn: a.tierColumn[i],
            unit: a.unit,
            project: a.project,
            no: a.no[i]!,
            indicator: a.indicator[i]!,
            file: a.file,
            row,
            sheet: a.sheet,
          }),
        )
  // Every key, as the engine makes a work (engine.ts), undefined or not.
  return { project: wire.project, rows, actuals, budgetRow: wire.budgetRow }
}
