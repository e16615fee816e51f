/** Test support: the seed's year-end results, built in-process as `jixiao assess` builds results.json. */
import { readFileSync } from "node:fs"
import { parseActualsTable, parseBudgetTable, parseTextTable } from "@jixiao/core"
import { assess, assessmentToJson, presets, type ResultsJson } from "@jixiao/scoring"
import { Effect } from "effect"
import ExcelJS from "exceljs"

const root = new URL("../../../../../", import.meta.url)
const seed = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budget = "seeds/sample-budget-2024.csv"

const bytes = (file: string) => readFileSync(new URL(file, root))

const cached = new Map<boolean, Promise<ResultsJson>>()

/**
 * results.json of the seed with the sample actuals and budget, national policy, year 2024; with
 * `{ budget: false }`, as `jixiao assess` leaves it without `--budget` (every project's budget null).
 */
export const seedResults = ({ budget: withBudget = true } = {}): Promise<ResultsJson> => {
  let results = cached.get(withBudget)
  if (results === undefined) {
    results = (async () => {
      const table = parseTextTable(bytes(seed).toString("utf8"), seed)
      const actualRows = await Effect.runPromise(parseActualsTable({ file: actuals, bytes: bytes(actuals) }))
      const budgetRows = withBudget
        ? await Effect.runPromise(parseBudgetTable({ file: budget, bytes: bytes(budget) }))
        : undefined
      const assessment = assess({
        table,
        actuals: actualRows,
        budget: budgetRows,
        policy: presets.national!,
        year: 2024,
      })
      const inputs = { targets: seed, actuals, budget: withBudget ? budget : null }
      return assessmentToJson(assessment, { engineVersion: "test", inputs })
    })()
    cached.set(withBudget, results)
  }
  return results
}

/** Reads a rendered workbook back, as Excel would open it. */
export const loadWorkbook = async (contents: string | Uint8Array): Promise<ExcelJS.Workbook> => {
  if (typeof contents === "string") throw new Error("an .xlsx renders to bytes")
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(contents.slice().buffer)
  return workbook
}

/** The row whose column A reads `caption`, or undefined. */
export const rowOf = (sheet: ExcelJS.Worksheet, caption: string): number | undefined => {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === caption) return row
  return undefined
}
