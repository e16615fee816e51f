/**
 * A grading worker's own spool: the text of each batch of graded projects is appended to a file the
 * worker owns, and only the byte ranges go back to the main thread, which copies them into results.json
 * and 指标明细.csv in table order at the end. The text never crosses threads, so the main thread (which
 * also parses the CSV files) neither receives nor writes it.
 */
import { appendFileSync, writeFileSync } from "node:fs"

/** A byte range in a spool: [start, length]. */
export type ByteRange = readonly [number, number]

/** Appends texts to a file it empties first; each batch is on disk when `append` returns. */
export class AppendSpool {
  private size = 0

  constructor(readonly path: string) {
    writeFileSync(path, "")
  }

  /** Appends the texts in one write; returns the byte range of each. */
  append(texts: ReadonlyArray<string>): ByteRange[] {
    const ranges: ByteRange[] = []
    for (const text of texts) {
      const length = Buffer.byteLength(text)
      ranges.push([this.size, length])
      this.size += length
    }
    appendFileSync(this.path, texts.join(""))
    return ranges
  }
}
