import { describe, expect, it } from "vitest"
import { csvCell, csvDocument } from "./csv-cell.ts"

describe("csvCell", () => {
  it.each([
    ["plain", "不少于150家", "不少于150家"],
    ["comma", "1,420家", '"1,420家"'],
    ["quote", '他说"好"', '"他说""好"""'],
    ["line break", "第一行\n第二行", '"第一行\n第二行"'],
    ["CRLF", "a\r\nb", '"a\r\nb"'],
    ["empty", "", ""],
  ])("quotes per RFC 4180 (%s)", (_, text, expected) => expect(csvCell(text)).toBe(expected))

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2%", "'-2%"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["=1,2", '"\'=1,2"'],
    // Found by fuzzing: `'=1` came back as `=1`, the reader taking its quote for the guard.
    ["'=1", "''=1"],
    ["''+1", "'''+1"],
  ])("guards a would-be formula %j with a leading quote", (text, expected) =>
    expect(csvCell(text)).toBe(expected),
  )

  it("leaves text that only contains formula characters later alone", () => {
    expect(csvCell("A=B+C")).toBe("A=B+C")
    expect(csvCell("'引号'")).toBe("'引号'")
  })

  it("writes numbers as numbers, negative ones too, and null as an empty cell", () => {
    expect(csvCell(18.75)).toBe("18.75")
    expect(csvCell(-3)).toBe("-3")
    expect(csvCell(null)).toBe("")
  })
})

describe("csvDocument", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    expect(
      csvDocument([
        ["单位", "项目"],
        ["a", 1],
      ]),
    ).toBe("\uFEFF单位,项目\r\na,1\r\n")
  })
})
