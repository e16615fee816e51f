/**
 * Test support, the one builder of the seed's results: the seed target table with the sample actuals and
 * budget, national policy, year 2024, assessed in-process as `jixiao assess` assesses it, as results.json.
 * Every package's tests and the end-to-end tests take the seed's results from here.
 */
import { readFileSync } from "node:fs"
import { parseActualsTable, parseBudgetTable, parseTextTable } from "@jixiao/core"
import { type Assessment, assess, assessmentToJson, presets, type ResultsJson } from "@jixiao/scoring"
import { Effect } from "effect"

const root = new URL("../../../../", import.meta.url)
export const SEED_TARGETS = "seeds/000_6fa372ea3c00e953.txt"
export const SEED_ACTUALS = "seeds/sample-actuals-2024.csv"
export const SEED_BUDGET = "seeds/sample-budget-2024.csv"

const bytes = (file: string) => readFileSync(new URL(file, root))

export interface SeedOptions {
  /** false: as `jixiao assess` leaves it without `--budget` (every project's budget null). */
  readonly budget?: boolean
  /** What the reports print as the engine that made them. */
  readonly engineVersion?: string
}

const assessments = new Map<boolean, Promise<Assessment>>()

/** The seed's assessment itself (its projects' results), with or without the budget (cached: read-only). */
export const seedAssessment = ({ budget = true }: Pick<SeedOptions, "budget"> = {}): Promise<Assessment> => {
  let assessment = assessments.get(budget)
  if (assessment === undefined) {
    assessment = (async () => {
      const table = parseTextTable(bytes(SEED_TARGETS).toString("utf8"), SEED_TARGETS)
      const actuals = await Effect.runPromise(
        parseActualsTable({ file: SEED_ACTUALS, bytes: bytes(SEED_ACTUALS) }),
      )
      const budgetRows = budget
        ? await Effect.runPromise(parseBudgetTable({ file: SEED_BUDGET, bytes: bytes(SEED_BUDGET) }))
        : undefined
      return assess({ table, actuals, budget: budgetRows, policy: presets.national!, year: 2024 })
    })()
    assessments.set(budget, assessment)
  }
  return assessment
}

const cached = new Map<string, Promise<ResultsJson>>()

/** results.json of the seed (cached per options: treat it as read-only). */
export const seedResults = ({
  budget = true,
  engineVersion = "test",
}: SeedOptions = {}): Promise<ResultsJson> => {
  const key = `${budget}\u0000${engineVersion}`
  let results = cached.get(key)
  if (results === undefined) {
    results = (async () => {
      const assessment = await seedAssessment({ budget })
      const inputs = { targets: SEED_TARGETS, actuals: SEED_ACTUALS, budget: budget ? SEED_BUDGET : null }
      return assessmentToJson(assessment, { engineVersion, inputs })
    })()
    cached.set(key, results)
  }
  return results
}
