/**
 * Stable element ids, derived from content rather than position so a link to `#i-…` still points at
 * the same indicator after projects are added or reordered. Projects are keyed by unit + name (two
 * units may both have a 购置经费), indicators by their number within the project. Ids are looked up
 * by object, so pass the very objects of the results the ids were made from.
 */
import type { IndicatorRow, Project } from "./model.ts"

/** FNV-1a, 32 bits, as 8 hex digits: short, deterministic, no dependency. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, "0")
}

/** The ids of one report; a rare hash collision gets a numbered suffix, in input order. */
export interface ReportIds {
  readonly project: (project: Project) => string
  readonly indicator: (indicator: IndicatorRow) => string
  readonly budget: (project: Project) => string
  readonly unit: (name: string) => string
}

export const reportIds = (projects: ReadonlyArray<Project>, units: ReadonlyArray<string>): ReportIds => {
  const taken = new Set<string>()
  const claim = (base: string) => {
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
  const projectIds = new Map(projects.map((p) => [p, claim(`p-${fnv1a(`${p.unit}\u0000${p.name}`)}`)]))
  const unitIds = new Map(units.map((name) => [name, claim(`u-${fnv1a(name)}`)]))
  const indicatorIds = new Map<IndicatorRow, string>()
  for (const [p, id] of projectIds) for (const i of p.indicators) indicatorIds.set(i, claim(`${id}-i${i.no}`))
  const project = (p: Project) => projectIds.get(p)!
  return {
    project,
    indicator: (indicator) => indicatorIds.get(indicator)!,
    budget: (p) => `${project(p)}-budget`,
    unit: (name) => unitIds.get(name) ?? `u-${fnv1a(name)}`,
  }
}
