import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import { CliFailure } from "../errors.ts"
import { cliText } from "../present/messages-zh-CN.ts"

/** A non-blank stdin line, trimmed, with its 1-based line number (blank lines still count). */
export interface NumberedLine {
  readonly line: number
  readonly text: string
}

/** The non-blank lines of stdin as they arrive, so output can start before input ends. */
export const stdinLines: Stream.Stream<NumberedLine, CliFailure, Stdio.Stdio> = Stream.unwrap(
  Stdio.Stdio.useSync((stdio) => stdio.stdin),
).pipe(
  Stream.decodeText(),
  Stream.splitLines,
  Stream.zipWithIndex,
  Stream.map(([text, index]) => ({
    line: index + 1,
    text: (index === 0 ? text.replace(/^\uFEFF/, "") : text).trim(),
  })),
  Stream.filter((entry) => entry.text !== ""),
  Stream.mapError(
    (error) => new CliFailure({ code: "input_unreadable", message: cliText.stdinUnreadable(error.message) }),
  ),
)
