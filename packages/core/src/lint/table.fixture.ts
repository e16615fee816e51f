import type { Cell, Indicator, TargetTable } from "../model/table.ts"

/** Test support: one indicator of a small in-memory table. Levels default to 产出 / 数量. */
export interface IndicatorRow {
  readonly name: string
  readonly annual?: string | null
  readonly period?: string | null
  readonly level1?: string
  readonly level2?: string
  readonly targetSource?: "name"
}

const FILE = "t.csv"
const level = (raw: string) => ({ raw, name: raw.replace(/^\d+-/u, ""), code: null, points: null })
const cell = (text: string | null | undefined, row: number, column: number): Cell | null =>
  text === null || text === undefined ? null : { text, at: { file: FILE, row, column } }

const indicatorOf = (row: IndicatorRow, index: number): Indicator => {
  const line = index + 2
  return {
    no: index + 1,
    level1: level(row.level1 ?? "1-产出指标"),
    level2: level(row.level2 ?? "11-数量指标"),
    name: row.name,
    // The CSV header's order: 三级指标 (7), 实施周期指标值 (8), 年度指标值 (9).
    period: cell(row.period, line, 8),
    annual: row.targetSource === "name" ? cell(row.name, line, 7) : cell(row.annual, line, 9),
    weight: null,
    actual: null,
    deviationReason: null,
    ...(row.targetSource === undefined ? {} : { targetSource: row.targetSource }),
    at: { file: FILE, row: line, column: 7 },
  }
}

/** Test support: a table of one unit and one project holding these indicators, one CSV row each from row 2. */
export const tableOf = (rows: ReadonlyArray<IndicatorRow>): TargetTable => ({
  file: FILE,
  format: "csv",
  department: null,
  title: null,
  rejected: [],
  units: [
    {
      name: "甲单位",
      at: { file: FILE, row: 2 },
      projects: [
        {
          unit: "甲单位",
          name: "项目A",
          goal: "",
          at: { file: FILE, row: 2 },
          indicators: rows.map(indicatorOf),
        },
      ],
    },
  ],
})
