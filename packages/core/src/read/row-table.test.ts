import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { TableReadError } from "../model/errors.ts"
import type { TargetTable } from "../model/table.ts"
import { TARGET_TABLE_HEADER } from "./columns.ts"
import { readRowTable, type SheetRow } from "./row-table.ts"

const rowsOf = (cells: ReadonlyArray<ReadonlyArray<string>>): SheetRow[] =>
  cells.map((c, i) => ({ row: i + 1, cells: c }))
const read = (cells: ReadonlyArray<ReadonlyArray<string>>): TargetTable =>
  Effect.runSync(readRowTable(rowsOf(cells), { file: "t.csv", format: "csv" }))
const fail = (cells: ReadonlyArray<ReadonlyArray<string>>): TableReadError =>
  Effect.runSync(Effect.flip(readRowTable(rowsOf(cells), { file: "t.csv", format: "csv" })))

const HEADER = TARGET_TABLE_HEADER

describe("readRowTable", () => {
  it("groups rows by unit + project in input order and numbers indicators by position", () => {
    const t = read([
      HEADER,
      ["U1", "购置经费", "目标一", "1-产出指标", "11-数量指标", "车辆", "2辆", "2辆"],
      ["U2", "购置经费", "目标二", "1-产出指标", "12-质量指标", "合格率", "", "90%"],
      ["U1", "购置经费", "", "2-效益指标", "22-社会效益", "满意度", "≥90%", ""],
    ])
    expect(
      t.units.map((u) => [u.name, u.projects.map((p) => [p.name, p.goal, p.indicators.map((i) => i.no)])]),
    ).toEqual([
      ["U1", [["购置经费", "目标一", [1, 2]]]],
      ["U2", [["购置经费", "目标二", [1]]]],
    ])
    const [first] = t.units[0]!.projects[0]!.indicators
    expect(first!.annual).toEqual({ text: "2辆", at: { file: "t.csv", row: 2, column: 8, span: [0, 2] } })
    expect(t.units[1]!.projects[0]!.indicators[0]!.period).toBeNull()
    expect(t.rejected).toEqual([])
  })

  it("takes 序号 as the number, optional columns as cells, and a level's points", () => {
    const t = read([
      ["序号", "项目", "一级指标", "三级指标", "年度指标值", "分值", "实际完成值", "偏差原因"],
      ["7", "P", "产出指标（50分）", "培训", " 1次 ", "10", "1次", "无"],
    ])
    const ind = t.units[0]!.projects[0]!.indicators[0]!
    expect(t.units[0]!.name).toBe("")
    expect(ind.no).toBe(7)
    expect(ind.level1).toMatchObject({ name: "产出指标", points: "50" })
    expect(ind.annual).toEqual({ text: "1次", at: { file: "t.csv", row: 2, column: 5, span: [1, 3] } })
    expect([ind.weight?.text, ind.actual?.text, ind.deviationReason?.text]).toEqual(["10", "1次", "无"])
  })

  it("reads English headers, a title and a 部门名称 row above the header", () => {
    const t = read([
      ["项目支出绩效目标表"],
      ["部门名称：广州市工业和信息化局"],
      [],
      ["unit", "project", "goal", "level1", "level2", "indicator", "target_period", "target_annual"],
      ["U", "P", "G", "1-产出指标", "11-数量指标", "N", "1个", "1个"],
    ])
    expect([t.title, t.department]).toEqual(["项目支出绩效目标表", "广州市工业和信息化局"])
    expect(t.units[0]!.projects[0]!.indicators[0]!.at).toMatchObject({ row: 5, column: 6 })
  })

  it("lists rows without project, indicator name or targets, and ignores empty rows and repeated headers", () => {
    const t = read([
      HEADER,
      ["U", "", "", "1-产出指标", "11-数量指标", "孤儿", "1", "1"],
      ["", "", "", "", "", "", "", ""],
      ["U", "P", "G", "1-产出指标", "11-数量指标", "", "1", "1"],
      ["U", "P", "", "1-产出指标", "11-数量指标", "无指标值", "", ""],
      HEADER,
      ["U", "P", "", "1-产出指标", "11-数量指标", "好", "", "1"],
      ["", "Q", "G", "", "", "", "", ""],
    ])
    expect(t.rejected).toEqual([
      { code: "missing_project", at: { file: "t.csv", row: 2, column: 2 } },
      {
        code: "missing_indicator_name",
        at: { file: "t.csv", row: 4, column: 6 },
        data: { unit: "U", project: "P" },
      },
      {
        code: "missing_targets",
        at: { file: "t.csv", row: 5, column: 8 },
        data: { unit: "U", project: "P", indicator: "无指标值" },
      },
      {
        code: "project_without_unit",
        at: { file: "t.csv", row: 8, column: 2, span: [0, 1] },
        data: { project: "Q" },
      },
    ])
    const p = t.units[0]!.projects[0]!
    expect(p.indicators.map((i) => [i.no, i.name])).toEqual([[3, "好"]])
    expect(t.units[1]).toMatchObject({ name: "", projects: [{ name: "Q", goal: "G", indicators: [] }] })
  })

  it("reads a filled-in 自评表 in one sheet: weight, actual, tier, deduction and its reason", () => {
    const t = read([
      ["项目支出绩效自评表（示例）"],
      "项目,一级指标,三级指标,年度指标值,分值,实际完成值,评价等级,扣分,扣分原因（复核）".split(","),
      ["P", "产出指标", "服务企业数量", "≥150家", "20", "152家", "", "", ""],
      ["P", "效益指标", "营商环境", "有效改善", "10", "基本达到", "部分达成 70%", "1", "佐证不足"],
    ])
    const [quantity, quality] = t.units[0]!.projects[0]!.indicators
    expect(quantity).toMatchObject({ weight: { text: "20" }, actual: { text: "152家" }, tier: null })
    expect(quality!.tier).toEqual({
      text: "部分达成 70%",
      at: { file: "t.csv", row: 4, column: 7, span: [0, 8] },
    })
    expect([quality!.deduction?.text, quality!.deductionReason?.text]).toEqual(["1", "佐证不足"])
    expect([t.title, t.rejected]).toEqual(["项目支出绩效自评表（示例）", []])
  })

  it("leaves tier and deduction out when the table has no such columns", () => {
    const ind = read([HEADER, ["U", "P", "", "", "", "N", "", "1个"]]).units[0]!.projects[0]!.indicators[0]!
    expect(["tier", "deduction", "deductionReason"].filter((k) => k in ind)).toEqual([])
  })

  it("fails with the missing columns and the ones found", () => {
    const error = fail([["标题"], ["单位", "项目", "绩效目标", "一级指标", "备注"], ["U", "P", "", "", ""]])
    expect(error).toMatchObject({
      code: "missing_columns",
      file: "t.csv",
      row: 2,
      data: {
        missing: ["indicator", "target_annual|target_period"],
        found: ["单位", "项目", "绩效目标", "一级指标", "备注"],
      },
    })
  })

  it("fails on a table without header or without rows", () => {
    expect(
      fail([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toMatchObject({ code: "no_header", row: 1 })
    expect(fail([[""], []])).toMatchObject({ code: "empty_table" })
  })
})
