/**
 * Pass 2 — split-parts: a normalised target into the segments that are targets of their own.
 * Splits at `,` `;` `。` (not inside a thousands separator), at `、` when both sides hold a number,
 * lifts a parenthesised clause with a number out as its own segment (`服务对象(不少于10个处室)的满意度…`),
 * and spreads `各` over a list (`上、下半年各播放4周` → `上半年播放4周`, `下半年播放4周`).
 */
import type { NormalizedText } from "./normalize-text.ts"
import { originalSpan } from "./normalize-text.ts"
import type { Segment } from "./parse-target.ts"

interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
}

const hasNumber = /\d|[一二两三四五六七八九十][个家场份人次项件台辆批期款]/u

const slice = (text: string, start: number, end: number): Piece => ({
  text: text.slice(start, end),
  start,
  end,
})

/** A `,` between a digit and exactly three digits groups thousands (`1,500`); elsewhere it splits. */
const isThousands = (text: string, at: number): boolean =>
  /\d/.test(text[at - 1] ?? "") && /^\d{3}(?!\d)/.test(text.slice(at + 1))

/** Top-level clause boundaries: `,` (not `1,500`), `;`, `。`, outside parentheses. */
const splitClauses = (text: string): Piece[] => {
  const pieces: Piece[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === "(") depth++
    else if (c === ")") depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === ";" || c === "。" || (c === "," && !isThousands(text, i)))) {
      pieces.push(slice(text, start, i))
      start = i + 1
    }
  }
  pieces.push(slice(text, start, text.length))
  return pieces
}

/** `A1份、B1份`, `≥80%且≤100%` → two pieces, only when every piece holds a number. */
const splitList = (piece: Piece): Piece[] => {
  const pieces: Piece[] = []
  let start = 0
  for (const m of piece.text.matchAll(/、|并且|而且|且/gu)) {
    pieces.push(slice(piece.text, start, m.index))
    start = m.index + m[0].length
  }
  pieces.push(slice(piece.text, start, piece.text.length))
  if (pieces.length < 2 || !pieces.every((p) => hasNumber.test(p.text))) return [piece]
  return pieces.map((p) => ({ text: p.text, start: piece.start + p.start, end: piece.start + p.end }))
}

/** Lifts `(…)` holding a number out of a clause: the clause keeps the words around it. */
const liftParentheses = (piece: Piece): Piece[] => {
  const match = /\(([^()]*)\)/.exec(piece.text)
  if (!match || !hasNumber.test(match[1]!)) return [piece]
  const before = piece.text.slice(0, match.index)
  const after = piece.text.slice(match.index + match[0].length)
  const innerStart = piece.start + match.index + 1
  return [
    { text: `${before}${match[1]}`, start: innerStart, end: innerStart + match[1]!.length },
    { text: `${before}${after}`, start: piece.start, end: piece.end },
  ]
}

/** `上、下半年各播放4周` → `上半年播放4周`, `下半年播放4周`. */
const spreadEach = (piece: Piece): Piece[] => {
  const match = /^([^、\d]+(?:、[^、\d]+)+)各(.+)$/u.exec(piece.text)
  if (!match) return [piece]
  const names = match[1]!.split("、")
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a))
  return names.map((name) => {
    // `上` borrows the tail of `下半年`: a shared ending written once.
    const full = name.length < longest.length ? name + longest.slice(name.length) : name
    return { text: `${full}${match[2]}`, start: piece.start, end: piece.end }
  })
}

/** List markers that number a clause (`1、`, `(2)`, `③`, `1.`): not targets. */
const listMarker = /^(?:\d{1,2}[、.](?![\d.])|\(\d{1,2}\)|[①-⑳])/u

/** Drops a clause's list marker, keeping its place in the text. */
const dropListMarker = (piece: Piece): Piece => {
  const marker = listMarker.exec(piece.text)?.[0]
  if (marker === undefined) return piece
  return { text: piece.text.slice(marker.length), start: piece.start + marker.length, end: piece.end }
}

/** Splits a normalised target into segments, each with a mapping of its spans to the original text. */
export const splitParts = (normalized: NormalizedText): Segment[] => {
  const pieces = splitClauses(normalized.text)
    .map(dropListMarker)
    .flatMap(splitList)
    .flatMap(liftParentheses)
    .flatMap(spreadEach)
    .filter((p) => p.text !== "")
  if (pieces.length === 0) return [{ text: "", toOriginal: () => [0, 0] }]
  return pieces.map((piece) => {
    const synthesized = piece.text !== normalized.text.slice(piece.start, piece.end)
    return {
      text: piece.text,
      toOriginal: (start: number, end: number) =>
        synthesized
          ? originalSpan(normalized, piece.start, piece.end)
          : originalSpan(normalized, piece.start + start, piece.start + end),
    }
  })
}
