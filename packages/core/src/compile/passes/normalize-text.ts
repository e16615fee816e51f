/**
 * Pass 1 — normalize-text: one script for every notation, with a map back to the original text.
 *
 * Full-width digits, letters and punctuation become half-width (NFKC, per character so that every
 * output character knows its source), the comparators that NFKC leaves alone are mapped by hand
 * (`≧ ≦ ═ ‹ ›`), `㎡` becomes `平方米`, and white space disappears (`≥ 95 %` reads as `≥95%`).
 */

/** Normalised text plus, for each of its UTF-16 units, the span of the source character. */
export interface NormalizedText {
  readonly text: string
  /** `starts[i]` is the offset in the original of the character that produced normalised unit `i`. */
  readonly starts: ReadonlyArray<number>
  /** `ends[i]` is where that source character ends. */
  readonly ends: ReadonlyArray<number>
}

const byHand: Readonly<Record<string, string>> = {
  "≧": "≥",
  "≦": "≤",
  "═": "=",
  "‹": "<",
  "›": ">",
  "㎡": "平方米",
  "㎏": "千克",
  "㎞": "公里",
  〇: "零",
  "—": "-",
  "\u2212": "-",
  "×": "*",
}

const spaces = /\s/u

/** Normalises a target text; never throws. */
export const normalizeText = (original: string): NormalizedText => {
  let text = ""
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const char of original) {
    const mapped = byHand[char] ?? char.normalize("NFKC")
    if (!spaces.test(mapped)) {
      for (let i = 0; i < mapped.length; i++) {
        starts.push(offset)
        ends.push(offset + char.length)
      }
      text += mapped
    }
    offset += char.length
  }
  return { text, starts, ends }
}

/** Maps a span [start, end) of the normalised text back to the original. */
export const originalSpan = (normalized: NormalizedText, start: number, end: number): [number, number] => {
  if (normalized.text.length === 0) return [0, 0]
  const from = normalized.starts[Math.min(start, normalized.starts.length - 1)]!
  if (end <= start) return [from, from]
  const to = normalized.ends[Math.min(end - 1, normalized.ends.length - 1)]!
  return [from, to]
}
