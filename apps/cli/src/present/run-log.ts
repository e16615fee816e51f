/**
 * What a run says while it works: human lines in Chinese (with a progress bar on a terminal), or one JSON
 * object per line for log collectors (`--log-format json`), or nothing but errors (`--quiet`). All of it
 * goes to stderr, so stdout stays clean for the summary.
 */
import { terminalLines } from "./terminal-text.ts"

export type LogFormat = "human" | "json"

/**
 * One JSON line: JSON.stringify escapes C0 controls but leaves DEL, C1 and bidi controls raw, which act
 * when the log is read on a terminal; they are written as \u escapes too (still the same JSON).
 */
const jsonLine = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  )

export interface RunLog {
  /** A step of the run: human mode shows it (as a progress bar on a TTY), JSON mode logs it. */
  readonly step: (index: number, total: number, event: string, text: string) => void
  /** A notable event with data. */
  readonly event: (event: string, text: string, data?: Readonly<Record<string, unknown>>) => void
  /** Ends the progress line, if one is showing. */
  readonly done: () => void
}

const bar = (index: number, total: number, width = 24) => {
  const filled = Math.round((index / total) * width)
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${index}/${total}`
}

export const makeRunLog = (options: {
  readonly format: LogFormat
  readonly quiet: boolean
  readonly tty: boolean
  readonly now: () => Date
  readonly write: (line: string) => void
}): RunLog => {
  const { format, quiet, tty, now, write } = options
  let progress = false
  const json = (event: string, text: string, data?: Readonly<Record<string, unknown>>) =>
    write(`${jsonLine({ time: now().toISOString(), level: "info", event, message: text, ...data })}\n`)
  return {
    step: (index, total, event, text) => {
      if (quiet) return
      if (format === "json") return json(event, text, { step: index, steps: total })
      if (tty) {
        write(`\r\x1b[2K${bar(index, total)} ${terminalLines(text)}`)
        progress = true
      } else write(`${terminalLines(text)}\n`)
    },
    event: (event, text, data) => {
      if (quiet) return
      if (format === "json") return json(event, text, data)
      if (progress) write("\r\x1b[2K")
      progress = false
      write(`${terminalLines(text)}\n`)
    },
    done: () => {
      if (progress) write("\r\x1b[2K")
      progress = false
    },
  }
}
