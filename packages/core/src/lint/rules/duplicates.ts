/**
 * Duplicate indicators inside a project (same level and name, or one name extending another with the
 * same targets, as 信息化运维项目 items 4 and 5), and projects listed twice under one unit.
 */
import type { Indicator, Project, Unit } from "../../model/table.ts"
import type { RawFinding } from "../rule.ts"

const key = (text: string) => text.replace(/\s/gu, "")

/** A trie of the names seen so far with one pair of targets; each node knows the first indicator at or under it. */
interface NameNode {
  readonly next: Map<number, NameNode>
  /** The first indicator (by position) whose whole name ends here. */
  first: number | undefined
  /** The first indicator whose name passes through here: the node was made for it. */
  readonly below: number
}

const node = (below: number): NameNode => ({ next: new Map(), first: undefined, below })

/**
 * The first earlier indicator whose name is a prefix of `name`, or extends it, among those with the same
 * targets: the names along the path, then anything under its end.
 */
const firstRelated = (root: NameNode, name: string): number | undefined => {
  let at: NameNode | undefined = root
  let best = root.first
  for (let i = 0; i < name.length && at !== undefined; i++) {
    at = at.next.get(name.charCodeAt(i))
    if (at?.first !== undefined) best = Math.min(best ?? at.first, at.first)
  }
  return at === undefined ? best : Math.min(best ?? at.below, at.below)
}

const insert = (root: NameNode, name: string, position: number): void => {
  let at = root
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    let next = at.next.get(code)
    if (next === undefined) {
      next = node(position)
      at.next.set(code, next)
    }
    at = next
  }
  at.first ??= position
}

/**
 * Each indicator that repeats an earlier one (its twin: the first such). Linear in the number of
 * indicators: names are looked up in a map and in a trie per pair of targets, never compared pairwise
 * (8,000 indicators in one project took 10 s).
 */
export const duplicateIndicators = (project: Project): RawFinding[] => {
  const found: RawFinding[] = []
  const seen: Indicator[] = []
  const byName = new Map<string, number>()
  const byTargets = new Map<string, NameNode>()
  for (const indicator of project.indicators) {
    const position = seen.length
    const name = key(indicator.name)
    const nameKey = JSON.stringify([name, key(indicator.level2.raw)])
    const targetsKey = JSON.stringify([key(indicator.annual?.text ?? ""), key(indicator.period?.text ?? "")])
    const sameName = byName.get(nameKey)
    let trie = byTargets.get(targetsKey)
    const related = trie === undefined ? undefined : firstRelated(trie, name)
    const twin =
      sameName === undefined ? related : related === undefined ? sameName : Math.min(sameName, related)
    if (twin !== undefined) {
      found.push({
        code: "duplicate_indicator",
        severity: "warning",
        field: "name",
        at: indicator.at,
        data: { no: indicator.no, twin: seen[twin]!.no, name: indicator.name },
      })
    }
    if (!byName.has(nameKey)) byName.set(nameKey, position)
    if (trie === undefined) {
      trie = node(position)
      byTargets.set(targetsKey, trie)
    }
    insert(trie, name, position)
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
