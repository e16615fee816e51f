/**
 * The docx package stamps docProps/core.xml with the time of writing, and its zip (fflate) stamps every
 * entry, and it numbers the pictures (wp:docPr ids) with a counter shared by every document the process
 * builds: two renders of the same results would differ. Like the workbook, the package is written again
 * with fixed dates (a fixed 创建/修改时间 of 1980-01-01, the zip's own first day), so a year-end rerun writes
 * byte-identical reports. The font table gets each Chinese font's common alternative (w:altName), so a
 * machine without 方正小标宋简体 or 仿宋 shows the text in 宋体 or FangSong rather than a Latin font.
 */
import { stableZip } from "../xlsx/stable-zip.ts"
import { FONTS } from "./layout.ts"

const FIXED_TIME = "1980-01-01T00:00:00Z"

/** Each named font and the font to use where it is missing. */
const ALTERNATIVES: ReadonlyArray<readonly [string, string]> = [
  [FONTS.title, "宋体"],
  [FONTS.body, "FangSong"],
  [FONTS.heading1, "SimHei"],
  [FONTS.heading2, "KaiTi"],
  [FONTS.pageNumber, "SimSun"],
]

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/** word/fontTable.xml naming the report's fonts, each with its alternative. */
const fontTable = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${[
    ...ALTERNATIVES.map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    ),
    `<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  ].join("")}</w:fonts>`

/** The parts whose text is rewritten, and how. */
const REWRITES: Readonly<Record<string, (xml: string) => string>> = {
  "docProps/core.xml": (xml) =>
    xml.replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
      (_, open: string, close: string) => `${open}${FIXED_TIME}${close}`,
    ),
  "word/document.xml": (xml) => {
    let picture = 0
    return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++picture}"`)
  },
  "word/fontTable.xml": () => fontTable(),
}

/**
 * The package with fixed dates, pictures numbered from 1 in each document, and the font table above:
 * every entry written again in the same order with the zip's first date, as the workbook is (stableZip).
 */
export const stableDocx = (bytes: Uint8Array): Promise<Uint8Array> => stableZip(bytes, REWRITES)
