/**
 * Where `run` writes its step log (to stderr, kept apart from the summary on stdout): the process's stderr,
 * unless a layer gives another stream (`runInMemory` captures it with the rest of stderr).
 */
import * as Context from "effect/Context"

export interface LogStream {
  /** Whether it is a terminal (progress is then drawn in place). */
  readonly tty: boolean
  readonly write: (text: string) => void
}

export const LogStream = Context.Reference<LogStream>("@jixiao/cli/present/LogStream", {
  defaultValue: () => ({
    tty: Boolean(process.stderr.isTTY),
    write: (text) => void process.stderr.write(text),
  }),
})
