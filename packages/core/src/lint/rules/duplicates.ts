/**
 * Duplicate indicators inside a project (same level and name, or one name extending another with the
 * same targets, as 信息化运维项目 items 4 and 5), and projects listed twice under one unit.
 */
import type { Project, Unit } from "../../model/table.ts"
import type { RawFinding } from "../rule.ts"

const key = (text: string) => text.replace(/\s/gu, "")

export const duplicateIndicators = (project: Project): RawFinding[] => {
  const found: RawFinding[] = []
  const seen: Project["indicators"][number][] = []
  for (const indicator of project.indicators) {
    const twin = seen.find((other) => {
      const sameName =
        key(other.name) === key(indicator.name) && key(other.level2.raw) === key(indicator.level2.raw)
      const sameTargets =
        key(other.annual?.text ?? "") === key(indicator.annual?.text ?? "") &&
        key(other.period?.text ?? "") === key(indicator.period?.text ?? "")
      const extends_ =
        key(indicator.name).startsWith(key(other.name)) || key(other.name).startsWith(key(indicator.name))
      return sameName || (extends_ && sameTargets)
    })
    if (twin) {
      found.push({
        code: "duplicate_indicator",
        severity: "warning",
        field: "name",
        at: indicator.at,
        data: { no: indicator.no, twin: twin.no, name: indicator.name },
      })
    }
    seen.push(indicator)
  }
  return found
}

export const duplicateProjects = (unit: Unit): RawFinding[] => {
  const seen = new Map<string, Project>()
  const found: RawFinding[] = []
  for (const project of unit.projects) {
    const first = seen.get(key(project.name))
    if (first) {
      found.push({
        code: "duplicate_project",
        severity: "error",
        field: "project",
        at: project.at,
        data: { name: project.name, firstRow: first.at.row },
      })
    } else seen.set(key(project.name), project)
  }
  return found
}
