import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { formatTableReadError } from "../messages/table.ts"
import { parseBudgetTable } from "./budget-table.ts"
import { streamBudgetRows } from "./streams/budget-stream.ts"

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const read = (file: string, bytes: Uint8Array) => Effect.runPromise(parseBudgetTable({ file, bytes }))
const fail = (file: string, text: string) =>
  Effect.runPromise(Effect.flip(parseBudgetTable({ file, bytes: utf8(text) })))

describe("parseBudgetTable", () => {
  it("reads amounts as placed cells and the amount unit from the 全年预算数 note", async () => {
    const csv = [
      "\uFEFF预算执行情况（示例）,,,,,",
      "单位,项目,年初预算数（万元）,全年预算数（万元）,全年执行数（万元）,预算执行分值",
      "产业发展中心,企业服务,100,120,118.5,10",
      ",,,,,",
      "无线电监测站,监测经费,,80,,",
    ].join("\r\n")
    const t = await read("b.csv", utf8(csv))
    expect(t.amountUnit).toBe("万元")
    expect(
      t.rows.map((r) => [r.unit, r.project, r.initial?.text, r.planned?.text, r.executed?.text]),
    ).toEqual([
      ["产业发展中心", "企业服务", "100", "120", "118.5"],
      // An empty amount is an empty cell at its place (its column is named when it cannot be scored).
      ["无线电监测站", "监测经费", undefined, "80", ""],
    ])
    expect(t.rows[1]!.executed?.at).toMatchObject({ row: 5, column: 5 })
    expect(t.rows[0]!.weight).toEqual({ text: "10", at: { file: "b.csv", row: 3, column: 6, span: [0, 2] } })
    expect(t.rows[0]!.at).toEqual({ file: "b.csv", row: 3 })
    expect(t.rejected).toEqual([])
  })

  it("reads aliases, English headers and a 金额单位 line; a note that is no unit gives none", async () => {
    const zh = await read("c.csv", utf8("金额单位：元\n项目,调整后预算数,预算执行数,分值\nP,1000,900,10\n"))
    expect([zh.amountUnit, zh.rows[0]!.planned?.text, zh.rows[0]!.weight?.text]).toEqual(["元", "1000", "10"])
    const en = await read("d.csv", utf8("project,planned (adjusted),executed\nP,1,1\n,2,2\n"))
    expect(en.amountUnit).toBeNull()
    expect(en.rejected).toEqual([{ code: "missing_project", at: { file: "d.csv", row: 3, column: 1 } }])
  })

  it("reads a worksheet", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("预算").addRows([
      ["项目", "全年预算", "执行数"],
      ["P", 50, 45.5],
    ])
    const t = await read("e.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(t.rows[0]!.executed).toEqual({
      text: "45.5",
      at: { file: "e.xlsx", sheet: "预算", row: 2, column: 3, span: [0, 4] },
    })
  })

  it("fails with the missing required columns and the ones found", async () => {
    const error = await fail("f.csv", "说明\n单位,项目,年初预算数,备注\nU,P,1,\n")
    expect(error).toMatchObject({
      code: "missing_columns",
      file: "f.csv",
      row: 2,
      data: { missing: ["planned", "executed"], found: ["单位", "项目", "年初预算数", "备注"] },
    })
    expect(formatTableReadError(error)).toContain("缺少必需的列：全年预算数、全年执行数")
    expect(formatTableReadError(await fail("g.csv", "a,b\n1,2\n"))).toContain(
      "需要 项目、全年预算数、全年执行数",
    )
  })

  it("reads a workbook of one sheet per unit (titled 单位名称：…, no 单位 column), as jixiao's 自评表 has", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("汇总").addRows([["部门汇总"], ["单位", "得分"]])
    for (const [unit, planned] of [
      ["某某市财政局（本级）", 10],
      ["无线电监测站", 20],
    ] as const)
      workbook
        .addWorksheet(`单位-${unit}`)
        .addRows([
          [`单位名称：${unit}`],
          [],
          ["项目", "全年预算数\n（万元）", "全年执行数\n（万元）"],
          ["购置经费", planned, planned - 1],
          ["培训费", "未提供", "未提供"],
        ])
    const t = await read("u.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(t.amountUnit).toBe("万元")
    expect(t.rows.map((r) => [r.unit, r.project, r.planned?.text, r.executed?.text])).toEqual([
      ["某某市财政局（本级）", "购置经费", "10", "9"],
      ["无线电监测站", "购置经费", "20", "19"],
    ])
    // A project marked 未提供 gives no budget data: like an empty row it is neither input nor rejected (the
    // project's budget is then missing, and said so), so a 自评表 read back counts the rows its source had.
    expect(t.rejected).toEqual([])
  })

  it("refuses per-unit sheets whose amount units differ, naming both", async () => {
    const workbook = new ExcelJS.Workbook()
    for (const [unit, note] of [
      ["甲单位", "万元"],
      ["乙单位", "元"],
    ] as const)
      workbook
        .addWorksheet(unit)
        .addRows([
          [`单位名称：${unit}`],
          ["项目", `全年预算数（${note}）`, `全年执行数（${note}）`],
          ["购置经费", 1, 1],
        ])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const error = await Effect.runPromise(Effect.flip(parseBudgetTable({ file: "d.xlsx", bytes })))
    expect(error.code).toBe("amount_units_differ")
    expect(formatTableReadError(error)).toContain("甲单位：万元；乙单位：元")
  })

  it("never reads an amount-unit line as a unit's name, and streamed and whole readers agree", async () => {
    const csv = ["单位：万元（含上年结转）", "项目,全年预算数,全年执行数", "企业服务,120,118.5"].join("\n")
    const whole = await read("t.csv", utf8(csv))
    expect(whole.rows.map((r) => [r.unit, r.project])).toEqual([["", "企业服务"]])
    const titled = ["单位名称：某某局", "项目,全年预算数,全年执行数", "企业服务,120,118.5"].join("\n")
    const named = await read("u.csv", utf8(titled))
    expect(named.rows.map((r) => r.unit)).toEqual(["某某局"])
    const batches = async function* () {
      yield [
        { row: 1, cells: ["单位名称：某某局"] },
        { row: 2, cells: ["项目", "全年预算数", "全年执行数"] },
        { row: 3, cells: ["企业服务", "120", "118.5"] },
      ]
    }
    const streamed = await streamBudgetRows(batches(), { file: "u.csv", format: "csv" })
    const rows: unknown[] = []
    for await (const batch of streamed.rows) for (const r of batch) rows.push("unit" in r ? r.unit : r.code)
    expect(rows).toEqual(["某某局"])
  })
})
