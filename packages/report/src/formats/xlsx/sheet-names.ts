import type { ResultsJson } from "@jixiao/scoring"
import type { SheetPlan } from "./model.ts"

/** Excel's limit on a sheet name, in UTF-16 code units. */
export const SHEET_NAME_MAX = 31

// Characters Excel refuses in a sheet name, replaced by their full-width forms so the name still reads
// the same. The apostrophe is allowed inside a name, but exceljs quotes print ranges with it unescaped.
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "[": "［",
  "]": "］",
  ":": "：",
  "*": "＊",
  "?": "？",
  "/": "／",
  "\\": "＼",
  "'": "’",
}

/** A name Excel accepts: forbidden characters replaced, control characters dropped, never empty. */
export const cleanSheetName = (name: string): string => {
  const cleaned = [...name]
    .map((ch) => REPLACEMENTS[ch] ?? ch)
    .filter((ch) => ch >= " ")
    .join("")
    .trim()
  return cleaned === "" || cleaned.toLowerCase() === "history" ? `${cleaned}表` : cleaned
}

/** The longest prefix of `name` within `max` UTF-16 units, never splitting a surrogate pair. */
const truncate = (name: string, max: number): string => {
  let out = ""
  for (const ch of name) {
    if (out.length + ch.length > max) break
    out += ch
  }
  return out
}

/**
 * Hands out sheet names: cleaned, at most 31 units, unique regardless of case (as Excel compares them).
 * A taken name gets a suffix `(2)`, `(3)` …, truncating the base so the suffix always fits.
 */
export const sheetNamer = () => {
  const taken = new Set<string>()
  return (wanted: string): string => {
    const base = cleanSheetName(wanted)
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : `(${n})`
      const name = truncate(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase())
        return name
      }
    }
  }
}

/** Names every sheet up front: 部门汇总, one 单位-… per unit, 指标明细, then one per project. */
export const planSheets = (results: ResultsJson): SheetPlan => {
  const name = sheetNamer()
  const summary = name("部门汇总")
  const units = new Map(results.units.map((u) => [u.name, name(`单位-${u.name}`)]))
  const detail = name("指标明细")
  const projects = results.projects.map((p) => name(p.name))
  return { summary, detail, units, projects }
}

/** An in-workbook hyperlink target to cell A1 of a sheet. */
export const linkTo = (sheet: string): string => `#'${sheet}'!A1`
