/**
 * What a run says while it works: human lines in Chinese (with a progress bar on a terminal), or one JSON
 * object per line for log collectors (`--log-format json`), or nothing but errors (`--quiet`). All of it
 * goes to stderr, so stdout stays clean for the summary.
 */
export type LogFormat = "human" | "json"

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
    write(`${JSON.stringify({ time: now().toISOString(), level: "info", event, message: text, ...data })}\n`)
  return {
    step: (index, total, event, text) => {
      if (quiet) return
      if (format === "json") return json(event, text, { step: index, steps: total })
      if (tty) {
        write(`\r\x1b[2K${bar(index, total)} ${text}`)
        progress = true
      } else write(`${text}\n`)
    },
    event: (event, text, data) => {
      if (quiet) return
      if (format === "json") return json(event, text, data)
      if (progress) write("\r\x1b[2K")
      progress = false
      write(`${text}\n`)
    },
    done: () => {
      if (progress) write("\r\x1b[2K")
      progress = false
    },
  }
}
