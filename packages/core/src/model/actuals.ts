import type { SourceRef } from "./source.ts"
import type { Cell, RowRejection, TableFormat } from "./table.ts"

/**
 * One row of an actuals sheet: the indicator it answers (unit + project + number or name) and what the
 * auditor reported. Cells are kept as text with their place; scoring reads them.
 */
export interface ActualRow {
  readonly unit: string
  readonly project: string
  /** The indicator's number inside its project (序号), when given. */
  readonly no: number | null
  /** The indicator's name (三级指标), when given. */
  readonly indicator: string | null
  /** 实际完成值. */
  readonly actual: Cell | null
  /** 评价等级: 达成 / 部分达成 / 未达成, optionally with a share (`部分达成 75%`). */
  readonly tier: Cell | null
  /** 扣分 and 扣分原因: a reviewer's deduction. */
  readonly deduction: Cell | null
  readonly deductionReason: Cell | null
  /** 偏差原因分析及改进措施. */
  readonly deviationReason: Cell | null
  /** 上年实际值: last year's value, the baseline of targets such as `比上年增长8%`. */
  readonly baseline: Cell | null
  /** 年度总体目标实际完成情况: the unit's own sentence for the project's goal, on any of its rows. */
  readonly goalActual?: Cell | null
  readonly at: SourceRef
}

/** An actuals sheet, as read. Every data row is in `rows` or `rejected`. */
export interface ActualsTable {
  readonly file: string
  readonly format: TableFormat
  readonly rows: ReadonlyArray<ActualRow>
  readonly rejected: ReadonlyArray<RowRejection>
}

/** One project's budget execution: 年初预算数, 全年预算数 (adjusted), 全年执行数, optional block weight. */
export interface BudgetRow {
  readonly unit: string
  readonly project: string
  readonly initial: Cell | null
  readonly planned: Cell | null
  readonly executed: Cell | null
  /** 预算执行分值: the block's weight, for tables that set their own. */
  readonly weight: Cell | null
  readonly at: SourceRef
}

/** A budget-execution sheet, as read. `amountUnit` comes from a header note such as `全年预算数（万元）`. */
export interface BudgetTable {
  readonly file: string
  readonly format: TableFormat
  readonly amountUnit: string | null
  readonly rows: ReadonlyArray<BudgetRow>
  readonly rejected: ReadonlyArray<RowRejection>
}
