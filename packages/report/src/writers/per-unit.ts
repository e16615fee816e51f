/**
 * Reports of a streamed run. 指标明细.csv is streamed with results.json; the other formats are built as one
 * document, which a run of a million indicators cannot be: above {@link WHOLE_REPORT_LIMIT} indicators,
 * html, xlsx, md and docx are written per unit (`报告-<单位>.html`, `自评表-<单位>.xlsx`, `报告-<单位>.md`,
 * `绩效自评报告-<单位>.docx` with `自评报告-<序号>-<项目>-<单位>.docx`), each
 * read back from the spool one unit at a time, and a unit that alone exceeds the limit is skipped with a
 * notice (its indicators are all in results.json and 指标明细.csv).
 */
import { createHash } from "node:crypto"
import type { ResultsJson } from "@jixiao/scoring"
import type { ReportFile, ReportFormat } from "../report-file.ts"
import type { Spooled } from "./results-layout.ts"

/** The most indicators one html/xlsx/md document holds. */
export const WHOLE_REPORT_LIMIT = 20_000

/** Characters a file name must not hold: control characters, and bidi ones that show a name reversed. */
const CONTROL_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

/** results.json without its projects (what a streamed run has at hand). */
export type ResultsFrame = Omit<ResultsJson, "projects">

/**
 * The most UTF-8 bytes of a unit's part of a file name. File systems allow 255 bytes per name; the longest
 * name around the part is a docx project report's, kept within 54 bytes (formats/docx/file-names.ts), so
 * 200 leave room, and a unit of up to 66 Chinese characters keeps its whole name.
 */
export const UNIT_PART_BYTES = 200

const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8")

const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" })

/** The longest start of `text` within `bytes` UTF-8 bytes, cut between characters (never inside one). */
const cutToBytes = (text: string, bytes: number): string => {
  let kept = ""
  let used = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment)
    if (used + size > bytes) break
    kept += segment
    used += size
  }
  return kept
}

/** A stable short digest of a unit's name: long names cut to the same start stay apart. */
const shortHash = (unit: string): string =>
  createHash("sha256").update(unit, "utf8").digest("hex").slice(0, 8)

/** `text`, cut so that `text + suffix` fits in {@link UNIT_PART_BYTES}. */
const fitWith = (text: string, suffix: string): string =>
  utf8Bytes(text) + utf8Bytes(suffix) <= UNIT_PART_BYTES
    ? `${text}${suffix}`
    : `${cutToBytes(text, UNIT_PART_BYTES - utf8Bytes(suffix))}${suffix}`

/**
 * A unit's name made safe for a file name: control and bidi characters (U+202E would show the name
 * reversed), path separators and the characters Windows refuses become `_`; a name longer than
 * {@link UNIT_PART_BYTES} is cut between characters and ends in `~` and a digest of the whole name.
 */
export const unitFileName = (unit: string): string => {
  const safe =
    unit
      .replace(CONTROL_CHARACTERS, "_")
      .trim()
      .replace(/[\\/:*?"<>|]/g, "_") || "未列明单位"
  return utf8Bytes(safe) <= UNIT_PART_BYTES ? safe : fitWith(safe, `~${shortHash(unit)}`)
}

/** `报告.html` → `报告-<unit>.html`, with the unit's part of the name already made unique. */
const perUnit = (name: string, unitPart: string) => name.replace(/(\.[^.]+)$/, `-${unitPart}$1`)

/**
 * Each unit's part of a file name, unique across the run: `a/b` and `a_b` (or two names alike but for
 * case) would otherwise write over each other's report; later ones get `(2)`, `(3)` in unit order, still
 * within {@link UNIT_PART_BYTES}.
 */
export const uniqueUnitParts = (units: Iterable<string>): Map<string, string> => {
  const taken = new Set<string>()
  const parts = new Map<string, string>()
  for (const unit of units) {
    const base = unitFileName(unit)
    let part = base
    for (let n = 2; taken.has(part.toLowerCase()); n++) part = fitWith(base, `(${n})`)
    taken.add(part.toLowerCase())
    parts.set(unit, part)
  }
  return parts
}

/** A streamed run's projects where they were spooled (the CLI's results sink): in table order, read back. */
export interface SpooledProjects {
  ordered(): Iterable<Spooled>
  project(spooled: Spooled): ResultsJson["projects"][number]
}

/** The whole results, read back from the spool (for runs within the limit). */
export const wholeResults = (frame: ResultsFrame, sink: SpooledProjects): ResultsJson => ({
  ...frame,
  projects: Array.from(sink.ordered(), (s) => sink.project(s)),
})

/** One unit's results: its projects, with the unit's roll-up in the department's place. */
const unitResults = (frame: ResultsFrame, unit: string, projects: ResultsJson["projects"]): ResultsJson => {
  const rollup = frame.units.find((u) => u.name === unit) ?? frame.department
  const listed = (l: ResultsFrame["notMet"]) => l.filter((i) => i.unit === unit)
  return {
    ...frame,
    department: { ...rollup, name: `${frame.department.name} ${unit}`.trim() },
    units: [rollup],
    projects,
    notMet: listed(frame.notMet),
    needsReview: listed(frame.needsReview),
  }
}

/** A unit whose reports were not written: it has more indicators than WHOLE_REPORT_LIMIT. */
export interface SkippedUnit {
  readonly unit: string
  readonly indicators: number
}

/**
 * Renders the formats unit by unit, handing each unit's files to `write` (which stages them into the run's
 * set) before reading the next unit.
 */
export const renderPerUnit = async (
  frame: ResultsFrame,
  sink: SpooledProjects,
  formats: ReadonlyArray<ReportFormat>,
  render: (results: ResultsJson, formats: ReadonlyArray<ReportFormat>) => Promise<ReadonlyArray<ReportFile>>,
  write: (file: ReportFile) => Promise<void>,
): Promise<ReadonlyArray<SkippedUnit>> => {
  const byUnit = new Map<string, Spooled[]>()
  for (const s of sink.ordered()) {
    const list = byUnit.get(s.unit)
    if (list) list.push(s)
    else byUnit.set(s.unit, [s])
  }
  const skipped: SkippedUnit[] = []
  const parts = uniqueUnitParts(byUnit.keys())
  for (const [unit, spooled] of byUnit) {
    const indicators = spooled.reduce((n, s) => n + s.indicators, 0)
    if (indicators > WHOLE_REPORT_LIMIT) {
      skipped.push({ unit, indicators })
      continue
    }
    const results = unitResults(
      frame,
      unit,
      spooled.map((s) => sink.project(s)),
    )
    for (const file of await render(results, formats))
      await write({ ...file, name: perUnit(file.name, parts.get(unit)!) })
  }
  return skipped
}
