import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"

/**
 * Writes `name` inside `dir` whole or not at all: the text goes to a temporary file beside it, then is
 * renamed over the target, so a run killed midway never leaves half a report.
 */
export const writeFileAtomic = (dir: string, name: string, text: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const target = join(dir, name)
    const temporary = join(dir, `.${name}.${process.pid}.tmp`)
    yield* fs.makeDirectory(dir, { recursive: true })
    yield* fs.writeFileString(temporary, text)
    yield* fs.rename(temporary, target)
    return target
  }).pipe(
    Effect.mapError((error) => new CliFailure({ message: `无法写入输出目录 ${dir}：${error.message}` })),
  )
