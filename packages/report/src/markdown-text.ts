/**
 * Escaping for Markdown (CommonMark + GFM tables): text from a target table must read as written, never
 * become a heading, a list, emphasis, a link or a broken table.
 */

/**
 * Inline punctuation Markdown reads as markup (code, emphasis, strikethrough, links, HTML, table cells); a
 * backslash makes each literal. `_` between letters or digits opens nothing (`000_6fa372`) and stays bare.
 */
const INLINE = /[\\`*~[<|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

/** `&amp;` or `&#38;` would show as `&`; the ampersand of such a run is written as an entity. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g

/**
 * Line starts that open a block: a heading (`# `), a list item (`- `, `+ `, `1. `, `1) `), a rule (`--`),
 * a setext underline (`==`), a quote (`>`); `*` is escaped anyway as inline markup. `-5%` or `1.5万` open nothing.
 */
const BLOCK_START = /^(?:>|#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=-)|=+\s*$|\d{1,9}(?=[.)](?:\s|$)))/

const lineBreaks = /\r\n|\r|\n/g

/** Text inside a table cell: markup escaped, `|` escaped, line breaks as `<br>` (a cell is one line). */
export const markdownCell = (text: string | number | null): string =>
  text === null
    ? ""
    : String(text).replace(INLINE, "\\$&").replace(ENTITY, "&amp;").replace(lineBreaks, "<br>")

/** Running text (a paragraph, list item or heading): as a cell, and a start that would open a block escaped. */
export const markdownText = (text: string): string =>
  markdownCell(text.trim()).replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`))

/** A GFM table: a header row, its delimiter, then the body rows (cells already escaped). */
export const markdownTable = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align?: ReadonlyArray<"left" | "right">,
): string => {
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
  const rule = header.map((_, i) => (align?.[i] === "right" ? "---:" : "---"))
  return [line(header), line(rule), ...rows.map(line)].join("\n")
}
