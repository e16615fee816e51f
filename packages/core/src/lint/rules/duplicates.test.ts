import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Project } from "../../model/table.ts"
import { tableOf } from "../table.fixture.ts"
import { duplicateIndicators } from "./duplicates.ts"

const projectOf = (rows: Parameters<typeof tableOf>[0]): Project => tableOf(rows).units[0]!.projects[0]!

/** The rule as defined: the first earlier indicator with the same level and name, or one name extending the other with the same targets. */
const pairwise = (project: Project): Array<readonly [number, number]> => {
  const key = (text: string) => text.replace(/\s/gu, "")
  const seen: Project["indicators"][number][] = []
  const twins: Array<readonly [number, number]> = []
  for (const indicator of project.indicators) {
    const twin = seen.find(
      (other) =>
        (key(other.name) === key(indicator.name) && key(other.level2.raw) === key(indicator.level2.raw)) ||
        ((key(indicator.name).startsWith(key(other.name)) ||
          key(other.name).startsWith(key(indicator.name))) &&
          key(other.annual?.text ?? "") === key(indicator.annual?.text ?? "") &&
          key(other.period?.text ?? "") === key(indicator.period?.text ?? "")),
    )
    if (twin) twins.push([indicator.no, twin.no])
    seen.push(indicator)
  }
  return twins
}

const twinsOf = (project: Project) =>
  duplicateIndicators(project).map((f) => [Number(f.data?.no), Number(f.data?.twin)] as const)

describe("duplicateIndicators", () => {
  it("finds a repeated name and a name extending another with the same targets", () => {
    const project = projectOf([
      { name: "运维服务", annual: "≥1次" },
      { name: "运维服务次数", annual: "≥1次" },
      { name: "运维 服务", annual: "≥2次" },
      { name: "运维", annual: "≥3次" },
      { name: "运", annual: "≥1次" },
    ])
    expect(twinsOf(project)).toEqual([
      [2, 1],
      [3, 1],
      [5, 1],
    ])
  })

  it("agrees with the pairwise definition on any names and targets", () => {
    const text = fc.string({ unit: fc.constantFrom("运", "维", "服", " ", "务"), maxLength: 4 })
    const row = fc.record({
      name: text,
      annual: fc.option(fc.constantFrom("≥1次", "≥ 1次", "≥2次"), { nil: null }),
      period: fc.option(fc.constantFrom("≥1次", "≥2次"), { nil: null }),
      level2: fc.constantFrom("11-数量指标", "12-质量指标", "11-数量 指标"),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const project = projectOf(rows)
        expect(twinsOf(project)).toEqual(pairwise(project))
      }),
      { numRuns: 300 },
    )
  })
})
