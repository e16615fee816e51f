/**
 * A temporary file that pieces of text are appended to, each remembered by its byte range, then copied
 * into the final file in any order: a streamed run writes each project's part of results.json and of
 * 指标明细.csv as it is graded, and puts them in table order at the end without holding them.
 */
import { closeSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from "node:fs"
import { removeOnStop } from "../interrupt.ts"

const FLUSH_AT = 1 << 20

/** One buffer for every copy (a run copies many short stretches, alternating between spools). */
let copyBuffer: Buffer | null = null

/** Appended text on disk, by byte range. */
export class Spool {
  private readonly fd: number
  private pending: string[] = []
  private pendingBytes = 0
  private size = 0
  private flushed = 0
  /** Forgets the path in the stop registry once the spool is removed (a spool we write is ours to remove). */
  private readonly forget: () => void

  constructor(
    readonly path: string,
    flags: "wx+" | "r" = "wx+",
  ) {
    this.fd = openSync(path, flags)
    this.forget = flags === "wx+" ? removeOnStop(path) : () => {}
  }

  /** A spool written by someone else (a worker), for reading and copying from. */
  static reader(path: string): Spool {
    return new Spool(path, "r")
  }

  /** Appends text; returns its byte range [start, length]. */
  append(text: string): readonly [number, number] {
    const length = Buffer.byteLength(text)
    const start = this.size
    this.pending.push(text)
    this.pendingBytes += length
    this.size += length
    if (this.pendingBytes >= FLUSH_AT) this.flush()
    return [start, length]
  }

  /** Writes what is pending to the file. */
  flush(): void {
    if (this.pending.length === 0) return
    writeSync(this.fd, this.pending.join(""), this.flushed)
    this.flushed = this.size
    this.pending = []
    this.pendingBytes = 0
  }

  /** Copies byte ranges, in the order given, to an open file; adjacent ranges are copied in one go. */
  copyTo(fd: number, ranges: Iterable<readonly [number, number]>): void {
    this.flush()
    copyBuffer ??= Buffer.allocUnsafe(FLUSH_AT * 4)
    const buffer = copyBuffer
    let runStart = -1
    let runEnd = -1
    const copy = (start: number, end: number) => {
      for (let at = start; at < end; ) {
        const read = readSync(this.fd, buffer, 0, Math.min(buffer.length, end - at), at)
        writeSync(fd, buffer, 0, read)
        at += read
      }
    }
    for (const [start, length] of ranges) {
      if (start === runEnd) runEnd += length
      else {
        if (runStart >= 0) copy(runStart, runEnd)
        runStart = start
        runEnd = start + length
      }
    }
    if (runStart >= 0) copy(runStart, runEnd)
  }

  /** The text of one byte range. */
  read([start, length]: readonly [number, number]): string {
    this.flush()
    const buffer = Buffer.allocUnsafe(length)
    readSync(this.fd, buffer, 0, length, start)
    return buffer.toString("utf8")
  }

  /** Empties the spool (a second pass starts over). */
  reset(): void {
    this.pending = []
    this.pendingBytes = 0
    this.size = 0
    this.flushed = 0
    ftruncateSync(this.fd, 0)
  }

  /** Closes the file. */
  close(): void {
    closeSync(this.fd)
  }

  /** Closes and removes the file. */
  remove(): void {
    this.close()
    unlinkSync(this.path)
    this.forget()
  }
}
