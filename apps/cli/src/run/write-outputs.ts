import { join } from "node:path"
import type { ReportFile } from "@jixiao/report"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { isTemporaryName } from "../output/temporary-name.ts"
import { OutputSet, type WriteOptions } from "../output/write-file.ts"
import { sha256 } from "./run-id.ts"

/** A report file as written (or found already identical) with its digest. */
export interface WrittenOutput {
  readonly name: string
  readonly path: string
  readonly sha256: string
  /** False when the file on disk already had exactly these bytes. */
  readonly written: boolean
}

const bytesOf = (contents: string | Uint8Array) =>
  typeof contents === "string" ? new TextEncoder().encode(contents) : contents

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0

/**
 * Writes the run's files as one set (each to a temporary file, then all renamed; see OutputSet), skipping
 * files whose bytes are already on disk: a rerun with unchanged inputs touches nothing, and a failure
 * midway (a full disk) leaves the previous reports whole.
 */
export const writeOutputs = (dir: string, files: ReadonlyArray<ReportFile>, options: WriteOptions = {}) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const set = new OutputSet(dir, options)
    return yield* set.writeWith(
      Effect.forEach(files, (file) =>
        Effect.gen(function* () {
          const bytes = bytesOf(file.contents)
          const path = join(dir, file.name)
          // A link is never read through either: OutputSet refuses it (or replaces it) when staging.
          const isFile = yield* fs.lstat(path).pipe(
            Effect.map((info) => info.type === "File"),
            Effect.orElseSucceed(() => false),
          )
          const existing = isFile
            ? yield* fs.readFile(path).pipe(Effect.orElseSucceed(() => undefined))
            : undefined
          const unchanged = existing !== undefined && sameBytes(existing, bytes)
          if (!unchanged) yield* set.stage({ name: file.name, contents: bytes })
          return { name: file.name, path, sha256: sha256(bytes), written: !unchanged } satisfies WrittenOutput
        }),
      ),
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
