/**
 * What jixiao agrees to read as an input (a target table, an actuals or budget sheet, a policy, a
 * results.json): a regular file of at most {@link INPUT_FILE_LIMIT} bytes. A directory, a FIFO or a device
 * (`--actuals /dev/zero` grew to 8.6 GB) is refused before anything opens it, with one Chinese line naming
 * the file; a file that grows while it is read is cut off at the limit.
 */
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { type PlatformError, type SystemErrorTag, systemError } from "effect/PlatformError"
import { CliFailure } from "../errors.ts"
import { fileReadMessage } from "../present/file-error.ts"
import type { InputFileProblem } from "../present/input-file.ts"
import { inputFileMessage } from "../present/input-file.ts"
import { isXlsFile, xlsAsXlsx } from "./xls-convert.ts"

/**
 * The largest input file read, in bytes: 500 MB, the same for every input. A target table of 10⁶
 * indicators (`pnpm bench`) is about 210 MB; the whole-file readers (Excel, CSV in GBK or UTF-16, text
 * tables) hold a file as one string, which V8 caps at about 512 M characters.
 */
export const INPUT_FILE_LIMIT = 500 * 2 ** 20

export type { InputFileProblem }

/** The problem with a file of this kind and size, or null when it may be read. */
export const inputFileProblem = (
  info: { readonly type: FileSystem.File.Type; readonly size: bigint | number },
  limit = INPUT_FILE_LIMIT,
): InputFileProblem | null => {
  if (info.type !== "File") return { code: "not_regular_file", type: info.type }
  const size = Number(info.size)
  return size > limit ? { code: "input_too_large", size, limit } : null
}

const refuse = (file: string, problem: InputFileProblem) =>
  new CliFailure({ code: "input_unreadable", message: inputFileMessage(file, problem) })

/**
 * Fails with one Chinese line unless `file` is a regular file of at most `limit` bytes (a link is
 * followed): missing, unreadable, a directory, a FIFO, a device, or too large.
 */
export const requireInputFile = (
  file: string,
  limit = INPUT_FILE_LIMIT,
): Effect.Effect<void, CliFailure, FileSystem.FileSystem> =>
  FileSystem.FileSystem.use((fs) => fs.stat(file)).pipe(
    Effect.mapError(
      (error) => new CliFailure({ code: "input_unreadable", message: fileReadMessage(file, error) }),
    ),
    Effect.flatMap((info) => {
      const problem = inputFileProblem(info, limit)
      return problem === null ? Effect.void : Effect.fail(refuse(file, problem))
    }),
  )

/**
 * The bytes of an input file, checked first by {@link requireInputFile}; a legacy `.xls` comes back as
 * the bytes of the .xlsx LibreOffice converts it to (io/xls-convert.ts), under the same limit.
 */
export const readInputFile = (
  file: string,
  limit = INPUT_FILE_LIMIT,
): Effect.Effect<Uint8Array, CliFailure, FileSystem.FileSystem> => {
  const read = readFileBytes(file, limit)
  return isXlsFile(file) ? Effect.flatMap(read, (bytes) => xlsAsXlsx(file, bytes, limit)) : read
}

const readFileBytes = (
  file: string,
  limit: number,
): Effect.Effect<Uint8Array, CliFailure, FileSystem.FileSystem> =>
  Effect.andThen(
    requireInputFile(file, limit),
    FileSystem.FileSystem.use((fs) => fs.readFile(file)).pipe(
      Effect.mapError(
        (error) => new CliFailure({ code: "input_unreadable", message: fileReadMessage(file, error) }),
      ),
      Effect.flatMap((bytes) =>
        bytes.length > limit
          ? Effect.fail(refuse(file, { code: "input_too_large", size: bytes.length, limit }))
          : Effect.succeed(bytes),
      ),
    ),
  )

const ERRNO_TAGS: Readonly<Record<string, SystemErrorTag>> = {
  ENOENT: "NotFound",
  ENOTDIR: "NotFound",
  EACCES: "PermissionDenied",
  EPERM: "PermissionDenied",
  EBUSY: "Busy",
}

/** A Node error met while streaming a file, as the failure a whole-file read of it gives. */
export const streamReadFailure = (file: string, error: unknown): CliFailure => {
  if (error instanceof CliFailure) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  const platform: PlatformError = systemError({
    _tag: (code === undefined ? undefined : ERRNO_TAGS[code]) ?? "Unknown",
    module: "FileSystem",
    method: "stream",
    pathOrDescriptor: file,
    cause: error,
  })
  return new CliFailure({ code: "input_unreadable", message: fileReadMessage(file, platform) })
}

/** The refusal of a streamed file that grew past the limit while it was read. */
export const tooLargeWhileRead = (file: string, size: number, limit: number): CliFailure =>
  refuse(file, { code: "input_too_large", size, limit })
