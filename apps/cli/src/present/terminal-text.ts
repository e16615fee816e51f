/**
 * Input text on its way to a terminal. Names in a table can hold control characters (ESC sequences that
 * clear the screen or recolour it, a newline or CR that fakes a line, backspace) and bidi controls
 * (U+202E turns `exe.txt` into `txt.exe` on screen); printed raw they would act instead of show. Every
 * renderer passes input through {@link terminalText}, which writes them as escapes.
 */

/** C0 controls, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, line/paragraph separators. */
export const CONTROL_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" }

const hex = (c: string, digits: number) => c.codePointAt(0)!.toString(16).padStart(digits, "0")

/** One control character as it is shown: `\n`, `\x1b`, `\u202e`. */
const escaped = (c: string): string =>
  named[c] ?? (c.codePointAt(0)! <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`)

/**
 * Input text made safe to print: control and bidi characters become visible escapes, all else is kept.
 * @example terminalText("单位\x1b[2J") // "单位\\x1b[2J"
 */
export const terminalText = (text: string): string => text.replace(CONTROL_CHARACTERS, escaped)

/** A message of several lines: each line made safe, the line breaks kept. */
export const terminalLines = (text: string): string => text.split("\n").map(terminalText).join("\n")
