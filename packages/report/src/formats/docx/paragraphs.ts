/**
 * The paragraphs of a 绩效自评报告: the title, headings (一、 in 黑体, （一） in 楷体), body text indented two
 * characters, and the paragraphs a person must write, each marked 【待单位填写：…】 in bold so it cannot
 * be mistaken for text jixiao derived from the results.
 */
import type { IParagraphOptions, IRunOptions, Paragraph } from "docx"
import { BODY_LINE, FONTS, fontOf, SIZES, xmlText } from "./layout.ts"
import { docx } from "./library.ts"

/** Two characters of 三号 (16 pt each) in twips: the first-line indent of body text. */
const TWO_CHARACTERS = 640

type Align = "center" | "right" | "both" | "left"

/** A paragraph of one run. */
const paragraph = (
  run: IRunOptions,
  options: Omit<IParagraphOptions, "alignment"> & { align?: Align } = {},
) => {
  const { Paragraph, TextRun } = docx()
  const { align, ...rest } = options
  return new Paragraph({
    ...rest,
    ...(align === undefined ? {} : { alignment: align }),
    children: [new TextRun({ ...run, ...(run.text === undefined ? {} : { text: xmlText(run.text) }) })],
  })
}

/** The document title, centred, 二号小标宋, with a blank line's room below. */
export const title = (text: string): Paragraph =>
  paragraph(
    { text, font: fontOf(FONTS.title), size: SIZES.title },
    { align: "center", spacing: { line: 700, lineRule: BODY_LINE.lineRule, after: 300 } },
  )

/** A centred line under the title (the year). */
export const subtitle = (text: string): Paragraph =>
  paragraph(
    { text, font: fontOf(FONTS.heading2) },
    { align: "center", spacing: { ...BODY_LINE, after: 200 } },
  )

/** `一、…`: 黑体. */
export const heading1 = (text: string): Paragraph =>
  paragraph({ text, font: fontOf(FONTS.heading1) }, { indent: { firstLine: TWO_CHARACTERS }, keepNext: true })

/** `（一）…`: 楷体. */
export const heading2 = (text: string): Paragraph =>
  paragraph({ text, font: fontOf(FONTS.heading2) }, { indent: { firstLine: TWO_CHARACTERS }, keepNext: true })

/** Body text, justified, first line indented two characters. */
export const body = (text: string): Paragraph =>
  paragraph({ text }, { align: "both", indent: { firstLine: TWO_CHARACTERS } })

/** The mark every paragraph left for the unit starts with; tests and editors search for it. */
export const TO_WRITE = "【待单位填写："

/** A paragraph the unit must write: what belongs there, in bold brackets, highlighted. */
export const toWrite = (what: string): Paragraph =>
  paragraph(
    { text: `${TO_WRITE}${what}】`, bold: true, highlight: "yellow" },
    { align: "both", indent: { firstLine: TWO_CHARACTERS } },
  )

/** A caption above a table or below a figure, centred, in 黑体 at 四号. */
export const caption = (text: string): Paragraph =>
  paragraph(
    { text, font: fontOf(FONTS.heading1), size: SIZES.pageNumber },
    { align: "center", keepNext: true },
  )

/** Starts a new page (the 附件). */
export const pageBreak = (): Paragraph => {
  const { PageBreak, Paragraph } = docx()
  return new Paragraph({ children: [new PageBreak()] })
}

/** `附件` at the top left of the attachment page, in 黑体. */
export const attachmentLabel = (text: string): Paragraph =>
  paragraph({ text, font: fontOf(FONTS.heading1) }, { align: "left" })

/**
 * The closing lines: the signing unit (盖章) and the date left blank to be written by hand, right-aligned
 * four characters from the margin as the standard sets a 成文日期.
 */
export const signature = (signer: string): ReadonlyArray<Paragraph> => [
  paragraph({ text: "" }),
  paragraph({ text: `${signer || "（单位名称）"}（盖章）` }, { align: "right", indent: { right: 4 * 320 } }),
  paragraph({ text: "        年    月    日" }, { align: "right", indent: { right: 4 * 320 } }),
]
