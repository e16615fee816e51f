/**
 * Line breaking for terminal text (help, tables): between words and between Chinese characters, never
 * inside a name. A name is a run of Latin letters, digits, `-` and `_` (`langfang-whole-points`,
 * `--budget`, `results.json`), a quoted or backticked name (`"全年预算数"`, `` `ledger` ``, `《…》`), or
 * an item of a Chinese enumeration (`年初预算数、全年预算数、全年执行数`: the 、 says each is a term).
 */
import { displayWidth } from "effect/cli/CliOutput"

const words = new Intl.Segmenter("zh-CN", { granularity: "word" })
const graphemes = new Intl.Segmenter("zh-CN", { granularity: "grapheme" })

/** Names kept whole: quoted, backticked or bracketed by 《》「」『』, or Latin (with inner `.` `/` `:`). */
const name =
  /`[^`\n]+`|"[^"\n]+"|“[^”\n]+”|「[^」\n]+」|『[^』\n]+』|《[^》\n]+》|[A-Za-z0-9_-]+(?:[./:@][A-Za-z0-9_-]+)*/gu

/** The longest enumeration item kept whole, in characters: longer runs are phrases, broken as words. */
const enumerationItemMax = 6

const han = /\p{Script=Han}+/gu

/** Runs of Chinese characters next to an enumeration comma 、 (at most `enumerationItemMax` long). */
const enumerationItems = (text: string): ReadonlyArray<string> => {
  const pieces: Array<string> = []
  let at = 0
  for (const match of text.matchAll(han)) {
    const start = match.index
    const end = start + match[0].length
    const listed = text[start - 1] === "、" || text[end] === "、"
    if (!listed || match[0].length > enumerationItemMax) continue
    pieces.push(...segmentWords(text.slice(at, start)), match[0])
    at = end
  }
  pieces.push(...segmentWords(text.slice(at)))
  return pieces
}

const segmentWords = (text: string): ReadonlyArray<string> =>
  Array.from(words.segment(text), ({ segment }) => segment)

/** The paragraph as pieces that may not be broken: names, enumeration items, words, spaces, punctuation. */
export const unbreakablePieces = (paragraph: string): ReadonlyArray<string> => {
  const pieces: Array<string> = []
  let at = 0
  for (const match of paragraph.matchAll(name)) {
    pieces.push(...enumerationItems(paragraph.slice(at, match.index)), match[0])
    at = match.index + match[0].length
  }
  pieces.push(...enumerationItems(paragraph.slice(at)))
  return pieces.filter((piece) => piece !== "")
}

/**
 * A piece wider than the line, broken as gently as it can be: a name after its own `-` `_` `.` `/`
 * (`langfang-` `whole-` `points`), and what is still too wide between characters.
 */
const brokenPiece = function* (piece: string, width: number): Generator<string> {
  for (const part of piece.split(/(?<=[-_./])/u)) {
    if (displayWidth(part) <= width) yield part
    else for (const { segment } of graphemes.segment(part)) yield segment
  }
}

const pieces = function* (paragraph: string, width: number): Generator<string> {
  for (const piece of unbreakablePieces(paragraph)) {
    if (displayWidth(piece) <= width) yield piece
    else yield* brokenPiece(piece, width)
  }
}

// Chinese typesetting keeps these off the start of a line (禁则): they pull the piece before them along.
const noLineStart = /^[，。；：、！？）》」』”’%,.;:!?)\]]/
// …and these off the end of one: an opening bracket goes down with what it opens.
const noLineEnd = /[（《「『“‘([]$/

/**
 * The pieces at the end of a full `line` that go down with `next`: the one a closing mark must follow,
 * and the opening brackets before it; none if they would not fit in `room` or would leave the line empty.
 * Takes them off `line`.
 */
const carriedDown = (line: Array<string>, next: string, room: number): Array<string> => {
  let take = noLineStart.test(next) ? 1 : 0
  while (take < line.length && noLineEnd.test(line[line.length - 1 - take]!)) take++
  const carried = line.slice(line.length - take)
  if (take === 0 || take >= line.length || displayWidth(carried.join("")) > room) return []
  return line.splice(line.length - take)
}

/** Splits text into lines no wider than `width` terminal cells (CJK characters count 2), names kept whole. */
export const wrapText = (text: string, width: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  for (const paragraph of text.split("\n")) {
    let line: Array<string> = []
    let lineWidth = 0
    for (const piece of pieces(paragraph, width)) {
      const w = displayWidth(piece)
      if (lineWidth + w > width && line.length > 0) {
        const carried = carriedDown(line, piece, width - w)
        lines.push(line.join("").trimEnd())
        line = carried
        lineWidth = displayWidth(carried.join(""))
        if (piece.trim() === "") continue
      }
      line.push(piece)
      lineWidth += w
    }
    lines.push(line.join(""))
  }
  return lines
}
