/** The seed target table and its sample actuals and budget, read once for the fuzz tests that assess. */
import {
  type ActualsTable,
  type BudgetTable,
  parseActualsTable,
  parseBudgetTable,
  parseTable,
  type TargetTable,
} from "@jixiao/core"
import { Effect } from "effect"
import { SEED, sampleActuals, sampleBudget, seedText } from "./arbitraries.ts"

const bytes = (text: string) => new TextEncoder().encode(text)

/** The seed (168 indicators), the sample actuals and the sample budget. */
export const seedTables = (): Promise<{ table: TargetTable; actuals: ActualsTable; budget: BudgetTable }> =>
  Effect.runPromise(
    Effect.all({
      table: parseTable({ file: SEED, bytes: bytes(seedText) }),
      actuals: parseActualsTable({ file: "seeds/sample-actuals-2024.csv", bytes: bytes(sampleActuals) }),
      budget: parseBudgetTable({ file: "seeds/sample-budget-2024.csv", bytes: bytes(sampleBudget) }),
    }),
  )
