/**
 * The ledger a reader (`jixiao runs`) uses: the one `jixiao run` would write for the same config. When it
 * does not exist, the failure says where it looked and which config files nearby have a ledger, because
 * the usual cause is a run made with `--config` elsewhere (`jixiao run --config seeds/seed-2024.config.json`
 * then `jixiao runs list`).
 */
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { LedgerError } from "../ledger/ledger-error.ts"
import { ledgerLookupOf } from "./ledger-path.ts"

/** Folders never searched for configs: dependencies, build output, version control. */
const skipped = new Set(["node_modules", "dist", "out"])

/** How many configs with a ledger a message lists. */
const nearbyLimit = 5

/** A config file by its name: `jixiao.config.json`, `seed-2024.config.json`. */
const isConfigName = (name: string) => name.endsWith(".config.json")

const entries = (fs: FileSystem.FileSystem, dir: string) =>
  fs.readDirectory(dir).pipe(
    Effect.map((names) => [...names].sort()),
    Effect.orElseSucceed((): ReadonlyArray<string> => []),
  )

const isDirectory = (fs: FileSystem.FileSystem, path: string) =>
  fs.stat(path).pipe(
    Effect.map((info) => info.type === "Directory"),
    Effect.orElseSucceed(() => false),
  )

/**
 * Config files in `dir` and its subfolders one level down (`*.config.json`) whose ledger exists, as paths
 * under `dir`, sorted; at most `nearbyLimit`.
 */
export const nearbyLedgerConfigs = (
  dir: string,
): Effect.Effect<ReadonlyArray<string>, never, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const candidates: Array<string> = []
    for (const name of yield* entries(fs, dir)) {
      const path = dir === "." ? name : join(dir, name)
      if (isConfigName(name)) candidates.push(path)
      else if (!name.startsWith(".") && !skipped.has(name) && (yield* isDirectory(fs, path))) {
        for (const inner of yield* entries(fs, path))
          if (isConfigName(inner)) candidates.push(join(path, inner))
      }
    }
    const found: Array<string> = []
    for (const config of candidates) {
      if (found.length >= nearbyLimit) break
      const lookup = yield* ledgerLookupOf(config).pipe(Effect.option)
      if (lookup._tag === "None") continue
      if (yield* fs.exists(lookup.value.file).pipe(Effect.orElseSucceed(() => false))) found.push(config)
    }
    return found
  })

/**
 * The ledger file of `configFile` (or of `jixiao.config.json` in the current folder), which must exist:
 * otherwise `no_ledger`, with the paths tried and, without `--config`, the configs nearby that have one.
 */
export const findLedger = (
  configFile: string | undefined,
): Effect.Effect<string, LedgerError, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const lookup = yield* ledgerLookupOf(configFile)
    if (yield* fs.exists(lookup.file).pipe(Effect.orElseSucceed(() => false))) return lookup.file
    const nearby = configFile === undefined ? yield* nearbyLedgerConfigs(".") : []
    return yield* new LedgerError({
      issue: {
        code: "no_ledger",
        file: lookup.file,
        tried: [
          {
            kind: configFile === undefined ? "config_default" : "config_flag",
            path: lookup.config,
            found: lookup.configFound,
          },
          { kind: "ledger", path: lookup.file, found: false },
        ],
        nearby,
      },
    })
  })
