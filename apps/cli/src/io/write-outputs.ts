import { join } from "node:path"
import type { ReportFile } from "@jixiao/report"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { isTemporaryName } from "./temporary-name.ts"
import { OutputSet, type WriteOptions } from "./write-file.ts"

/**
 * Writes files as one set, skipping those whose bytes are already on disk (see OutputSet.commitChanged,
 * which `run` commits its staged set with): a rerun with unchanged inputs touches nothing, and a failure
 * midway (a full disk) leaves the previous files whole.
 */
export const writeOutputs = (dir: string, files: ReadonlyArray<ReportFile>, options: WriteOptions = {}) =>
  Effect.gen(function* () {
    const set = new OutputSet(dir, options)
    yield* set.check()
    return yield* Effect.forEach(files, (file) => set.stage(file)).pipe(
      Effect.andThen(set.commitChanged()),
      Effect.onExit(() => set.discard()),
    )
  })

/**
 * Removes the temporary files a run killed midway left in the output folder. Call it while holding the
 * run lock: then no other run is writing there.
 */
export const removeLeftovers = (dir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const names = yield* fs.readDirectory(dir).pipe(Effect.orElseSucceed((): ReadonlyArray<string> => []))
    const leftovers = names.filter(isTemporaryName)
    yield* Effect.forEach(leftovers, (name) => fs.remove(join(dir, name)).pipe(Effect.ignore))
    return leftovers
  })
