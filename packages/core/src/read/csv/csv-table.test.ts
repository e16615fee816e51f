import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { formatRowRejection, formatTableReadError } from "../../messages/table.ts"
import { outline, SEED_HEADER, seedRows, seedTable, toCsv } from "../seed.fixture.ts"
import { parseCsvTable } from "./csv-table.ts"

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

  it("accepts rows shorter than the header", () => {
    const t = read(["项目,三级指标,年度指标值", "P,N", "P,M,1"].join("\n"))
    expect(t.rejected).toMatchObject([{ code: "missing_targets", at: { row: 2 } }])
    expect(t.units[0]!.projects[0]!.indicators.map((i) => i.annual?.text)).toEqual(["1"])
  })

  it("rejects a row with text beyond the header's columns, at its line and first extra cell (issue #15)", () => {
    const t = read(["项目,三级指标,年度指标值", "P,M,1,000家", "P,K,2", "P,L,3,"].join("\n"))
    expect(t.rejected).toEqual([
      { code: "extra_cells", at: { file: "t.csv", row: 2, column: 4 }, data: { cells: 4, header: 3 } },
      // An empty cell too many: the row's cells may have moved (`1,000家,` in the last two columns).
      { code: "extra_cells", at: { file: "t.csv", row: 4, column: 4 }, data: { cells: 4, header: 3 } },
    ])
    expect(t.units[0]!.projects[0]!.indicators.map((i) => i.name)).toEqual(["K"])
    expect(formatRowRejection(t.rejected[0]!)).toBe(
      "文件 t.csv 第 2 行 第 4 列：该行有 4 个单元格，比表头的 3 列多，多出的内容不属于任何一列，该行未读入（可能是单元格里的逗号没有加引号）",
    )
  })

  it("reads every row of a file whose line endings change from CRLF to LF or CR (issue #15)", () => {
    const rows = ["项目,三级指标,年度指标值", "P,A,1", "P,B,2", "P,C,3", "P,D,4", "P,E,5"]
    for (const endings of [
      ["\r\n", "\r\n", "\n", "\n", "\n"],
      ["\n", "\r", "\r\n", "\r", "\n"],
      ["\r", "\r", "\r", "\n", "\r\n"],
    ]) {
      const content = rows.map((r, i) => r + (endings[i] ?? "")).join("")
      const t = read(content)
      expect(t.rejected).toEqual([])
      const indicators = t.units[0]!.projects[0]!.indicators
      expect(indicators.map((i) => [i.at.row, i.name, i.annual?.text])).toEqual([
        [2, "A", "1"],
        [3, "B", "2"],
        [4, "C", "3"],
        [5, "D", "4"],
        [6, "E", "5"],
      ])
    }
  })

  it("reports a quote left open that swallows the rows after it, at the line and column it opened (issue #15)", () => {
    const content = ["项目,三级指标,年度指标值", "P,A,1", 'P,"B,2', "P,C,3", 'P,"D",4', "P,E,5"].join("\n")
    const t = read(content)
    expect(t.rejected).toEqual([
      { code: "unclosed_quote", at: { file: "t.csv", row: 3, column: 2 }, data: { opened: 3, through: 5 } },
    ])
    expect(t.units[0]!.projects[0]!.indicators.map((i) => [i.at.row, i.name])).toEqual([
      [2, "A"],
      [6, "E"],
    ])
    expect(formatRowRejection(t.rejected[0]!)).toContain(
      "文件 t.csv 第 3 行 第 2 列：第 3 行开始的引号直到第 5 行才结束",
    )
  })

  it("keeps a multi-line cell that holds no rows", () => {
    const t = read('项目,三级指标,年度指标值\nP,"第一行\n第二行，仍是一段话",1\nP,B,2')
    expect(t.rejected).toEqual([])
    expect(t.units[0]!.projects[0]!.indicators.map((i) => i.at.row)).toEqual([2, 4])
  })

  it("fails with csv_unreadable at the line and column where a quote never closed opens, in Chinese", () => {
    const content = '项目,三级指标,年度指标值\r\nP,N,1\r\nP,"M,2\r\nP,K,3\nP,L,4\n'
    const error = Effect.runSync(Effect.flip(parseCsvTable(content, "t.csv")))
    expect(error).toMatchObject({ code: "csv_unreadable", file: "t.csv", row: 3, column: 2 })
    expect(error.data).toEqual({ detail: "quote_not_closed" })
    const message = formatTableReadError(error)
    expect(message).toMatch(
      /^文件 t\.csv 第 3 行 第 2 列：CSV 格式错误：这里开始的引号直到文件末尾都没有闭合/,
    )
    expect(message).not.toMatch(/[A-Za-z]{4,}/) // csv-parse's "Quote Not Closed" never reaches the user
  })
})
