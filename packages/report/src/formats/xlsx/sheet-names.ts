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

/** The fewest characters of a project name kept when its unit has to fit beside it. */
const PROJECT_NAME_MIN = 12

/**
 * The sheet a project wants when another project of the department has the same name: its name and unit
 * (`购置经费（广州市无线电监测站）`), so the tab says whose it is. The project name is shortened first, to
 * leave the unit room within 31.
 */
export const projectSheetName = (project: string, unit: string | null): string => {
  if (!unit) return project
  const note = `（${cleanSheetName(unit)}）`
  return truncate(cleanSheetName(project), Math.max(SHEET_NAME_MAX - note.length, PROJECT_NAME_MIN)) + note
}

/**
 * A sheet per project, named by `name` (a {@link sheetNamer}): the project's name, or with its unit beside
 * it when another project would come out under the same sheet name (cleaned, cut to 31, any case).
 */
export const projectSheetNames = (
  projects: ReadonlyArray<{ readonly name: string; readonly unit: string | null }>,
  name: (wanted: string) => string,
): ReadonlyArray<string> => {
  const key = (project: string) => truncate(cleanSheetName(project), SHEET_NAME_MAX).toLowerCase()
  const uses = new Map<string, number>()
  for (const p of projects) uses.set(key(p.name), (uses.get(key(p.name)) ?? 0) + 1)
  return projects.map((p) => name(uses.get(key(p.name))! > 1 ? projectSheetName(p.name, p.unit) : p.name))
}

/** Names every sheet up front: 部门汇总, one 单位-… per unit, 指标明细, then one per project. */
export const planSheets = (results: ResultsJson): SheetPlan => {
  const name = sheetNamer()
  const summary = name("部门汇总")
  const units = new Map(results.units.map((u) => [u.name, name(`单位-${u.name}`)]))
  const detail = name("指标明细")
  return { summary, detail, units, projects: projectSheetNames(results.projects, name) }
}

/** An in-workbook hyperlink target to cell A1 of a sheet. */
export const linkTo = (sheet: string): string => `#'${sheet}'!A1`
