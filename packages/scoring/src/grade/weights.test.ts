import type { Indicator } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { exact, sum } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { projectWeights } from "./weights.ts"

const level = (raw: string) => ({
  raw,
  name: raw.replace(/^\d+-/, ""),
  code: raw.match(/^(\d+)-/)?.[1] ?? null,
  points: null,
})
const indicator = (level1: string, weight: string | null = null): Indicator => ({
  no: 1,
  level1: level(level1),
  level2: level("11-数量指标"),
  name: "指标",
  period: null,
  annual: null,
  weight: weight === null ? null : { text: weight, at: { file: "t", row: 1 } },
  actual: null,
  deviationReason: null,
  at: { file: "t", row: 1 },
})
const national = presets.national!

describe("projectWeights", () => {
  it("splits each group's points evenly, exactly", () => {
    const list = [...Array(7)].map(() => indicator("1-产出指标"))
    const { weights } = projectWeights(
      [...list, indicator("2-效益指标"), indicator("3-满意度指标")],
      national,
      exact(10),
    )
    expect(sum(weights.slice(0, 7)).toString()).toBe("50")
    expect(weights[0]!.toString()).toBe("7.(142857)")
    expect(sum(weights).toString()).toBe("90")
  })

  it("gives a missing group's points to the others in proportion", () => {
    const { weights } = projectWeights(
      [indicator("1-产出指标"), indicator("2-效益指标")],
      national,
      exact(10),
    )
    expect(weights.map((w) => w.toString())).toEqual(["56.25", "33.75"])
  })

  it("drops a missing group's points when the policy says so", () => {
    const drop = { ...national, weights: { ...national.weights, missingGroup: "drop" as const } }
    const { weights } = projectWeights([indicator("1-产出指标"), indicator("2-效益指标")], drop, exact(10))
    expect(weights.map((w) => w.toString())).toEqual(["50", "30"])
  })

  it("uses written 分值 and reports sums that do not add up", () => {
    const { weights, findings } = projectWeights(
      [
        indicator("1-产出指标", "30"),
        indicator("1-产出指标", "15"),
        indicator("2-效益指标", "30"),
        indicator("3-满意度指标", "10"),
      ],
      national,
      exact(10),
    )
    expect(weights.map((w) => w.toString())).toEqual(["30", "15", "30", "10"])
    expect(findings.map((f) => f.code)).toEqual(["weights_group_mismatch", "weights_total_mismatch"])
  })

  it("shares 90 points freely under Sichuan's profile", () => {
    const { weights } = projectWeights(
      [indicator("1-产出指标", "60"), indicator("2-效益指标"), indicator("2-效益指标")],
      presets.sichuan!,
      exact(10),
    )
    expect(weights.map((w) => w.toString())).toEqual(["60", "15", "15"])
  })

  it("counts a level-1 成本指标 under 产出 in the national frame", () => {
    const { weights, groups } = projectWeights(
      [indicator("1-产出指标"), indicator("4-成本指标"), indicator("2-效益指标")],
      national,
      exact(10),
    )
    expect(groups).toEqual(["output", "output", "benefit"])
    expect(weights.map((w) => w.toString())).toEqual(["28.125", "28.125", "33.75"])
  })

  it("counts 满意度 inside 效益 under the 20/40/40 profile", () => {
    const { weights } = projectWeights(
      [indicator("1-产出指标"), indicator("2-效益指标"), indicator("3-满意度指标")],
      presets["profile-20-40-40"]!,
      exact(20),
    )
    expect(weights.map((w) => w.toString())).toEqual(["40", "20", "20"])
  })
})

