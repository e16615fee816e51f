/**
 * Budget rows by unit + project. Every row is used by one project or rejected with its reason
 * (duplicate, unknown project), like the actual rows. Rows may be added all at once (a whole sheet) or as
 * the projects go (a stream read in step with the target table): a row that arrives after its project
 * asked for its budget sets `conflict`, and the caller starts over with every row added first.
 */
import type { BudgetRow, BudgetTable, Project, RowRejection } from "@jixiao/core"
import { type RowKeys, rowKeys } from "./actual-index.ts"
import type { Rejection } from "./model.ts"

const squeeze = (text: string) => text.replace(/\s/gu, "")
const key = (unit: string, project: string) => `${squeeze(unit)}\u0000${squeeze(project)}`

/** Budget rows by unit + project, used by the projects that ask for them. */
export class BudgetIndex {
  private readonly rows = new Map<string, BudgetRow>()
  private readonly refused: Rejection[] = []
  private readonly used = new Set<BudgetRow>()
  private count = 0
  /** Set when a row arrived after its project asked for its budget. */
  conflict = false

  /**
   * @param isLate whether a row's project was already graded (a stream read in step with the table asks
   *   its census); without it, rows are all added before the first project asks.
   */
  constructor(private readonly isLate?: (keys: RowKeys) => boolean) {}

  /** Adds a row the reader refused. */
  addRejected(r: RowRejection): void {
    this.count++
    this.refused.push({ file: r.at.file, row: r.at.row, reason: r.code })
  }

  /** Adds a row (rows must come in file order). */
  add(row: BudgetRow): void {
    this.count++
    const k = key(row.unit, row.project)
    if (this.isLate?.(rowKeys(row))) this.conflict = true
    if (this.rows.has(k)) this.refused.push({ file: row.at.file, row: row.at.row, reason: "duplicate_row" })
    else this.rows.set(k, row)
  }

  /**
   * The budget row of a project (a row without a unit matches a project by name alone); marks it used.
   * A row may serve two projects of one name, as before: rows stay in the index.
   */
  rowOf(project: Pick<Project, "unit" | "name">): BudgetRow | undefined {
    const own = key(project.unit, project.name)
    const bare = key("", project.name)
    const row = this.rows.get(own) ?? this.rows.get(bare)
    if (row) this.used.add(row)
    return row
  }

  /** Rows not used by any project, and rows the reader or the index refused. */
  rejected(): ReadonlyArray<Rejection> {
    return [
      ...this.refused,
      ...[...this.rows.values()]
        .filter((row) => !this.used.has(row))
        .map((row) => ({
          file: row.at.file,
          row: row.at.row,
          reason: "unknown_project",
          data: { unit: row.unit, project: row.project },
        })),
    ]
  }

  /** Rows read, used and rejected. */
  counts(): { readonly in: number; readonly used: number; readonly rejected: number } {
    return {
      in: this.count,
      used: this.used.size,
      rejected: this.refused.length + this.rows.size - this.used.size,
    }
  }
}

/** The index of a whole budget sheet (or of none). */
export const indexBudget = (budget: BudgetTable | undefined): BudgetIndex => {
  const index = new BudgetIndex()
  for (const r of budget?.rejected ?? []) index.addRejected(r)
  for (const row of budget?.rows ?? []) index.add(row)
  return index
}
