import { readFileSync } from "node:fs"
import { parseActualsTable, parseBudgetTable, parseTextTable } from "@jixiao/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { assess } from "../engine/assess.ts"
import { presets } from "../policy/presets.ts"
import { assessmentToJson, projectToJson, resultsHead, resultsTail } from "./results-json.ts"
import {
  projectSeparator,
  projectText,
  resultsHeadText,
  resultsTailText,
  resultsText,
} from "./results-text.ts"

const root = new URL("../../../../", import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root))

describe("results.json in pieces", () => {
  it("puts together to the whole's text, which is the results as JSON, on the seed and on an empty table", async () => {
    const seed = "seeds/000_6fa372ea3c00e953.txt"
    const table = parseTextTable(read(seed).toString("utf8"), seed)
    const actuals = await Effect.runPromise(
      parseActualsTable({ file: "a.csv", bytes: read("seeds/sample-actuals-2024.csv") }),
    )
    const budget = await Effect.runPromise(
      parseBudgetTable({ file: "b.csv", bytes: read("seeds/sample-budget-2024.csv") }),
    )
    const meta = { engineVersion: "t", inputs: { targets: seed, actuals: "a.csv", budget: "b.csv" } }
    for (const t of [table, { ...table, units: [] }]) {
      const assessment = await assess({ table: t, actuals, budget, policy: presets.national!, year: 2024 })
      const pieces = [
        resultsHeadText(resultsHead(assessment, meta)),
        ...assessment.projects.map(
          (p, i) => projectSeparator(i) + projectText(projectToJson(p, assessment.policy)),
        ),
        resultsTailText(resultsTail(assessment), assessment.projects.length),
      ]
      const results = assessmentToJson(assessment, meta)
      const text = resultsText(results)
      expect(pieces.join("")).toBe(text)
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(results)))
      // The summary keys are indented; each project is one line.
      expect(text.startsWith('{\n  "engine": {\n')).toBe(true)
      const lines = text.split("\n")
      expect(lines.filter((l) => l.startsWith('    {"unit":'))).toHaveLength(results.projects.length)
    }
  })
})
