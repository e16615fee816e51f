import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { LedgerError } from "../ledger/ledger-error.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import { besideConfig } from "./config.ts"

/** The config file read when `--config` is not given, in the current directory. */
export const defaultConfigFile = "jixiao.config.json"

/** The ledger file name when the config does not name one: next to the config. */
export const defaultLedgerFile = "jixiao-ledger.sqlite"

/** Where the ledger of a config is: the config read (and whether it exists), and the ledger file. */
export interface LedgerLookup {
  readonly config: string
  readonly configFound: boolean
  readonly file: string
}

const unreadable = (file: string, detail: string) =>
  new LedgerError({ issue: { code: "config_unreadable", file, detail } })

/**
 * Where the ledger is, from the `ledger` key of the config file: a path relative to the config's folder,
 * `jixiao-ledger.sqlite` next to the config by default. Without `--config`, a missing `jixiao.config.json`
 * means all defaults; a config named with `--config` must exist. `jixiao run` looks in the same places.
 *
 * Reads only the `ledger` key, so that `runs` works with a config that names nothing else; `jixiao run`
 * validates the whole file (apps/cli/src/app/config.ts).
 */
export const ledgerLookupOf = (
  configFile: string | undefined,
): Effect.Effect<LedgerLookup, LedgerError, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const config = configFile ?? defaultConfigFile
    const at = (path: string) => ({ config, configFound: true, file: besideConfig(config, path) })
    const exists = yield* fs.exists(config).pipe(Effect.orElseSucceed(() => false))
    if (!exists) {
      if (configFile === undefined) return { ...at(defaultLedgerFile), configFound: false }
      return yield* unreadable(config, cliText.configMissing)
    }
    const text = yield* fs
      .readFileString(config)
      .pipe(Effect.mapError((error) => unreadable(config, error.message)))
    const json = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (error) =>
        unreadable(config, cliText.configNotJson(error instanceof Error ? error.message : String(error))),
    })
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      return yield* unreadable(config, cliText.configNotObject)
    }
    const ledger = (json as { readonly ledger?: unknown }).ledger
    if (ledger === undefined) return at(defaultLedgerFile)
    if (typeof ledger !== "string" || ledger.trim() === "") {
      return yield* unreadable(config, cliText.configLedgerKey)
    }
    return at(ledger)
  })

/** The ledger file of a config (see `ledgerLookupOf`). */
export const ledgerPathOf = (
  configFile: string | undefined,
): Effect.Effect<string, LedgerError, FileSystem.FileSystem> =>
  Effect.map(ledgerLookupOf(configFile), (lookup) => lookup.file)
