import { describe, expect, it } from "vitest"
import { markdownCell, markdownTable, markdownText } from "./markdown-text.ts"

describe("markdownCell", () => {
  it.each([
    ["a pipe, which would split the cell", "合格率|优秀率", "合格率\\|优秀率"],
    [
      "line breaks, which would end the row",
      "第一行\n第二行\r\n第三行\r第四",
      "第一行<br>第二行<br>第三行<br>第四",
    ],
    ["emphasis", "*重点*与__加粗__", "\\*重点\\*与\\_\\_加粗\\_\\_"],
    ["a link", "[说明](http://x)", "\\[说明](http://x)"],
    ["HTML", "<script>", "\\<script>"],
    ["code", "`x`", "\\`x\\`"],
    ["strikethrough", "80~100", "80\\~100"],
    ["a backslash", "a\\b", "a\\\\b"],
    ["an entity", "&amp; &#38;", "&amp;amp; &amp;#38;"],
  ])("escapes %s", (_, text, expected) => expect(markdownCell(text)).toBe(expected))

  it("leaves what Markdown reads literally as written", () => {
    expect(markdownCell("000_6fa372ea3c00e953.txt")).toBe("000_6fa372ea3c00e953.txt")
    expect(markdownCell("≥ 95%（>=）；R&D")).toBe("≥ 95%（>=）；R&D")
    expect(markdownCell(null)).toBe("")
    expect(markdownCell(18.75)).toBe("18.75")
  })
})

describe("markdownText", () => {
  it.each([
    ["# 标题", "\\# 标题"],
    ["> 引用", "\\> 引用"],
    ["- 列表", "\\- 列表"],
    ["+ 列表", "\\+ 列表"],
    ["1. 有序", "1\\. 有序"],
    ["2) 有序", "2\\) 有序"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["  # 缩进后的标题", "\\# 缩进后的标题"],
  ])("escapes the block start of %j", (text, expected) => expect(markdownText(text)).toBe(expected))

  it.each(["-5%", "1.5万元", "#1号线", "2024年", "=号"])("leaves %j, which opens no block, alone", (text) =>
    expect(markdownText(text)).toBe(text),
  )
})

describe("markdownTable", () => {
  it("writes a header, a delimiter row with alignment, and the rows", () => {
    expect(markdownTable(["a", "b"], [["1", "2"]], ["left", "right"])).toBe(
      "| a | b |\n| --- | ---: |\n| 1 | 2 |",
    )
  })
})
