import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { formatRowRejection } from "../messages/table.ts"
import { parseMonitorTable } from "./monitor-table.ts"

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const read = (csv: string) => Effect.runPromise(parseMonitorTable({ file: "m.csv", bytes: utf8(csv) }))

describe("parseMonitorTable", () => {
  it("reads 1-N月完成值 and every optional column, the fixed lists as values", async () => {
    const t = await read(
      [
        "示例数据（仅供演示）",
        "单位,项目,序号,三级指标,1-7月完成值,全年预计完成值,完成目标可能性,偏差原因类别,原因说明,纠偏措施,监控口径",
        "U,企业服务,1,服务企业数量,80家,150家,有可能,经费保障,资金晚到,加快拨付,累计",
        "U,企业服务,2,满意度,,,确定能,,,,",
      ].join("\n"),
    )
    expect(t.rejected).toEqual([])
    const [a, b] = t.rows
    expect(a).toMatchObject({
      project: "企业服务",
      no: 1,
      toDate: { text: "80家", at: { row: 3, column: 5 } },
      forecast: { text: "150家" },
      likelihood: "possible",
      reasonCategory: "funding",
      reasonText: { text: "资金晚到" },
      correction: { text: "加快拨付" },
      kind: "cumulative",
    })
    expect(b).toMatchObject({
      toDate: null,
      forecast: null,
      likelihood: "certain",
      reasonCategory: null,
      kind: null,
    })
  })

  it("accepts 当前完成值 and 偏差原因 as the reason's text", async () => {
    const t = await read("项目,三级指标,当前完成值,偏差原因\n企业服务,服务企业数量,80家,进度慢")
    expect(t.rows[0]).toMatchObject({ toDate: { text: "80家" }, reasonText: { text: "进度慢" } })
  })

  it.each([
    ["完成目标可能性", "可能吧", "likelihood_unknown"],
    ["偏差原因类别", "天气", "reason_category_unknown"],
    ["监控口径", "每月", "monitor_kind_unknown"],
  ])("a %s outside its list (%s) rejects the row at its column", async (header, value, code) => {
    const t = await read(`项目,序号,当前完成值,${header}\n企业服务,1,80家,${value}`)
    expect(t.rows).toEqual([])
    expect(t.rejected).toMatchObject([
      { code, at: { file: "m.csv", row: 2, column: 4 }, data: { text: value } },
    ])
    expect(formatRowRejection(t.rejected[0]!)).toContain("第 2 行")
    expect(formatRowRejection(t.rejected[0]!)).toContain(value)
  })

  it("reads an Excel sheet with a title row, a drop-down's value and its place (sheet, row, column)", async () => {
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet("监控表")
    ws.addRow(["示例数据（仅供演示）"])
    ws.addRow(["单位", "项目", "序号", "三级指标", "1-12月完成值", "完成目标可能性", "偏差原因类别"])
    ws.addRow(["U", "企业服务", 1, "服务企业数量", "80家", "完全不可能", "硬件条件保障"])
    ws.addRow(["U", "企业服务", 2, "举办活动场次", "3场", "有 可能", "其它"])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const t = await Effect.runPromise(parseMonitorTable({ file: "m.xlsx", bytes }))
    expect(t.rows).toMatchObject([
      { no: 1, toDate: { text: "80家" }, likelihood: "impossible", reasonCategory: "facilities" },
    ])
    // Spaces inside a list word are forgiven (有 可能); a word not on the list (其它 for 其他) is not.
    expect(t.rejected).toMatchObject([
      { code: "reason_category_unknown", at: { file: "m.xlsx", sheet: "监控表", row: 4, column: 7 } },
    ])
  })
})
