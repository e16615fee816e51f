/** Reads a run's inputs once: their bytes (for the run id) and what they mean (tables and policy). */
import { formatTableReadError, parseActualsTable, parseBudgetTable, parseTable } from "@jixiao/core"
import type { Policy } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import { CliFailure } from "../errors.ts"
import { readBytes, requireIndicators } from "../input/read-inputs.ts"
import { loadPolicy } from "../input/read-policy.ts"
import { besideConfig, type Config } from "./config.ts"
import { sha256 } from "./run-id.ts"

type Role = "targets" | "actuals" | "budget" | "policy"

const tableFailure = (error: Parameters<typeof formatTableReadError>[0]) =>
  new CliFailure({ message: formatTableReadError(error) })

/** Reads every input named by the config; paths are relative to the config's folder. */
export const readRunInputs = (config: Config, configFile: string) =>
  Effect.gen(function* () {
    const at = (path: string) => besideConfig(configFile, path)
    const digests: Array<{ role: Role; path: string; sha256: string }> = []
    const read = (role: Role, path: string) =>
      Effect.tap(readBytes(at(path)), (bytes) =>
        Effect.sync(() => digests.push({ role, path, sha256: sha256(bytes) })),
      )
    // Tables are labelled with their paths as the config writes them (relative to it), so that reports
    // and messages do not depend on where the folder sits on this machine.
    const table = yield* Effect.flatMap(read("targets", config.inputs.targets), (bytes) =>
      parseTable({ file: config.inputs.targets, bytes }).pipe(
        Effect.mapError(tableFailure),
        Effect.flatMap(requireIndicators),
      ),
    )
    const actualsPath = config.inputs.actuals
    const actuals =
      actualsPath === undefined
        ? undefined
        : yield* Effect.flatMap(read("actuals", actualsPath), (bytes) =>
            parseActualsTable({ file: actualsPath, bytes }).pipe(Effect.mapError(tableFailure)),
          )
    const budgetPath = config.inputs.budget
    const budget =
      budgetPath === undefined
        ? undefined
        : yield* Effect.flatMap(read("budget", budgetPath), (bytes) =>
            parseBudgetTable({ file: budgetPath, bytes }).pipe(Effect.mapError(tableFailure)),
          )
    const policyName = config.policy ?? "national"
    const policy: Policy = yield* loadPolicy(policyName, at(policyName), () => read("policy", policyName))
    return { table, actuals, budget, policy, digests }
  })
