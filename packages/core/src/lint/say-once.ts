/**
 * Each finding once. The parts of a compound target raise their issues one by one (`产值≥100亿、税收≥100亿`
 * lacks a unit twice), and one cell may be found wanting by two rules that say the same thing. The review
 * says each (code, field, cell, data) once, and leaves out a finding that a more specific one on the same
 * field already says.
 */
import type { Severity } from "../model/issue.ts"
import type { RawFinding } from "./rule.ts"
import type { FindingCode } from "./types.ts"

/** [more specific, left out] on one field. */
const subsumes: ReadonlyArray<readonly [FindingCode, FindingCode]> = [
  // A target that only repeats the name is also vague.
  ["target_repeats_indicator_name", "vague_target"],
  // A name read as the target also carries it.
  ["target_from_name", "target_in_indicator_name"],
  // A target taken from the name repeats the name, necessarily.
  ["target_from_name", "target_repeats_indicator_name"],
]

/**
 * Data that tells a cell's parts apart without changing what is said of the cell: findings that differ
 * only there are one finding, listing the parts' values (`10000000000、500000000`).
 */
const partData: Partial<Record<FindingCode, ReadonlyArray<string>>> = { unit_missing: ["value"] }

const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 }

const keyOf = (finding: RawFinding): string => {
  const parts = partData[finding.code] ?? []
  const data = Object.entries(finding.data ?? {})
    .filter(([key]) => !parts.includes(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const { file, row, column, sheet, span } = finding.at
  return JSON.stringify([finding.code, finding.field, file, sheet, row, column, span, data])
}

const merge = (same: ReadonlyArray<RawFinding>): RawFinding => {
  const first = same[0]!
  if (same.length === 1) return first
  const severity = same.reduce<Severity>(
    (worst, f) => (rank[f.severity] > rank[worst] ? f.severity : worst),
    first.severity,
  )
  const data = { ...first.data }
  for (const key of partData[first.code] ?? []) {
    const values = [
      ...new Set(same.flatMap((f) => (f.data?.[key] === undefined ? [] : [String(f.data[key])]))),
    ]
    if (values.length > 1) data[key] = values.join("、")
  }
  return { ...first, severity, ...(first.data === undefined ? {} : { data }) }
}

/** The findings raised on one indicator, each said once, in the order first raised. */
export const sayOnce = (raised: ReadonlyArray<RawFinding>): RawFinding[] => {
  const said = (code: FindingCode, field: RawFinding["field"]) =>
    raised.some((r) => r.code === code && r.field === field)
  const groups = new Map<string, RawFinding[]>()
  for (const finding of raised) {
    if (subsumes.some(([specific, general]) => finding.code === general && said(specific, finding.field)))
      continue
    const key = keyOf(finding)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [finding])
    else group.push(finding)
  }
  return [...groups.values()].map(merge)
}