describe("projectWeights: points that go nowhere are reported", () => {
  it("says when written weights leave an unweighted indicator with 0", () => {
    const { weights, findings } = projectWeights(
      [indicator("1-产出指标", "60"), indicator("1-产出指标"), indicator("2-效益指标")],
      national,
      exact(10),
    )
    expect(weights.map((w) => w.toString())).toEqual(["60", "0", "33.75"])
    expect(findings.map((f) => f.code)).toContain("weight_zero")
  })

  it("says when an indicator's group has no points in the policy", () => {
    const noCost = { ...national, weights: { ...national.weights, mergeInto: {} } }
    const { findings } = projectWeights([indicator("1-产出指标"), indicator("4-成本指标")], noCost, exact(10))
    expect(findings.map((f) => f.code)).toContain("group_without_points")
  })

  it("counts a level-1 成本指标 under 产出 in the 20/40/40 profile too", () => {
    const { weights } = projectWeights(
      [indicator("1-产出指标"), indicator("4-成本指标"), indicator("2-效益指标")],
      presets["profile-20-40-40"]!,
      exact(20),
    )
    expect(weights.map((w) => w.toString())).toEqual(["20", "20", "40"])
  })

  it("gives projects with the same groups the same weights, whatever was weighted in between", () => {
    const groups = () => [indicator("1-产出指标"), indicator("1-产出指标"), indicator("2-效益指标")]
    const first = projectWeights(groups(), national, exact(10)).weights.map(String)
    // Written weights and another policy in between must not leak into the next plain project.
    projectWeights(
      [indicator("1-产出指标", "50"), indicator("1-产出指标"), indicator("2-效益指标")],
      national,
      exact(10),
    )
    const other = projectWeights(groups(), presets["profile-20-40-40"]!, exact(20)).weights.map(String)
    expect(projectWeights(groups(), national, exact(10)).weights.map(String)).toEqual(first)
    expect(first).toEqual(["28.125", "28.125", "33.75"])
    expect(other).not.toEqual(first)
    // Served from what was worked out for the first project, not split again.
    expect(projectWeights(groups(), national, exact(10)).weights).toBe(
      projectWeights(groups(), national, exact(10)).weights,
    )
    // The same groups in another order: weights follow the indicators.
    const reordered = [indicator("2-效益指标"), indicator("1-产出指标"), indicator("1-产出指标")]
    expect(projectWeights(reordered, national, exact(10)).weights.map(String)).toEqual([
      "33.75",
      "28.125",
      "28.125",
    ])
  })

  it("shares free-mode weights too, and never those of a project with a written weight", () => {
    const sichuan = presets.sichuan!
    const plain = () => [indicator("1-产出指标"), indicator("2-效益指标")]
    const first = projectWeights(plain(), sichuan, exact(10)).weights
    expect(first.map(String)).toEqual(["45", "45"])
    const written = projectWeights(
      [indicator("1-产出指标", "60"), indicator("2-效益指标")],
      sichuan,
      exact(10),
    )
    expect(written.weights.map(String)).toEqual(["60", "30"])
    expect(projectWeights(plain(), sichuan, exact(10)).weights).toBe(first)
  })

  it("reads written weights that are the policy's split as printed (5.11 for 56.25 ÷ 11) as that split, exactly", () => {
    const printed = [...Array(7)].map(() => indicator("1-产出指标", "7.14"))
    const all = [...printed, indicator("2-效益指标", "30"), indicator("3-满意度指标", "10")]
    const { weights, findings } = projectWeights(all, national, exact(10))
    expect(weights[0]!.toString()).toBe("7.(142857)")
    expect(sum(weights).toString()).toBe("90")
    expect(findings).toEqual([])
    // One weight off the printed split: the written weights are taken as written, and their sum is checked.
    const off = [...printed.slice(1), indicator("1-产出指标", "7.15"), indicator("2-效益指标", "30")]
    const taken = projectWeights([...off, indicator("3-满意度指标", "10")], national, exact(10))
    expect(taken.weights[0]!.toString()).toBe("7.14")
    expect(taken.findings.map((f) => f.code)).toContain("weights_group_mismatch")
  })
})
