import { readFileSync } from "node:fs"
import type { TargetTable } from "../model/table.ts"
import { parseTextTable } from "./text/text-table.ts"

/** Test support: the seed's path inside the repository (its text and table follow). */
export const SEED = "seeds/000_6fa372ea3c00e953.txt"
/** The seed's text, as published. */
export const seedText = readFileSync(new URL(`../../../../${SEED}`, import.meta.url), "utf8")
/** The seed read from its text form: the reference the CSV and Excel tests compare with. */
export const seedTable: TargetTable = parseTextTable(seedText, SEED)

/** The header of the row form written from the seed. */
export const SEED_HEADER = [
  "单位",
  "项目",
  "绩效目标",
  "序号",
  "一级指标",
  "二级指标",
  "三级指标",
  "实施周期指标值",
  "年度指标值",
]

/** The seed as rows: a 部门名称 title row, the header, then one indicator a row. */
export const seedRows = (): string[][] => [
  [`部门名称：${seedTable.department}`],
  SEED_HEADER,
  ...seedTable.units.flatMap((u) =>
    u.projects.flatMap((p) =>
      p.indicators.map((i) => [
        u.name,
        p.name,
        p.goal,
        String(i.no),
        i.level1.raw,
        i.level2.raw,
        i.name,
        i.period?.text ?? "",
        i.annual?.text ?? "",
      ]),
    ),
  ),
]

/** What the forms of one table must agree on: units, projects, goals, indicators and targets. */
export const outline = (table: TargetTable) =>
  table.units.map((u) => ({
    unit: u.name,
    projects: u.projects.map((p) => ({
      name: p.name,
      goal: p.goal,
      indicators: p.indicators.map((i) => [
        i.no,
        i.level1.raw,
        i.level2.raw,
        i.name,
        i.period?.text ?? null,
        i.annual?.text ?? null,
      ]),
    })),
  }))

/** CSV text with every cell quoted when it needs to be. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<string>>, eol = "\n"): string =>
  rows
    .map((row) => row.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join(eol)
