import { readFileSync } from "node:fs"
import { parseTextTable } from "@jixiao/core"

/** A target text of the seed with the context it appears in. */
export interface SeedTarget {
  readonly text: string
  readonly level1: string
  readonly level2: string
  readonly name: string
}

/** Every target of the seed (annual and period), in table order: the realistic mix of notations. */
export const seedTargets = (file = "seeds/000_6fa372ea3c00e953.txt"): SeedTarget[] => {
  const table = parseTextTable(readFileSync(file, "utf8"), file)
  return table.units.flatMap((unit) =>
    unit.projects.flatMap((project) =>
      project.indicators.flatMap((indicator) =>
        [indicator.annual, indicator.period].flatMap((cell) =>
          cell === null
            ? []
            : [
                {
                  text: cell.text,
                  level1: indicator.level1.raw,
                  level2: indicator.level2.raw,
                  name: indicator.name,
                },
              ],
        ),
      ),
    ),
  )
}
