/**
 * Fuzz: what jixiao writes as CSV (reports, templates) cannot run as a formula in a spreadsheet, and what
 * it writes it reads back exactly: any text through `csvDocument`, then `parseActualsTable`.
 */
import { parseActualsTable } from "@jixiao/core"
import { csvCell, csvDocument } from "@jixiao/report"
import { Effect } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cellText } from "./arbitraries.ts"
import { runs, timeout } from "./support.ts"

/** What a spreadsheet would start a formula with (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** A cell's text as a spreadsheet sees it: the quotes of a quoted cell taken off. */
const unquoted = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell)

const text = fc.oneof(
  cellText,
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom("'", "''", "'''", ""),
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", "a"),
      cellText,
    )
    .map((parts) => parts.join("")),
)

describe("fuzz: CSV output", () => {
  it(
    "never starts a written cell with a formula character",
    () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(unquoted(csvCell(value))).not.toMatch(FORMULA_START)
        }),
        runs(2000),
      )
    },
    timeout(5_000),
  )

  it(
    "reads back every value it wrote, as written (trimmed, as every reader of jixiao trims)",
    async () => {
      await fc.assert(
        fc.asyncProperty(text, text, async (name, actual) => {
          fc.pre(!name.includes("\u0000") && !actual.includes("\u0000"))
          const header = ["项目", "三级指标", "实际完成值"]
          const bytes = new TextEncoder().encode(csvDocument([header, ["P", name, actual]]))
          const table = await Effect.runPromise(parseActualsTable({ file: "a.csv", bytes }))
          const [row] = table.rows
          // A multi-line value the reader takes for a quote left open that swallowed rows (it starts with a
          // quote, or a later line has a row's commas: row-shape.ts) is refused as unclosed_quote, said with its
          // line, never misread; only a multi-line value can be.
          const refused = table.rejected.some((r) => r.code === "unclosed_quote")
          if (refused) expect([name, actual].some((v) => /[\r\n]/.test(v))).toBe(true)
          // A row without a name is rejected (no 序号, no 三级指标): then there is nothing to compare.
          else if (name.trim() === "") expect(table.rejected).toHaveLength(1)
          else expect([row?.indicator, row?.actual?.text ?? ""]).toEqual([name.trim(), actual.trim()])
        }),
        runs(1000),
      )
    },
    timeout(10_000),
  )
})
