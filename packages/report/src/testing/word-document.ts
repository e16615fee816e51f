/**
 * Test support: reading a rendered .docx back as Word would, from its word/document.xml — the tables
 * (rows of cells, each cell's paragraphs joined by line breaks, with the spans Word merges) and the text
 * of the body's paragraphs outside tables.
 */
import JSZip from "jszip"

/** A table cell as Word lays it out: its text, how many grid columns it spans, and whether it continues a merge from above. */
export interface WordCell {
  readonly text: string
  readonly gridSpan: number
  /** "restart" where a vertical merge starts, "continue" in the cells merged into it. */
  readonly vMerge: "restart" | "continue" | null
}

/** A document read back. */
export interface WordDocument {
  readonly xml: string
  readonly tables: ReadonlyArray<ReadonlyArray<ReadonlyArray<WordCell>>>
  /** The text of every paragraph outside tables, in order. */
  readonly paragraphs: ReadonlyArray<string>
  readonly zip: JSZip
}

const xmlText = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

const paragraphText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlText(m[1]!)).join("")

const paragraphsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]))

const cellOf = (xml: string): WordCell => {
  const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(xml)
  const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml)
  return {
    text: paragraphsOf(xml).join("\n"),
    gridSpan: span ? Number(span[1]) : 1,
    vMerge: merge ? (merge[1] === "restart" ? "restart" : "continue") : null,
  }
}

/** Reads a .docx's main document. */
export const readWordDocument = async (contents: string | Uint8Array): Promise<WordDocument> => {
  if (typeof contents === "string") throw new Error("a .docx renders to bytes")
  const zip = await JSZip.loadAsync(contents)
  const xml = await zip.file("word/document.xml")!.async("string")
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => cellOf(c[0])),
    ),
  )
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")
  return { xml, tables, paragraphs: paragraphsOf(outside), zip }
}
