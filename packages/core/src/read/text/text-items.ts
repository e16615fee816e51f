/** A piece of an indicator cell: its text and its span [start, end) inside the cell. */
export interface Piece {
  readonly text: string
  readonly span: readonly [number, number]
}

/** One item of an indicator cell: its written number (null for text before `1、`) and its span. */
export interface ItemSlice {
  readonly no: number | null
  /** Where the item starts (its number included). */
  readonly start: number
  /** Where the item's parts start, after `N、`. */
  readonly body: number
  readonly end: number
}

/** The parts of one item, or why it could not be split into them. */
export type ItemReading =
  | {
      readonly ok: true
      readonly level1: Piece
      readonly level2: Piece
      readonly name: Piece
      readonly period: Piece | null
      readonly annual: Piece | null
    }
  | { readonly ok: false; readonly reason: "no_target_label" | "missing_parts" }

/** What may stand before an item number: the start of the cell, a separator or a space. */
const BEFORE_NUMBER = /[；;。：:\s]/
/** Separators between the parts of an item; also trimmed from the ends of every part. */
const SEPARATOR = /[；;：:。]/
const EDGE = /[\s；;：:。，,]/
const LABEL = /(实施周期指标值|年度指标值)\s*[:：]?/g

/** The text of `cell` in [start, end) without spaces and separators at either end. */
export const piece = (cell: string, start: number, end: number): Piece => {
  let s = start
  let e = end
  while (s < e && EDGE.test(cell[s]!)) s++
  while (e > s && EDGE.test(cell[e - 1]!)) e--
  return { text: cell.slice(s, e), span: [s, e] }
}

const findNumber = (cell: string, no: number, from: number): number => {
  const marker = `${no}、`
  for (let i = cell.indexOf(marker, from); i !== -1; i = cell.indexOf(marker, i + 1)) {
    if (i === 0 || BEFORE_NUMBER.test(cell[i - 1]!)) return i
  }
  return -1
}

/**
 * Cuts an indicator cell into its numbered items. Only the expected next number (`1、`, then `2、` …)
 * at the start or after a separator opens an item, so digits inside texts (`报告1份、`) never split one.
 * A cell without `1、` is one item numbered 1; text before `1、` is returned with `no: null`.
 */
export const splitItems = (cell: string): ReadonlyArray<ItemSlice> => {
  if (cell.trim() === "") return []
  const first = findNumber(cell, 1, 0)
  if (first === -1) return [{ no: 1, start: 0, body: 0, end: cell.length }]
  const items: ItemSlice[] = []
  if (piece(cell, 0, first).text !== "") items.push({ no: null, start: 0, body: 0, end: first })
  let start = first
  for (let no = 1; ; no++) {
    const body = start + `${no}、`.length
    const next = findNumber(cell, no + 1, body)
    items.push({ no, start, body, end: next === -1 ? cell.length : next })
    if (next === -1) return items
    start = next
  }
}

/**
 * Splits one item (`1-产出指标；11-数量指标：名称；实施周期指标值:1个；年度指标值:1个。`) into its
 * two levels, its name and its targets. Each target runs from its label to the next label or the item's end.
 */
export const readItem = (cell: string, item: ItemSlice): ItemReading => {
  const labels: Array<{ kind: string; index: number; end: number }> = []
  LABEL.lastIndex = item.body
  for (let m = LABEL.exec(cell); m && m.index < item.end; m = LABEL.exec(cell)) {
    if (!labels.some((l) => l.kind === m![1]))
      labels.push({ kind: m[1]!, index: m.index, end: m.index + m[0].length })
  }
  if (labels.length === 0) return { ok: false, reason: "no_target_label" }
  const value = (kind: string): Piece | null => {
    const at = labels.findIndex((l) => l.kind === kind)
    if (at === -1) return null
    const found = piece(cell, labels[at]!.end, labels[at + 1]?.index ?? item.end)
    return found.text === "" ? null : found
  }
  const [level1, level2, name] = splitHead(cell, item.body, labels[0]!.index)
  if (!level1 || !level2 || !name) return { ok: false, reason: "missing_parts" }
  return { ok: true, level1, level2, name, period: value("实施周期指标值"), annual: value("年度指标值") }
}

/** `1-产出指标；11-数量指标：名称` → level 1, level 2 and the name (which may hold separators of its own). */
const splitHead = (cell: string, start: number, end: number): Array<Piece | undefined> => {
  const head = piece(cell, start, end)
  const cuts: number[] = []
  for (let i = head.span[0]; i < head.span[1] && cuts.length < 2; i++) {
    // A run of separators (`；；`) is one cut.
    if (SEPARATOR.test(cell[i]!) && !SEPARATOR.test(cell[i - 1] ?? "")) cuts.push(i)
  }
  if (cuts.length < 2) return []
  const parts = [
    piece(cell, head.span[0], cuts[0]!),
    piece(cell, cuts[0]!, cuts[1]!),
    piece(cell, cuts[1]!, head.span[1]),
  ]
  return parts.map((p) => (p.text === "" ? undefined : p))
}
