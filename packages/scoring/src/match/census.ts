/**
 * How many projects share a name, and a unit + name, as actual rows are matched (whitespace ignored, as
 * the matching does). Built from a whole table it is exact; built as a stream goes it counts the projects
 * seen so far, and matching on it is optimistic: the index says when a later project proves it wrong.
 */
import { nameKey as matchKey, type Project } from "@jixiao/core"

/**
 * Project counts by name and by unit + name. The counts by unit + name are kept per unit (a map of names
 * under each unit's key), not under a joined key: a census of a big table holds every project's name, and
 * a joined key per project was one more string each (about 10 MB at 10⁶ indicators).
 */
export class ProjectCensus {
  private readonly names = new Map<string, number>()
  private readonly units = new Map<string, Map<string, number>>()

  /** Counts a project in. */
  add(project: Pick<Project, "unit" | "name">): void {
    const nameKey = matchKey(project.name)
    const unitKey = matchKey(project.unit)
    this.names.set(nameKey, (this.names.get(nameKey) ?? 0) + 1)
    let inUnit = this.units.get(unitKey)
    if (inUnit === undefined) {
      inUnit = new Map()
      this.units.set(unitKey, inUnit)
    }
    inUnit.set(nameKey, (inUnit.get(nameKey) ?? 0) + 1)
  }

  /** Projects of this name in any unit. */
  named(nameKey: string): number {
    return this.names.get(nameKey) ?? 0
  }

  /** Projects of this name in this unit. */
  inUnit(unitKey: string, nameKey: string): number {
    return this.units.get(unitKey)?.get(nameKey) ?? 0
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
