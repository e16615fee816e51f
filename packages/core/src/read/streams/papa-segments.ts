/**
 * The fast way through a streamed CSV file: Papa Parse's parser on each chunk's text, for as long as the
 * text is of the kind Papa reads exactly as csv-parse does with the reader's options (csv-records.ts).
 * On the bench's 10⁶-indicator files Papa reads 4–5× as fast as csv-parse (docs/performance.md, "Distance
 * to the limit"), but it knows one line ending per file, and where a quote is not closed cleanly it reads
 * otherwise than csv-parse's `relax_quotes` (which keeps such a quote as text). So a segment is handed to
 * Papa only when its line endings are all the file's first kind and its quotes are of the plain kind;
 * the first segment that is not, and everything after it, is left to csv-parse (csv-stream.ts), which
 * reads the same rows either way — a differential property test holds the two together.
 *
 * A segment is the text not yet cut into rows (the last, unfinished row of the chunk before) followed by
 * the chunk's own text; Papa cuts it up to the last complete row, and the rest waits for the next chunk.
 */
import Papa from "papaparse"

export type LineEnding = "\r\n" | "\n" | "\r"

/** Beyond this, a row still unfinished is left to csv-parse: Papa would read it again with every chunk. */
const LONGEST_PENDING = 1 << 20

/** The first line ending of a text, or null when it has none yet (or ends on a CR that a LF may follow). */
export const firstLineEnding = (text: string): LineEnding | null => {
  const cr = text.indexOf("\r")
  const lf = text.indexOf("\n")
  if (cr === -1) return lf === -1 ? null : "\n"
  if (lf !== -1 && lf < cr) return "\n"
  if (cr === text.length - 1) return null
  return text.charCodeAt(cr + 1) === 10 ? "\r\n" : "\r"
}

// A CR that no LF follows, or a LF that no CR comes before: a line ending of another kind than CRLF.
const NOT_CRLF = /\r(?!\n)|(?<!\r)\n/
// A closing quote followed by blanks, then a comma, a line break or the end: Papa drops the blanks and
// reads the quoted text; csv-parse keeps the quotes and the blanks as the cell's text.
const BLANKS_AFTER_QUOTE = /"[^\S\r\n]+(?:[,\r\n]|$)/

/** Whether Papa reads a segment as csv-parse does: one kind of line ending, and plain quotes only. */
export const papaReadsAlike = (text: string, ending: LineEnding, quoted = text.includes('"')): boolean => {
  if (ending === "\r\n" ? NOT_CRLF.test(text) : text.includes(ending === "\n" ? "\r" : "\n")) return false
  return !quoted || !BLANKS_AFTER_QUOTE.test(text)
}

/** Cuts text into rows with Papa while it reads alike; says when it does not, and hands back the text. */
export class PapaSegments {
  private pending = ""
  private ending: LineEnding | null = null
  private parser: Papa.Parser | null = null
  /** Whether the text last cut held a quote (else no cell of its rows holds a line break). */
  quoted = false

  /**
   * The complete rows of what is pending and `text` (cells as Papa gives them), the rest kept for the next
   * call; null when this text is for csv-parse: then {@link rest} holds everything not cut yet.
   */
  push(text: string): string[][] | null {
    let segment = this.pending + text
    if (this.parser === null) {
      this.ending = firstLineEnding(segment)
      if (this.ending === null) {
        this.pending = segment
        return segment.length > LONGEST_PENDING ? null : []
      }
      this.parser = new Papa.Parser({ delimiter: ",", newline: this.ending, quoteChar: '"' })
    }
    // A CR at the end of a chunk waits: a LF may follow (one CRLF to csv-parse, not a CR and then a LF).
    const held = segment.endsWith("\r") ? "\r" : ""
    if (held !== "") segment = segment.slice(0, -1)
    this.quoted = segment.includes('"')
    if (!papaReadsAlike(segment, this.ending!, this.quoted)) {
      this.pending = segment + held
      return null
    }
    const result = this.parser.parse(segment, 0, true) as Papa.ParseResult<string[]>
    if (result.errors.length > 0 || segment.length - result.meta.cursor > LONGEST_PENDING) {
      this.pending = segment + held
      return null
    }
    this.pending = segment.slice(result.meta.cursor) + held
    return result.data
  }

  /**
   * The last row, when the file does not end with a line break (none when it does, but for a CR file's CR,
   * held back in case a LF followed); null when it is for
   * csv-parse (a quote left open, a lone CR at the end of a CRLF file...): then {@link rest} holds it.
   */
  end(): string[][] | null {
    const last = this.pending
    if (last === "") return []
    // No line break yet (a file of one line): the one a line break would make tells the kind.
    const ending = this.ending ?? firstLineEnding(`${last}\n`)!
    if (!papaReadsAlike(last, ending)) return null
    const parser = this.parser ?? new Papa.Parser({ delimiter: ",", newline: ending, quoteChar: '"' })
    // The CR held back at the end of a CR file ends its last row.
    const whole = parser.parse(last, 0, true) as Papa.ParseResult<string[]>
    if (whole.errors.length === 0 && whole.meta.cursor === last.length) {
      this.pending = ""
      return whole.data
    }
    const result = parser.parse(last, 0, false) as Papa.ParseResult<string[]>
    if (result.errors.length > 0 || result.data.length !== 1) return null
    this.pending = ""
    return result.data
  }

  /** The text not cut into rows yet: where csv-parse takes over. */
  rest(): string {
    return this.pending
  }
}
