import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { formatRowRejection } from "../messages/table.ts"
import { parseActualsTable } from "./actuals-table.ts"

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const read = (file: string, bytes: Uint8Array) => Effect.runPromise(parseActualsTable({ file, bytes }))
const fail = (file: string, bytes: Uint8Array) =>
  Effect.runPromise(Effect.flip(parseActualsTable({ file, bytes })))

describe("parseActualsTable", () => {
  it("reads a data row whose cells happen to name columns; skips only a repeat of the header (found by fuzzing)", async () => {
    const csv = [
      "单位,项目,序号,三级指标,实际完成值,扣分原因,偏差原因",
      "U,企业服务,1,偏差原因,,单位,扣分原因",
      "单位,项目,序号,三级指标,实际完成值,扣分原因,偏差原因",
      "U,企业服务,2,服务企业数量,152家,,",
    ].join("\n")
    const t = await read("a.csv", utf8(csv))
    expect(t.rows.map((r) => [r.at.row, r.indicator])).toEqual([
      [2, "偏差原因"],
      [4, "服务企业数量"],
    ])
    expect(t.rejected).toEqual([])
  })

  it("reads a CSV with a BOM, CRLF and a title row, keyed by 序号 or by name", async () => {
    const csv = [
      "示例数据（仅供演示）,,,,,",
      "单位,项目名称,序号,三级指标,实际完成值（2024年）,偏差原因分析及改进措施",
      "产业发展中心,企业服务,1,服务企业数量,152家,",
      ",,,,,",
      "产业发展中心,企业服务,,满意度, 92% ,略低于目标",
      "单位,项目名称,序号,三级指标,实际完成值,偏差原因",
      "无线电监测站,监测经费,２,,,",
    ].join("\r\n")
    const t = await read("a.csv", utf8(`\uFEFF${csv}\r\n`))
    expect(t.rows.map((r) => [r.unit, r.project, r.no, r.indicator, r.actual?.text ?? null])).toEqual([
      ["产业发展中心", "企业服务", 1, "服务企业数量", "152家"],
      ["产业发展中心", "企业服务", null, "满意度", "92%"],
      ["无线电监测站", "监测经费", 2, null, null], // an empty actual is kept: scoring reports it
    ])
    expect(t.rows[1]!.actual!.at).toEqual({ file: "a.csv", row: 5, column: 5, span: [1, 4] })
    expect(t.rows[1]!.deviationReason?.text).toBe("略低于目标")
    expect(t.rows[0]!.at).toEqual({ file: "a.csv", row: 3 })
    expect([t.format, t.rejected]).toEqual(["csv", []])
  })

  it("reads English headers, 评价等级 without 实际完成值, and a reviewer's deduction", async () => {
    const csv = "project,no,tier,deduction,deduction_reason\nP,3,部分达成 75%,0.5,资料不全\n"
    const [row] = (await read("b.csv", utf8(csv))).rows
    expect(row).toMatchObject({ unit: "", project: "P", no: 3, indicator: null, actual: null })
    expect([row!.tier?.text, row!.deduction?.text, row!.deductionReason?.text]).toEqual([
      "部分达成 75%",
      "0.5",
      "资料不全",
    ])
  })

  it("rejects rows without a project or without a usable key, with their place", async () => {
    const csv = ["项目,序号,三级指标,实际完成值", ",1,数量,3个", "P,一,,3个", "P,,,4个", "P,0,,5个"].join(
      "\n",
    )
    const t = await read("c.csv", utf8(csv))
    expect(t.rows).toEqual([])
    expect(t.rejected).toEqual([
      { code: "missing_project", at: { file: "c.csv", row: 2, column: 1 } },
      {
        code: "missing_indicator_key",
        at: { file: "c.csv", row: 3, column: 2, span: [0, 1] },
        data: { unit: "", project: "P", no: "一" },
      },
      {
        code: "missing_indicator_key",
        at: { file: "c.csv", row: 4, column: 3 },
        data: { unit: "", project: "P" },
      },
      {
        code: "missing_indicator_key",
        at: { file: "c.csv", row: 5, column: 2, span: [0, 1] },
        data: { unit: "", project: "P", no: "0" },
      },
    ])
    expect(formatRowRejection(t.rejected[1]!)).toContain("「一」不是正整数")
    expect(formatRowRejection(t.rejected[2]!, "en")).toContain("neither a usable number")
  })

  it("reads the first worksheet with an actuals header, placing cells by sheet", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("说明").addRow(["本表说明"])
    const sheet = workbook.addWorksheet("实际值")
    sheet.addRows([["示例数据（仅供演示）"], ["单位", "项目", "指标名称", "实际值", "等级"]])
    sheet.addRow(["U", "P", "合格率", 0.95, ""])
    sheet.getCell("D3").numFmt = "0%"
    const t = await read("d.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(t.format).toBe("xlsx")
    expect(t.rows[0]).toMatchObject({ project: "P", indicator: "合格率", tier: null })
    expect(t.rows[0]!.actual).toEqual({
      text: "95%",
      at: { file: "d.xlsx", sheet: "实际值", row: 3, column: 4, span: [0, 3] },
    })
  })

  it("reads .tsv as tab-separated rows", async () => {
    const t = await read("e.tsv", utf8("项目\t序号\t完成值\r\nP\t1\t2次\r\n"))
    expect(t.rows.map((r) => [r.project, r.no, r.actual?.text])).toEqual([["P", 1, "2次"]])
  })

  it("fails with what is missing and what was found", async () => {
    const error = await fail("f.csv", utf8("标题\n项目,三级指标,备注\nP,N,x\n"))
    expect(error).toMatchObject({
      code: "missing_columns",
      row: 2,
      data: { missing: ["actual|tier"], found: ["项目", "三级指标", "备注"] },
    })
    expect(await fail("g.csv", utf8("a,b\nc,d\n"))).toMatchObject({
      code: "no_header",
      data: { expected: ["project", "actual|tier", "no|indicator"] },
    })
    expect(await fail("h.pdf", utf8("x"))).toMatchObject({ code: "unsupported_format" })
  })
})

describe("cells guarded against formula injection", () => {
  it("reads a cell written as '=… back without the guard", async () => {
    const csv = "单位,项目,三级指标,实际完成值\n甲,'=项目,'-指标,'+12份\n"
    const table = await Effect.runPromise(
      parseActualsTable({ file: "a.csv", bytes: new TextEncoder().encode(csv) }),
    )
    expect(table.rows[0]).toMatchObject({ project: "=项目", indicator: "-指标", actual: { text: "+12份" } })
  })
})
