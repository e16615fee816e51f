/**
 * Budget rows by unit + project. Every row is used by one project or rejected with its reason
 * (duplicate, unknown project), like the actual rows. Rows may be added all at once (a whole sheet) or as
 * the projects go (a stream read in step with the target table): a row that arrives after its project
 * asked for its budget sets `conflict`, and the caller starts over with every row added first.
 */
import {
  type BudgetRow,
  type BudgetTable,
  nameKey,
  type Project,
  projectKey,
  type RowRejection,
} from "@jixiao/core"
import { unreadableCells } from "../grade/budget.ts"
import type { Rejection } from "../model.ts"
import { type RowKeys, readerRejection, rowKeys } from "./actual-index.ts"

const key = projectKey

/** Budget rows by unit + project, used by the projects that ask for them. */
export class BudgetIndex {
  private readonly rows = new Map<string, BudgetRow>()
  private readonly refused: Rejection[] = []
  private readonly used = new Set<BudgetRow>()
  /** Rows handed to a project with an amount cell that cannot be read: rejected, not used. */
  private readonly unusable = new Set<BudgetRow>()
  private dropped = 0
  private readonly droppedBare = new Set<string>()
  private count = 0
  /** Set when a row arrived after its project asked for its budget, or a dropped row was asked for again. */
  conflict = false

  /**
   * @param inStep for a stream read in step with the table, what its census says: whether a row's project
   *   was already graded (`isLate`), and whether the project asking shares its keys with another one
   *   (`isShared`). Then a used row leaves the index (only a window of rows is held), and a row that might
   *   serve a second project sets `conflict` instead. Without it, rows are all added before the first
   *   project asks and stay.
   */
  constructor(
    private readonly inStep?: {
      readonly isLate: (keys: RowKeys) => boolean
      readonly isShared: (keys: RowKeys) => boolean
    },
  ) {}

  /** Adds a row the reader refused. */
  addRejected(r: RowRejection): void {
    this.count++
    this.refused.push(readerRejection(r))
  }

  /** Adds a row (rows must come in file order). */
  add(row: BudgetRow): void {
    this.count++
    const k = key(row.unit, row.project)
    if (this.inStep?.isLate(rowKeys(row))) this.conflict = true
    if (this.rows.has(k)) this.refused.push({ file: row.at.file, row: row.at.row, reason: "duplicate_row" })
    else this.rows.set(k, row)
  }

  /**
   * The budget row of a project (a row without a unit matches a project by name alone); marks it used.
   * A row may serve two projects of one name (a unit-less row, or unit and name written with different
   * spaces): in a whole sheet rows stay in the index; in step, such a project sets `conflict`.
   */
  rowOf(project: Pick<Project, "unit" | "name">): BudgetRow | undefined {
    const own = key(project.unit, project.name)
    const bare = key("", project.name)
    if (this.inStep) {
      // Another project of this unit and name, or a unit-less row of this name already handed out:
      // a whole sheet would give them the same row, which in step may be gone.
      const keys = rowKeys({ unit: project.unit, project: project.name })
      if (this.inStep.isShared(keys) || (!this.rows.has(own) && this.droppedBare.has(keys.nameKey)))
        this.conflict = true
    }
    const k = this.rows.has(own) ? own : this.rows.has(bare) ? bare : null
    if (k === null) return undefined
    const row = this.rows.get(k)!
    this.checkCells(row)
    if (!this.inStep) {
      this.used.add(row)
      return row
    }
    this.rows.delete(k)
    this.dropped++
    if (k === bare) this.droppedBare.add(nameKey(project.name))
    return row
  }

  /** A row whose amount cells cannot be read is listed, with its file, row, column and text, once. */
  private checkCells(row: BudgetRow): void {
    if (this.unusable.has(row)) return
    const bad = unreadableCells(row)
    if (bad.length === 0) return
    this.unusable.add(row)
    const first = bad[0]!
    this.refused.push({
      file: row.at.file,
      row: row.at.row,
      sheet: row.at.sheet,
      column: first.at.column,
      reason: "budget_unreadable",
      data: {
        unit: row.unit,
        project: row.project,
        column: bad.map((b) => b.column).join("、"),
        text: bad.map((b) => b.text).join("、"),
      },
    })
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
          reason: "unknown_project" as const,
          data: { unit: row.unit, project: row.project },
        })),
    ]
  }

  /** Rows read, used and rejected. */
  counts(): { readonly in: number; readonly used: number; readonly rejected: number } {
    // An unusable row was handed out (so it is in `used` or `dropped`) and is also in `refused`.
    return {
      in: this.count,
      used: this.used.size + this.dropped - this.unusable.size,
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
