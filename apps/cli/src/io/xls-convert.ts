/**
 * Legacy .xls (Excel 97-2003, BIFF8) inputs, read by converting them to .xlsx with LibreOffice headless
 * and handing the .xlsx bytes to core's readers under the original file name (core reads any zip archive
 * as a workbook, so its messages still name `完成值.xls`, row and column).
 *
 * Why LibreOffice and not a reader on npm: the one BIFF8 reader there, `xlsx` 0.18.5, has open advisories
 * for crafted files (prototype pollution, ReDoS) fixed only in releases published elsewhere. LibreOffice
 * runs as a separate process on a copy of the file in a private temporary folder with its own profile
 * (so it never joins a LibreOffice the user has open), is killed with its process group after
 * {@link xlsTimeoutSeconds}, and its output passes the same limits as any .xlsx: the input size limit
 * here, then core's checks of sheets, cells and zip sizes. Without LibreOffice the file is refused with a
 * Chinese line saying how to convert it.
 */
import { spawn } from "node:child_process"
import { accessSync, constants, rmSync } from "node:fs"
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { basename, delimiter, dirname, extname, join } from "node:path"
import { pathToFileURL } from "node:url"
import * as Effect from "effect/Effect"
import { CliFailure } from "../errors.ts"
import { onStop } from "../interrupt.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import { type XlsProblem, xlsProblemMessage } from "../present/xls-conversion.ts"

/** Whether a file is read through the .xls conversion: by its extension, in any case. */
export const isXlsFile = (file: string): boolean => extname(file).toLowerCase() === ".xls"

/** `D0 CF 11 E0 A1 B1 1A E1`: an OLE2 compound file, which a BIFF8 workbook is. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const isOle2 = (bytes: Uint8Array): boolean => OLE2.every((b, i) => bytes[i] === b)
/** `PK\x03\x04`: an .xlsx saved under an .xls name, which core reads as it is. */
const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** How long a conversion may take: 120 s, or `JIXIAO_XLS_TIMEOUT_SECONDS` (for slow machines and tests). */
export const xlsTimeoutSeconds = (): number => {
  const given = Number(process.env.JIXIAO_XLS_TIMEOUT_SECONDS)
  return Number.isFinite(given) && given > 0 ? given : 120
}

/** The LibreOffice command: `JIXIAO_SOFFICE`, else `soffice` or `libreoffice` on the PATH; null without one. */
export const findSoffice = (): string | null => {
  const given = process.env.JIXIAO_SOFFICE
  if (given !== undefined) return given === "" ? null : given
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter((d) => d !== ""))
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = join(dir, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {}
    }
  return null
}

/** Characters a command line or a file system could trip on: control characters, quotes, separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
const UNSAFE = /[\u0000-\u001f\u007f"'`$\\/:*?<>|]/g

/** The file's name without folder and extension, with {@link UNSAFE} characters replaced. */
const safeBaseName = (file: string): string =>
  basename(file, extname(file)).replace(UNSAFE, "_").replace(/^-/, "_") || "input"

class XlsError extends Error {
  constructor(readonly problem: XlsProblem) {
    super(problem.code)
  }
}

/**
 * Runs soffice to convert `input` into `outDir`, killing its whole process group at the time limit or
 * when the run is interrupted (Ctrl-C, SIGTERM: `signal`), so that no LibreOffice outlives jixiao.
 */
const runSoffice = (
  soffice: string,
  input: string,
  outDir: string,
  profile: string,
  signal: AbortSignal,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const seconds = xlsTimeoutSeconds()
    const child = spawn(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        input,
      ],
      { detached: true, stdio: ["ignore", "ignore", "pipe"] },
    )
    let stderr = ""
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString("utf8")
    })
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL")
      } catch {}
    }
    const timer = setTimeout(() => {
      killGroup()
      reject(new XlsError({ code: "xls_timeout", seconds }))
    }, seconds * 1000)
    signal.addEventListener("abort", killGroup, { once: true })
    // A stop signal (SIGTERM, Ctrl-C) ends jixiao before the fiber's interruption reaches this promise.
    const unregister = onStop(() => {
      killGroup()
      rmSync(dirname(input), { recursive: true, force: true })
    })
    child.on("error", (error) => {
      clearTimeout(timer)
      unregister()
      reject(new XlsError({ code: "xls_conversion_failed", detail: error.message }))
    })
    child.on("exit", (code, exitSignal) => {
      clearTimeout(timer)
      signal.removeEventListener("abort", killGroup)
      unregister()
      if (code === 0) resolve()
      else {
        const line = stderr.split("\n").find((l) => l.trim() !== "" && !l.includes("javaldx"))
        const detail =
          line?.trim() ?? (exitSignal ? cliText.xlsKilled(exitSignal) : cliText.xlsExitCode(code))
        reject(new XlsError({ code: "xls_conversion_failed", detail }))
      }
    })
  })

/** Converts BIFF8 bytes to .xlsx bytes in a private temporary folder, removed afterwards. */
const convert = async (
  file: string,
  soffice: string,
  bytes: Uint8Array,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array> => {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-xls-"))
  try {
    // The copy keeps the file's own name: LibreOffice names the sheet of a file it reads as text after
    // it, and that sheet is what messages then name.
    const input = join(dir, `${safeBaseName(file)}.xls`)
    const outDir = join(dir, "out")
    await writeFile(input, bytes, { mode: 0o600 })
    await runSoffice(soffice, input, outDir, join(dir, "profile"), signal)
    const made = (await readdir(outDir).catch(() => [])).find((n) => n.toLowerCase().endsWith(".xlsx"))
    if (made === undefined) throw new XlsError({ code: "xls_conversion_failed", detail: cliText.xlsNoOutput })
    const output = join(outDir, made)
    const { size } = await stat(output)
    if (size > limit) throw new XlsError({ code: "xls_too_large", size, limit })
    return new Uint8Array(await readFile(output))
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

/**
 * The bytes core should read for an input `file` (as the user wrote it): an .xls converted to .xlsx, an
 * .xlsx saved under an .xls name as it is, anything else under an .xls name refused.
 */
export const xlsAsXlsx = (
  file: string,
  bytes: Uint8Array,
  limit: number,
): Effect.Effect<Uint8Array, CliFailure> => {
  const refuse = (problem: XlsProblem) =>
    new CliFailure({
      code: "table_unreadable",
      message: xlsProblemMessage(file, problem),
      data: { file, ...problem },
    })
  if (isZip(bytes)) return Effect.succeed(bytes)
  if (!isOle2(bytes)) return Effect.fail(refuse({ code: "xls_not_workbook" }))
  const soffice = findSoffice()
  if (soffice === null) return Effect.fail(refuse({ code: "xls_needs_libreoffice" }))
  return Effect.tryPromise({
    try: (signal) => convert(file, soffice, bytes, limit, signal),
    catch: (error) =>
      refuse(
        error instanceof XlsError
          ? error.problem
          : { code: "xls_conversion_failed", detail: error instanceof Error ? error.message : String(error) },
      ),
  })
}
