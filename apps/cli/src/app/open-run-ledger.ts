/**
 * How every `run` starts, year-end or monitoring: its paths checked for overlap (a ledger at an input's
 * or a report's path would be created over it, or overwritten by it), the ledger's folder made, the run
 * lock taken (a stale one noted in the log) and the ledger opened, all before anything is read or written:
 * a ledger that cannot be used stops the run before its reports replace the last recorded ones.
 */
import { dirname } from "node:path"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"
import { openLedger, scopedRunLock } from "../ledger/index.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import type { RunLog } from "../present/run-log.ts"
import { findOverlap, type RunPath } from "./path-overlap.ts"
import { pathOverlapMessage } from "./path-overlap-messages.ts"

export const openRunLedger = (
  configFile: string,
  paths: ReadonlyArray<RunPath>,
  ledgerPath: string,
  options: { readonly waitMs: number; readonly log: RunLog },
) =>
  Effect.gen(function* () {
    const overlap = findOverlap(paths)
    if (overlap !== null)
      return yield* new CliFailure({
        code: "paths_overlap",
        message: pathOverlapMessage(configFile, overlap),
      })
    const fs = yield* FileSystem.FileSystem
    yield* fs
      .makeDirectory(dirname(ledgerPath), { recursive: true })
      .pipe(
        Effect.mapError(
          () =>
            new CliFailure({ code: "ledger", message: cliText.ledgerFolderUnwritable(dirname(ledgerPath)) }),
        ),
      )
    const lock = yield* scopedRunLock(ledgerPath, { waitMs: options.waitMs })
    if (lock.note) options.log.event("stale_lock", lock.note)
    return yield* openLedger(ledgerPath)
  })
