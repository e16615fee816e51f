/**
 * The fiscal year a target table is for, when the caller gave none (`--year`): the year its title writes
 * (`2024年度项目支出绩效目标表`), or else the year its targets write most often (`2024年12月前`, ties to the
 * earliest: a table looks ahead, rarely back). Callers say that the year was inferred, and from where.
 */

import { decodeTablePrefix } from "./text/text-encoding.ts"

export interface InferredYear {
  readonly year: number
  /** `title`: a title line wrote it; `targets`: the most frequent year in the table's text. */
  readonly source: "title" | "targets"
  /** How many times the year was written (targets), for the message. */
  readonly count: number
}

const titleYear = /((?:19|20)\d\d)\s*年度?/u
const anyYear = /((?:19|20)\d\d)\s*年(?!\d)/gu
/** Title lines come before the header and the first project; a few are enough. */
const titleLines = 6

/** Infers the fiscal year from the text of a table (its first lines and its cells); undefined when none. */
export const inferYear = (text: string): InferredYear | undefined => {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "")
  for (const line of lines.slice(0, titleLines)) {
    const found = /绩效|预算|目标/u.test(line) ? titleYear.exec(line) : null
    if (found && line.replace(/[\s,，\t]/gu, "").length <= 60)
      return { year: Number(found[1]), source: "title", count: 1 }
  }
  const counts = new Map<number, number>()
  for (const m of text.matchAll(anyYear)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1)
  let best: { year: number; count: number } | undefined
  for (const [year, count] of counts) {
    if (best === undefined || count > best.count || (count === best.count && year < best.year))
      best = { year, count }
  }
  return best && { ...best, source: "targets" }
}

/**
 * {@link inferYear} on the first bytes of a table file, in whichever encoding it is written (UTF-8, GBK,
 * UTF-16; the head may end mid-character). Undefined for bytes that are not text (an Excel workbook).
 */
export const inferYearFromHead = (head: Uint8Array): InferredYear | undefined => {
  const text = decodeTablePrefix(head)
  return text === null ? undefined : inferYear(text)
}
