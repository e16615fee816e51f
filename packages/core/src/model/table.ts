import type { SourceRef } from "./source.ts"

/** A cell's text with the place it came from. */
export interface Cell {
  readonly text: string
  readonly at: SourceRef
}

/** A level name as written (`1-产出指标`, `产出指标(50分)`) and what it says. */
export interface Level {
  /** The text as written in the table. */
  readonly raw: string
  /** The name without code or points: `产出指标`, `数量指标`, `经济效益`. */
  readonly name: string
  /** A numeric code when written (`1`, `11`), else null. */
  readonly code: string | null
  /** Points written with the name (`(50分)` → `50`), else null. */
  readonly points: string | null
}

/** One 三级指标 with its two targets and, when the input carries them, weight and actual. */
export interface Indicator {
  /** 1-based position inside its project (the `1、` of the text form, or the row order). */
  readonly no: number
  readonly level1: Level
  readonly level2: Level
  readonly name: string
  /** 实施周期指标值. */
  readonly period: Cell | null
  /** 年度指标值: what a year-end self-evaluation scores against. */
  readonly annual: Cell | null
  /** 分值, as written, when the input has the column. */
  readonly weight: Cell | null
  /** 实际完成值, when the input has the column. */
  readonly actual: Cell | null
  /** 偏差原因分析及改进措施, when the input has the column. */
  readonly deviationReason: Cell | null
  /** 评价等级 for a qualitative indicator (达成 / 部分达成 / 未达成), when a filled-in 自评表 has the column. */
  readonly tier?: Cell | null
  /** A reviewer's deduction (扣分) and its reason (扣分原因), when the input has the columns. */
  readonly deduction?: Cell | null
  readonly deductionReason?: Cell | null
  /** `name`: both target cells were empty and the name states the target (`资金拨付率100%`). */
  readonly targetSource?: "name"
  /** 上年实际值, when a filled-in 自评表 has the column: the baseline of previous-year references. */
  readonly baseline?: Cell | null
  /** The unit's sentence for the project's 年度总体目标 (实际完成情况), when this row of a 自评表 carries it. */
  readonly goalActual?: Cell
  /** Where the indicator starts (the item in the text form, the row in CSV or Excel). */
  readonly at: SourceRef
}

/** A project, known by unit + name (two units may both have a `购置经费`). */
export interface Project {
  readonly unit: string
  readonly name: string
  /** 绩效目标 (the goal text), empty when none was given. */
  readonly goal: string
  readonly indicators: ReadonlyArray<Indicator>
  readonly at: SourceRef
}

/** A 资金使用单位 and its projects, in input order. */
export interface Unit {
  readonly name: string
  readonly projects: ReadonlyArray<Project>
  readonly at: SourceRef
}

/** Why an input row was not read. Every row is read or listed here: nothing is dropped silently. */
export interface RowRejection {
  readonly code: RowRejectionCode
  readonly at: SourceRef
  readonly data?: Readonly<Record<string, string | number>>
}

/** Stable codes for rejected rows. */
export type RowRejectionCode =
  | "indicator_unreadable"
  | "project_without_unit"
  | "project_without_indicators"
  | "missing_project"
  | "missing_indicator_name"
  | "missing_targets"
  | "row_unrecognised"
  | "missing_indicator_key"
  /** A CSV or text row with non-empty cells beyond the header's (data: `cells`, `header`). */
  | "extra_cells"
  /** A quoted cell that swallowed whole rows: a quote left open (data: `opened`, `through`, its lines). */
  | "unclosed_quote"
  /** A monitoring sheet's 完成目标可能性, 偏差原因类别 or 监控口径 outside its fixed list (data: `text`, `allowed`). */
  | "likelihood_unknown"
  | "reason_category_unknown"
  | "monitor_kind_unknown"

/** The input formats a target table can come in. */
export type TableFormat = "text" | "csv" | "xlsx"

/** A department's performance-target table, as read. */
export interface TargetTable {
  readonly file: string
  readonly format: TableFormat
  /** 部门名称 when the table states it. */
  readonly department: string | null
  /** The title line when the table has one. */
  readonly title: string | null
  readonly units: ReadonlyArray<Unit>
  readonly rejected: ReadonlyArray<RowRejection>
}
