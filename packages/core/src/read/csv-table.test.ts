import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { parseCsvTable } from "./csv-table.ts"
import { outline, SEED_HEADER, seedRows, seedTable, toCsv } from "./seed.fixture.ts"

const read = (content: string) => Effect.runSync(parseCsvTable(content, "t.csv"))

describe("parseCsvTable", () => {
  it("reads the seed written as CSV back to the same units, projects, indicators and targets", () => {
    const t = read(toCsv(seedRows()))
    expect(outline(t)).toEqual(outline(seedTable))
    expect(t.units.flatMap((u) => u.projects).flatMap((p) => p.indicators)).toHaveLength(168)
    expect([t.format, t.department, t.rejected]).toEqual(["csv", "广州市工业和信息化局", []])
  })

  it("reads CRLF and a BOM", () => {
    const t = read(`\uFEFF${toCsv(seedRows(), "\r\n")}\r\n`)
    expect(outline(t)).toEqual(outline(seedTable))
    expect(t.rejected).toEqual([])
  })

  it("numbers rows by the line they start on when a quoted cell spans lines", () => {
    const content = toCsv([
      SEED_HEADER,
      ["U", "P", "第一行\n第二行", "1", "1-产出指标", "11-数量指标", "N1", "1,000家", "1,000家"],
      ["U", "P", "", "2", "1-产出指标", "11-数量指标", "N2", '说"是"', "1"],
    ])
    const p = read(content).units[0]!.projects[0]!
    expect(p.goal).toBe("第一行\n第二行")
    expect(p.indicators.map((i) => [i.at.row, i.period?.text])).toEqual([
      [2, "1,000家"],
      [4, '说"是"'],
    ])
  })

  it("numbers rows after a cell holding a CRLF by the lines an editor shows (found by fuzzing)", () => {
    const content = '项目,三级指标,年度指标值\r\nP,"第一行\r\n第二行",1\r\nP,"甲\r\n乙\r\n丙",2\r\nP,M,3'
    const rows = read(content).units[0]!.projects[0]!.indicators.map((i) => i.at.row)
    expect(rows).toEqual([2, 4, 7])
  })

  it("accepts rows shorter or longer than the header", () => {
    const t = read(["项目,三级指标,年度指标值", "P,N", "P,M,1,extra"].join("\n"))
    expect(t.rejected).toMatchObject([{ code: "missing_targets", at: { row: 2 } }])
    expect(t.units[0]!.projects[0]!.indicators[0]!.annual?.text).toBe("1")
  })

  it("fails with csv_unreadable and the line on a syntax error", () => {
    const error = Effect.runSync(
      Effect.flip(parseCsvTable('项目,三级指标,年度指标值\nP,N,1\nP,"M,2\n', "t.csv")),
    )
    expect(error).toMatchObject({ code: "csv_unreadable", file: "t.csv", row: 3 }) // where the quote opens
  })
})
