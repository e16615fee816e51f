/** Cells of the report's tables: 小五 text on single spacing, centred captions, bordered, one width plan. */
import type { Paragraph, Table, TableCell, TableRow } from "docx"
import { FONTS, fontOf, SIZES, TEXT_WIDTH, xmlText } from "./layout.ts"
import { docx } from "./library.ts"

/** What a cell holds and how it spans. */
export interface CellSpec {
  readonly text: string
  readonly columnSpan?: number
  readonly rowSpan?: number
  /** A caption: 黑体, centred, shaded. */
  readonly caption?: boolean
  readonly align?: "left" | "center" | "right"
}

const TABLE_LINE = { line: 280, lineRule: "auto" } as const

/** A cell's lines: text with line breaks becomes one paragraph per line. */
const cellParagraphs = (spec: CellSpec): Paragraph[] => {
  const { Paragraph, TextRun } = docx()
  return (spec.text === "" ? [""] : spec.text.split("\n")).map(
    (line) =>
      new Paragraph({
        alignment: spec.align ?? (spec.caption ? "center" : "left"),
        spacing: TABLE_LINE,
        children: [
          new TextRun({
            text: xmlText(line),
            size: SIZES.table,
            font: fontOf(spec.caption ? FONTS.heading1 : FONTS.body),
          }),
        ],
      }),
  )
}

/** One cell. */
export const cell = (spec: CellSpec): TableCell => {
  const { TableCell, VerticalAlign } = docx()
  return new TableCell({
    children: cellParagraphs(spec),
    verticalAlign: VerticalAlign.CENTER,
    ...(spec.columnSpan && spec.columnSpan > 1 ? { columnSpan: spec.columnSpan } : {}),
    ...(spec.rowSpan && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
    ...(spec.caption ? { shading: { fill: "EEF2F7" } } : {}),
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  })
}

/** A row of cells; a header row repeats at the top of every page the table runs onto. */
export const row = (specs: ReadonlyArray<CellSpec>, header = false): TableRow => {
  const { TableRow } = docx()
  return new TableRow({ children: specs.map(cell), tableHeader: header, cantSplit: true })
}

/** `text` as a caption cell. */
export const captionCell = (text: string, more: Omit<CellSpec, "text"> = {}): CellSpec => ({
  text,
  caption: true,
  ...more,
})

/** A table the width of the text block, its columns in proportion to `weights`. */
export const table = (weights: ReadonlyArray<number>, rows: ReadonlyArray<TableRow>): Table => {
  const { Table, TableLayoutType, WidthType } = docx()
  const total = weights.reduce((a, b) => a + b, 0)
  const columnWidths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total))
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [...rows],
  })
}

/** A simple table: a header row of captions, then text rows (numbers right-aligned by `align`). */
export const listTable = (
  weights: ReadonlyArray<number>,
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<"left" | "center" | "right"> = [],
): Table =>
  table(weights, [
    row(
      header.map((h) => captionCell(h)),
      true,
    ),
    ...rows.map((r) => row(r.map((text, i) => ({ text, align: align[i] ?? "left" })))),
  ])
