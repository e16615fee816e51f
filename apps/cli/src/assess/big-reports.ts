/**
 * Reports of a streamed run. 指标明细.csv is streamed with results.json; the other formats are built as one
 * document, which a run of a million indicators cannot be: above {@link WHOLE_REPORT_LIMIT} indicators,
 * html, xlsx and md are written per unit (`报告-<单位>.html`, `自评表-<单位>.xlsx`, `报告-<单位>.md`), each
 * read back from the spool one unit at a time, and a unit that alone exceeds the limit is skipped with a
 * notice (its indicators are all in results.json and 指标明细.csv).
 */
import type { ReportFile, ReportFormat } from "@jixiao/report"
import type { ResultsJson } from "@jixiao/scoring"
import type { ResultsSink, Spooled } from "./results-sink.ts"

/** The most indicators one html/xlsx/md document holds. */
export const WHOLE_REPORT_LIMIT = 20_000

/** results.json without its projects (what a streamed run has at hand). */
export type ResultsFrame = Omit<ResultsJson, "projects">

/** A unit's name made safe for a file name (path separators and characters Windows refuses become `_`). */
export const unitFileName = (unit: string): string =>
  [...unit]
    .map((c) => (c.charCodeAt(0) < 0x20 ? "_" : c))
    .join("")
    .trim()
    .replace(/[\\/:*?"<>|]/g, "_")
    .slice(0, 80) || "未列明单位"

/** `报告.html` → `报告-<unit>.html`, with the unit's part of the name already made unique. */
const perUnit = (name: string, unitPart: string) => name.replace(/(\.[^.]+)$/, `-${unitPart}$1`)

/**
 * Each unit's part of a file name, unique across the run: `a/b` and `a_b` (or two names alike in their first
 * 80 characters) would otherwise write over each other's report; later ones get `(2)`, `(3)` in unit order.
 */
export const uniqueUnitParts = (units: Iterable<string>): Map<string, string> => {
  const taken = new Set<string>()
  const parts = new Map<string, string>()
  for (const unit of units) {
    const base = unitFileName(unit)
    let part = base
    for (let n = 2; taken.has(part.toLowerCase()); n++) part = `${base}(${n})`
    taken.add(part.toLowerCase())
    parts.set(unit, part)
  }
  return parts
}

/** The whole results, read back from the spool (for runs within the limit). */
export const wholeResults = (frame: ResultsFrame, sink: ResultsSink): ResultsJson => ({
  ...frame,
  projects: sink.ordered().map((s) => sink.project(s)),
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

/** Renders the formats unit by unit, handing each unit's files to `write` before reading the next unit. */
export const renderPerUnit = async (
  frame: ResultsFrame,
  sink: ResultsSink,
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
