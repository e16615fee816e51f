/**
 * A grading worker's own spool: the text of each batch of graded projects is appended to a file the
 * worker owns, and only the byte ranges go back to the main thread, which copies them into results.json
 * and 指标明细.csv in table order at the end. The text never crosses threads, so the main thread (which
 * also parses the CSV files) neither receives nor writes it.
 */
import { closeSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs"

/** A byte range in a spool: [start, length]. */
export type ByteRange = readonly [number, number]

/** Appends texts to a file it empties first; what was added is on disk when `flush` (or `append`) returns. */
export class AppendSpool {
  private size = 0
  private buffer = Buffer.allocUnsafe(1 << 20)

  /**
   * Creates the spool exclusively: a spool left by the worker of an earlier pass is removed first, and
   * anything else that appears at the (random) path is an error, never a link to follow.
   */
  constructor(readonly path: string) {
    rmSync(path, { force: true })
    writeFileSync(path, "", { flag: "wx" })
  }

  /** Bytes encoded by `add` and not yet written. */
  private used = 0

  /**
   * Encodes texts into the buffer, one after the other (written by the next `flush`), and returns their
   * byte range as one. A worker adds each project's pieces as soon as they are made, so that neither the
   * project's result nor its text outlives it: holding a batch of them made them survive young-generation
   * collections. Parts are encoded as they are: joining them first would copy the text once more.
   */
  add(...texts: ReadonlyArray<string>): ByteRange {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    let room = 0
    for (const text of texts) room += text.length * 3
    if (this.buffer.length - this.used < room) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + room))
      this.buffer.copy(grown, 0, 0, this.used)
      this.buffer = grown
    }
    const start = this.used
    for (const text of texts) this.used += this.buffer.write(text, this.used)
    return [this.size + start, this.used - start]
  }

  /** Writes what was added since the last flush in one write; it is on disk when this returns. */
  flush(): void {
    const used = this.used
    if (used === 0) return
    // "r+", not "a": a spool removed meanwhile (the run was stopped) is not created again by a late batch.
    const fd = openSync(this.path, "r+")
    try {
      for (let at = 0; at < used; ) at += writeSync(fd, this.buffer, at, used - at, this.size + at)
    } finally {
      closeSync(fd)
    }
    this.size += used
    this.used = 0
  }

  /** Appends the texts in one write; returns the byte range of each. */
  append(texts: ReadonlyArray<string>): ByteRange[] {
    const ranges = texts.map((text) => this.add(text))
    this.flush()
    return ranges
  }
}
