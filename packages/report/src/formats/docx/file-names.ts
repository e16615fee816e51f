/**
 * The files of `--format docx`, all in the output folder: `绩效自评报告.docx` for the department, and
 * `自评报告-<序号>-<项目名称>.docx` for each project, numbered in table order (zero-padded, so a folder
 * listing keeps that order; the number also keeps two projects of the same name apart). The project's name
 * is made safe as units' names are (writers/per-unit.ts) and cut so that the whole name stays within
 * {@link DOCX_NAME_BYTES}: above the size limit the reports are written per unit and a unit's part of up
 * to 200 bytes is added to every name, which must still fit the file systems' 255 bytes.
 */
import { UNIT_PART_BYTES, unitFileName } from "../../writers/per-unit.ts"

/** The department's report. */
export const DOCX_FILE = "绩效自评报告.docx"

/** The most UTF-8 bytes of a docx file's name, so that `-<unit part>` can still be added. */
export const DOCX_NAME_BYTES = 255 - UNIT_PART_BYTES - 1

const bytesOf = (text: string): number => Buffer.byteLength(text, "utf8")

const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" })

/** The longest start of `text` within `bytes` UTF-8 bytes, cut between characters. */
const cutTo = (text: string, bytes: number): string => {
  let kept = ""
  for (const { segment } of graphemes.segment(text)) {
    if (bytesOf(kept + segment) > bytes) break
    kept += segment
  }
  return kept
}

/** The file of the `index`-th of `count` projects. */
export const projectDocxFile = (name: string, index: number, count: number): string => {
  const number = String(index + 1).padStart(Math.max(2, String(count).length), "0")
  const head = `自评报告-${number}`
  const room = DOCX_NAME_BYTES - bytesOf(`${head}-.docx`)
  const part = cutTo(unitFileName(name), room).trim()
  return part === "" ? `${head}.docx` : `${head}-${part}.docx`
}
