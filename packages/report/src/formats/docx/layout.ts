/**
 * The page and type of a Chinese official document (GB/T 9704-2012, 党政机关公文格式): A4; margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; title in 二号小标宋, body in 三号仿宋 on a 28.95 pt line (22 lines a
 * page), first-level headings in 黑体 and second-level in 楷体; page numbers `— 1 —` in 四号宋体 at the foot,
 * odd pages on the right and even pages on the left. Fonts are named, not embedded: a machine without
 * 方正小标宋 shows the title in its 宋体 (SimSun), as the font table's alternative name says.
 */
import type { Document, Footer, IRunOptions } from "docx"
import { docx, mmToTwip } from "./library.ts"

/** The font of each role: East Asian name for Chinese, Times New Roman for Latin letters and digits. */
export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋",
  heading1: "黑体",
  heading2: "楷体",
  pageNumber: "宋体",
} as const

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, and 小五 9 pt in tables. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 18 } as const

/** A run in a role's font: the Chinese font for East Asian text, Times New Roman for the rest. */
export const fontOf = (eastAsia: string): IRunOptions["font"] => ({
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
  eastAsia,
})

/** A4 portrait with the standard's margins. */
export const PAGE = {
  size: { width: mmToTwip(210), height: mmToTwip(297) },
  margin: {
    top: mmToTwip(37),
    bottom: mmToTwip(35),
    left: mmToTwip(28),
    right: mmToTwip(26),
    footer: mmToTwip(20),
    header: mmToTwip(15),
  },
} as const

/** The width of the text block in twips (210 − 28 − 26 mm), for tables. */
export const TEXT_WIDTH = mmToTwip(156)

/** Body line spacing: exactly 28.95 pt (579 twips), 22 lines on the page. */
export const BODY_LINE = { line: 579, lineRule: "exact" } as const

const pageNumberFooter = (side: "left" | "right"): Footer => {
  const { AlignmentType, Footer, PageNumber, Paragraph, TextRun } = docx()
  const alignment = side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        // One character's room from the edge, as the standard asks (四号: 14 pt = 280 twips).
        indent: side === "right" ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: fontOf(FONTS.pageNumber),
            size: SIZES.pageNumber,
          }),
        ],
      }),
    ],
  })
}

/** Odd pages numbered on the right, even ones on the left. */
export const footers = () => ({ default: pageNumberFooter("right"), even: pageNumberFooter("left") })

/** The document's default run and paragraph: 三号仿宋, black, on the body line. */
export const DOCUMENT_STYLES: ConstructorParameters<typeof Document>[0]["styles"] = {
  default: {
    document: {
      run: { font: fontOf(FONTS.body), size: SIZES.body, color: "000000" },
      paragraph: { spacing: BODY_LINE },
    },
  },
}

/**
 * Text as XML 1.0 can hold it: the docx package drops control characters itself, but keeps U+FFFE and
 * U+FFFF, which XML forbids and Word refuses to open; they go too.
 */
export const xmlText = (text: string): string => text.replace(/[\uFFFE\uFFFF]/g, "")
