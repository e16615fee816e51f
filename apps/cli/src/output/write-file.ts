import { basename, dirname, join, resolve, sep } from "node:path"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"

/** True when the resolved `target` lies strictly inside `dir` (not `dir` itself, not `../x`, not `/etc/x`). */
const inside = (dir: string, target: string): boolean => {
  const base = resolve(dir)
  return target.startsWith(base.endsWith(sep) ? base : `${base}${sep}`)
}

/**
 * Writes `name` inside `dir` whole or not at all: the contents (text as UTF-8, or bytes) go to a temporary
 * file beside it, then are renamed over the target, so a run killed midway never leaves half a report.
 * A name that would land outside `dir` (`../x`, an absolute path) is refused: report file names come from
 * renderers, and a renderer's bug must not write elsewhere.
 */
export const writeFileAtomic = (dir: string, name: string, contents: string | Uint8Array) =>
  Effect.gen(function* () {
    const target = resolve(dir, name)
    if (!inside(dir, target)) {
      return yield* new CliFailure({ message: `拒绝写入 ${name}：文件名会落在输出目录 ${dir} 之外` })
    }
    const fs = yield* FileSystem.FileSystem
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
    const write = (path: string) =>
      typeof contents === "string" ? fs.writeFileString(path, contents) : fs.writeFile(path, contents)
    yield* fs.makeDirectory(dirname(target), { recursive: true })
    yield* write(temporary)
    yield* fs.rename(temporary, target)
    return join(dir, name)
  }).pipe(
    Effect.mapError((error) =>
      error instanceof CliFailure
        ? error
        : new CliFailure({ message: `无法写入输出目录 ${dir}：${error.message}` }),
    ),
  )
