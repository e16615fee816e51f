/**
 * Fuzz: Excel target tables (`parseXlsxTable`) on random workbooks built with exceljs (hidden sheets,
 * title rows, merged cells, formulas, rich text, errors, dates) and on damaged workbook bytes. Never a
 * defect or a hang; hidden sheets are never read; every indicator is read from the cell it names.
 */
import { parseActualsTable, parseXlsxTable, TARGET_TABLE_HEADER } from "@jixiao/core"
import { Effect, Exit } from "effect"
import ExcelJS from "exceljs"
import * as fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import { cellText, damaged, targetText } from "./arbitraries.ts"
import { expectNoDefect, runs, timedAsync, timeout } from "./support.ts"

/** A value exceljs can write into a cell. */
const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 6, arbitrary: cellText },
  { weight: 2, arbitrary: targetText },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e12, max: 1e12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc
      .oneof(cellText, fc.integer(), fc.constant(undefined))
      .map((result) => ({ formula: "A1&B1", result }) as ExcelJS.CellFormulaValue),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(cellText, { minLength: 1, maxLength: 3 })
      .map((texts) => ({ richText: texts.map((text) => ({ text })) }) as ExcelJS.CellRichTextValue),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }) as fc.Arbitrary<ExcelJS.CellValue>,
  },
  {
    weight: 1,
    // exceljs writes a link without text as the JSON of the object: only links with text are links.
    arbitrary: cellText
      .filter((text) => text !== "")
      .map((text) => ({ text, hyperlink: "https://example.org" }) as ExcelJS.CellHyperlinkValue),
  },
  { weight: 1, arbitrary: fc.constant(null) },
)

/** What jixiao shows for a value it wrote itself (the oracle of the place check). */
const shown = (v: ExcelJS.CellValue | undefined): string => {
  if (v === null || v === undefined) return ""
  if (typeof v === "number" || typeof v === "boolean") return String(v)
  if (typeof v === "string") return v
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if ("richText" in v) return v.richText.map((r) => r.text).join("")
  if ("error" in v) return v.error
  if ("formula" in v) return shown(v.result as ExcelJS.CellValue)
  if ("hyperlink" in v) return shown(v.text as ExcelJS.CellValue)
  return ""
}

/**
 * Text as an XML reader hands it back: a carriage return as a line feed (XML 1.0 §2.11), and without
 * the control characters XML cannot hold (exceljs writes them raw; Excel never does).
 */
const asXmlKeepsIt = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")

const HEADERS = [...TARGET_TABLE_HEADER]
const STATES: ReadonlyArray<ExcelJS.WorksheetState> = [
  "visible",
  "visible",
  "visible",
  "hidden",
  "veryHidden",
]

/** A sheet: its state, title rows, whether it has the header, data rows, and vertical merges. */
/** A row under the header: mostly a plausible indicator row, sometimes anything. */
const dataRow = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(
      fc.oneof(fc.constantFrom("单位甲", "单位乙"), value),
      fc.oneof(fc.constantFrom("企业服务", "设备购置"), value),
      value,
      fc.oneof(fc.constantFrom("产出指标", "效益指标"), value),
      fc.oneof(fc.constantFrom("数量指标", "质量指标"), value),
      fc.oneof(fc.constantFrom("服务企业数量", "合格率", "完成时间"), value),
      fc.oneof(targetText, value),
      fc.oneof(targetText, value),
    ),
  },
  { weight: 1, arbitrary: fc.array(value, { maxLength: 9 }) },
)

const sheet = fc.record({
  state: fc.constantFrom(...STATES),
  titles: fc.array(fc.oneof(cellText, fc.constant("部门名称：测试局")), { maxLength: 3 }),
  header: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  rows: fc.array(dataRow, { maxLength: 12, size: "medium" }),
  merges: fc.array(
    fc.record({
      column: fc.integer({ min: 1, max: 3 }),
      row: fc.nat(),
      span: fc.integer({ min: 2, max: 3 }),
    }),
    {
      maxLength: 3,
    },
  ),
})
const workbook = fc.array(sheet, { minLength: 1, maxLength: 3 })

type Sheet = typeof sheet extends fc.Arbitrary<infer S> ? S : never

/** The workbook's bytes, and each sheet's grid as the cells show it (merged cells showing their first). */
const build = async (sheets: ReadonlyArray<Sheet>) => {
  const book = new ExcelJS.Workbook()
  const grids = sheets.map((s, index) => {
    const ws = book.addWorksheet(`表${index + 1}`, { state: s.state })
    const rows: ExcelJS.CellValue[][] = [
      ...s.titles.map((t) => [t]),
      ...(s.header ? [HEADERS] : []),
      ...s.rows,
    ]
    rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        ws.getCell(r + 1, c + 1).value = v
      })
    })
    const grid = rows.map((cells) => cells.map((v) => asXmlKeepsIt(shown(v))))
    let free = 0 // merges are placed top to bottom so that none overlaps another
    for (const m of s.merges) {
      const top = Math.max(free, (m.row % Math.max(rows.length, 1)) + 1)
      const bottom = top + m.span - 1
      if (bottom > rows.length) break
      ws.mergeCells(top, m.column, bottom, m.column)
      for (let r = top + 1; r <= bottom; r++) {
        grid[r - 1] ??= []
        grid[r - 1]![m.column - 1] = grid[top - 1]?.[m.column - 1] ?? ""
      }
      free = bottom + 1
    }
    return { name: ws.name, state: s.state, grid }
  })
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), grids }
}

describe("fuzz: parseXlsxTable", () => {
  it(
    "reads random workbooks to a table from a visible sheet, each indicator from the cell it names",
    async () => {
      let read = 0
      await fc.assert(
        fc.asyncProperty(workbook, async (sheets) => {
          const { bytes, grids } = await build(sheets)
          const exit = await timedAsync(() => Effect.runPromiseExit(parseXlsxTable(bytes, "t.xlsx")))
          const table = expectNoDefect(exit, "TableReadError")
          if (Exit.isFailure(exit) || "_tag" in table) return
          for (const indicator of table.units.flatMap((u) => u.projects).flatMap((p) => p.indicators)) {
            const { sheet: name, row, column } = indicator.at
            const grid = grids.find((g) => g.name === name)!
            expect(grid.state).toBe("visible")
            expect(grid.grid[row - 1]![column! - 1]!.trim()).toBe(indicator.name)
            read++
          }
        }),
        { ...runs(60), timeout: 5_000 },
      )
      expect(read, "the generator reaches the reading paths, not only refusals").toBeGreaterThan(40)
    },
    timeout(20_000),
  )

  describe("on damaged bytes", () => {
    let valid: Uint8Array
    beforeAll(async () => {
      valid = (
        await build([
          {
            state: "visible",
            titles: ["部门名称：测试局"],
            header: true,
            rows: [["U", "P", "", "", "", "N", "≥1", "≥1"]],
            merges: [],
          },
        ])
      ).bytes
    })

    it(
      "answers a flipped, cut or padded workbook with a table or a typed read error, never a defect",
      async () => {
        await fc.assert(
          fc.asyncProperty(damaged(valid), async (bytes) => {
            for (const read of [
              parseXlsxTable(bytes, "t.xlsx"),
              parseActualsTable({ file: "a.xlsx", bytes }),
            ]) {
              expectNoDefect(
                await timedAsync(() =>
                  Effect.runPromiseExit(read as Effect.Effect<unknown, { _tag: string }>),
                ),
                "TableReadError",
              )
            }
          }),
          { ...runs(100), timeout: 5_000 },
        )
      },
      timeout(20_000),
    )
  })
})
