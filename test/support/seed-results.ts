/**
 * results.json of the seed with the illustrative samples, built in-process (no CLI, no files written):
 * the same inputs and policy as `jixiao assess … --year 2024`. Paths are the repository's, as the CLI
 * names them when run from its root.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parseActualsTable, parseBudgetTable, parseTextTable } from "@jixiao/core"
import { assess, assessmentToJson, presets, type ResultsJson } from "@jixiao/scoring"
import { Effect } from "effect"
import { root } from "./run-cli.ts"

const targets = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budget = "seeds/sample-budget-2024.csv"
const bytes = (file: string) => readFileSync(join(root, file))

/** The seed's results; `engineVersion` is what the reports print as the engine that made them. */
export const seedResults = (engineVersion = "test"): ResultsJson => {
  const table = parseTextTable(bytes(targets).toString("utf8"), targets)
  const actualsTable = Effect.runSync(parseActualsTable({ file: actuals, bytes: bytes(actuals) }))
  const budgetTable = Effect.runSync(parseBudgetTable({ file: budget, bytes: bytes(budget) }))
  const assessment = assess({
    table,
    actuals: actualsTable,
    budget: budgetTable,
    policy: presets.national!,
    year: 2024,
  })
  return assessmentToJson(assessment, { engineVersion, inputs: { targets, actuals, budget } })
}
