/**
 * results.json of the seed with the illustrative samples, built in-process (no CLI, no files written):
 * the same inputs and policy as `jixiao assess … --year 2024`.
 */
import { readFileSync } from "node:fs"
import { parseActualsTable, parseBudgetTable, parseTextTable } from "@jixiao/core"
import { assess, assessmentToJson, presets, type ResultsJson } from "@jixiao/scoring"
import { Effect } from "effect"

const targets = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budget = "seeds/sample-budget-2024.csv"

export const seedResults = (): ResultsJson => {
  const table = parseTextTable(readFileSync(targets, "utf8"), targets)
  const actualsTable = Effect.runSync(parseActualsTable({ file: actuals, bytes: readFileSync(actuals) }))
  const budgetTable = Effect.runSync(parseBudgetTable({ file: budget, bytes: readFileSync(budget) }))
  const assessment = assess({
    table,
    actuals: actualsTable,
    budget: budgetTable,
    policy: presets.national!,
    year: 2024,
  })
  return assessmentToJson(assessment, { engineVersion: "test", inputs: { targets, actuals, budget } })
}
