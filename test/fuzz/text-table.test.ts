/**
 * Fuzz: the published text form (`parseTextTable`). Never throws; every indicator and every rejected row
 * points at a real line, and each cell it read is exactly the text at its recorded column and span.
 */
import { type Cell, parseTable, parseTextTable, type TargetTable } from "@jixiao/core"
import { Effect, Exit } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cellText, seedText, targetText } from "./arbitraries.ts"
import { expectNoDefect, runs, timed, timedAsync, timeout } from "./support.ts"

const seedLines = seedText.split("\n")

const separator = fc.constantFrom("；", ";", "：", "。", "，", " ", "")
/** One numbered item of an indicator cell, sometimes with parts missing or labels misspelt. */
const item = fc
  .record({
    no: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(-1)),
    level1: fc.constantFrom("产出指标", "效益指标", "满意度指标", "1-产出指标", ""),
    level2: fc.constantFrom("数量指标", "质量指标", "时效指标", "成本指标", ""),
    name: fc.oneof(fc.constantFrom("企业数量", "合格率", "完成时间", ""), cellText),
    period: fc.option(targetText),
    annual: fc.option(targetText),
    label: fc.constantFrom("年度指标值", "年度指标", "实施周期指标值", "年度指标值："),
    sep: separator,
  })
  .map((i) =>
    [
      i.no < 0 ? "" : `${i.no}、`,
      i.level1,
      i.sep,
      i.level2,
      i.sep,
      i.name,
      i.period === null ? "" : `${i.sep}实施周期指标值:${i.period}`,
      i.annual === null ? "" : `${i.sep}${i.label}:${i.annual}`,
      "。",
    ].join(""),
  )
const projectLine = fc
  .tuple(cellText, cellText, fc.array(item, { maxLength: 6 }))
  .map(([name, goal, items]) => `${name}\t${goal}\t${items.join(" ")}`)
const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 3, arbitrary: projectLine },
  { weight: 1, arbitrary: fc.array(cellText, { maxLength: 5 }).map((cells) => cells.join("\t")) },
  { weight: 1, arbitrary: cellText },
)
const eol = fc.constantFrom("\n", "\r\n", "\r")
const document = fc
  .tuple(fc.array(line, { maxLength: 40 }), eol, fc.boolean())
  .map(([lines, end, bom]) => `${bom ? "\uFEFF" : ""}${lines.join(end)}`)

/** Each cell an indicator read must be the exact text at its recorded line, column and span. */
const expectCellsInPlace = (content: string, table: TargetTable) => {
  const lines = content.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)
  const check = (cell: Cell | null) => {
    if (cell === null) return
    const { row, column, span } = cell.at
    expect(column).toBeDefined()
    const field = lines[row - 1]!.split("\t")[column! - 1]!
    expect(field.slice(span![0], span![1])).toBe(cell.text)
  }
  for (const project of table.units.flatMap((u) => u.projects)) {
    for (const indicator of project.indicators) {
      check(indicator.annual)
      check(indicator.period)
      expect(indicator.at.row).toBeLessThanOrEqual(lines.length)
    }
  }
  for (const rejection of table.rejected) {
    expect(rejection.at.row).toBeGreaterThanOrEqual(1)
    expect(rejection.at.row).toBeLessThanOrEqual(lines.length)
  }
}

describe("fuzz: parseTextTable", () => {
  it(
    "never throws, and places every cell it read and every row it rejected",
    () => {
      const read = { indicators: 0, rejected: 0 }
      fc.assert(
        fc.property(document, (content) => {
          const table = timed(() => parseTextTable(content, "t.txt"))
          expect(table.format).toBe("text")
          expectCellsInPlace(content, table)
          read.indicators += table.units.flatMap((u) => u.projects).flatMap((p) => p.indicators).length
          read.rejected += table.rejected.length
        }),
        runs(400),
      )
      // The generator must reach the reader's paths, not only its refusals.
      expect(read.indicators).toBeGreaterThan(100)
      expect(read.rejected).toBeGreaterThan(100)
    },
    timeout(10_000),
  )

  it(
    "reads any bytes named .txt to a table or a typed read error",
    async () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        document.map((text) => new TextEncoder().encode(text)),
      )
      await fc.assert(
        fc.asyncProperty(bytes, async (input) => {
          const exit = await timedAsync(() =>
            Effect.runPromiseExit(parseTable({ file: "t.txt", bytes: input })),
          )
          expectNoDefect(exit, "TableReadError")
          if (Exit.isFailure(exit)) return
          expect(exit.value.file).toBe("t.txt")
        }),
        runs(300),
      )
    },
    timeout(10_000),
  )
})
