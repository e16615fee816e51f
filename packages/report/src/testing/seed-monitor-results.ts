/**
 * Test support, the one builder of the seed's monitoring results: the seed target table with the sample
 * monitoring sheet and budget of 2024-07, national policy, as of 2024-07-31, monitored in-process as
 * `jixiao monitor` monitors it, as results.json.
 */
import { readFileSync } from "node:fs"
import { parseBudgetTable, parseMonitorTable, parseTextTable } from "@jixiao/core"
import { type MonitorResultsJson, monitor, monitoringToJson, presets } from "@jixiao/scoring"
import { Effect } from "effect"
import { SEED_TARGETS } from "./seed-results.ts"

const root = new URL("../../../../", import.meta.url)
export const SEED_MONITOR = "seeds/sample-monitor-2024-07.csv"
export const SEED_MONITOR_BUDGET = "seeds/sample-budget-2024-07.csv"
export const SEED_AS_OF = "2024-07-31"

const bytes = (file: string) => readFileSync(new URL(file, root))

const cached = new Map<string, Promise<MonitorResultsJson>>()

/** results.json of the seed's monitoring run (cached per option: treat it as read-only). */
export const seedMonitorResults = ({ budget = true }: { readonly budget?: boolean } = {}) => {
  const key = String(budget)
  let results = cached.get(key)
  if (results === undefined) {
    results = (async () => {
      const table = parseTextTable(bytes(SEED_TARGETS).toString("utf8"), SEED_TARGETS)
      const sheet = await Effect.runPromise(
        parseMonitorTable({ file: SEED_MONITOR, bytes: bytes(SEED_MONITOR) }),
      )
      const budgetTable = budget
        ? await Effect.runPromise(
            parseBudgetTable({ file: SEED_MONITOR_BUDGET, bytes: bytes(SEED_MONITOR_BUDGET) }),
          )
        : undefined
      const run = await monitor({
        table,
        sheet,
        budget: budgetTable,
        policy: presets.national!,
        asOf: SEED_AS_OF,
      })
      if (!run.ok) throw new Error(`the seed's as-of date is refused: ${run.code}`)
      const inputs = {
        targets: SEED_TARGETS,
        actuals: SEED_MONITOR,
        budget: budget ? SEED_MONITOR_BUDGET : null,
      }
      return monitoringToJson(run.value, { engineVersion: "test", inputs })
    })()
    cached.set(key, results)
  }
  return results
}
