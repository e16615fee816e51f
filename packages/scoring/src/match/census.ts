/**
 * How many projects share a name, and a unit + name, as actual rows are matched (whitespace ignored, as
 * the matching does). Built from a whole table it is exact; built as a stream goes it counts the projects
 * seen so far, and matching on it is optimistic: the index says when a later project proves it wrong.
 */
import { nameKey as matchKey, type Project } from "@jixiao/core"

const pair = (unitKey: string, nameKey: string) => `${unitKey}\u0000${nameKey}`

/** Project counts by name and by unit + name. */
export class ProjectCensus {
  private readonly names = new Map<string, number>()
  private readonly pairs = new Map<string, number>()

  /** Counts a project in. */
  add(project: Pick<Project, "unit" | "name">): void {
    const nameKey = matchKey(project.name)
    const both = pair(matchKey(project.unit), nameKey)
    this.names.set(nameKey, (this.names.get(nameKey) ?? 0) + 1)
    this.pairs.set(both, (this.pairs.get(both) ?? 0) + 1)
  }

  /** Projects of this name in any unit. */
  named(nameKey: string): number {
    return this.names.get(nameKey) ?? 0
  }

  /** Projects of this name in this unit. */
  inUnit(unitKey: string, nameKey: string): number {
    return this.pairs.get(pair(unitKey, nameKey)) ?? 0
  }

  /** Whether a project of this unit and name (or, for a row without a unit, of this name) was counted. */
  counts(keys: { readonly nameKey: string; readonly unitKey: string }): boolean {
    return keys.unitKey === "" ? this.named(keys.nameKey) > 0 : this.inUnit(keys.unitKey, keys.nameKey) > 0
  }

  /** Whether more than one project has this unit and name (or, without a unit, this name). */
  shares(keys: { readonly nameKey: string; readonly unitKey: string }): boolean {
    return keys.unitKey === "" ? this.named(keys.nameKey) > 1 : this.inUnit(keys.unitKey, keys.nameKey) > 1
  }

  /** The census of a whole list of projects. */
  static of(projects: Iterable<Pick<Project, "unit" | "name">>): ProjectCensus {
    const census = new ProjectCensus()
    for (const p of projects) census.add(p)
    return census
  }
}
