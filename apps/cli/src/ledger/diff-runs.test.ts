import { describe, expect, it } from "vitest"
import { diffRunResults, type RunResults } from "./diff-runs.ts"
import { sampleIndicator, sampleIndicators, sampleProject, sampleRun } from "./testing.ts"

const results = (id: string, year: number, overrides: Partial<RunResults> = {}): RunResults => ({
  run: sampleRun(id, { year }),
  indicators: sampleIndicators(5),
  projects: [sampleProject("培训项目"), sampleProject("宣传项目", { grade: "良", total: 85 })],
  ...overrides,
})

describe("diffRunResults within a fiscal year", () => {
  it("lists exactly the indicator whose score and status changed, and the projects whose total or grade changed", () => {
    const before = results("a", 2024)
    const indicators = sampleIndicators(5).map((i) =>
      i.no === 3 ? { ...i, score: 6.5, status: "partially_met" } : i,
    )
    const projects = [
      sampleProject("培训项目", { grade: "良", total: 88 }),
      sampleProject("宣传项目", { grade: "良", total: 84 }),
    ]
    const diff = diffRunResults(before, results("b", 2024, { indicators, projects }))
    expect(diff).toEqual({
      kind: "year_end",
      from: "a",
      to: "b",
      acrossYears: false,
      department: {
        before: { score: 92.5, grade: "优" },
        after: { score: 92.5, grade: "优" },
        changed: false,
      },
      indicators: [
        {
          unit: "测试单位",
          project: "培训项目",
          name: "指标3",
          no: 3,
          before: { status: "met", score: 10 },
          after: { status: "partially_met", score: 6.5 },
        },
      ],
      // 宣传项目's total moved but its grade did not: listed too, a lost point is a change.
      projects: [
        {
          unit: "测试单位",
          name: "培训项目",
          before: { grade: "优", total: 95 },
          after: { grade: "良", total: 88 },
        },
        {
          unit: "测试单位",
          name: "宣传项目",
          before: { grade: "良", total: 85 },
          after: { grade: "良", total: 84 },
        },
      ],
    })
  })

  it("lists a status change alone, and an exact score change however small", () => {
    const indicators = sampleIndicators(5).map((i) =>
      i.no === 1 ? { ...i, status: "needs_review" } : i.no === 2 ? { ...i, score: 10 - 1e-9 } : i,
    )
    const diff = diffRunResults(results("a", 2024), results("b", 2024, { indicators }))
    expect(diff.indicators.map((i) => i.no)).toEqual([1, 2])
  })

  it("lists indicators and projects that appeared or disappeared", () => {
    const after = results("b", 2024, {
      indicators: [...sampleIndicators(4), sampleIndicator(6)],
      projects: [sampleProject("培训项目"), sampleProject("新项目")],
    })
    const diff = diffRunResults(results("a", 2024), after)
    expect(diff.indicators.map((i) => [i.no, i.before?.status ?? null, i.after?.status ?? null])).toEqual([
      [6, null, "met"],
      [5, "met", null],
    ])
    expect(diff.projects.map((p) => [p.name, p.before?.grade ?? null, p.after?.grade ?? null])).toEqual([
      ["新项目", null, "优"],
      ["宣传项目", "良", null],
    ])
  })

  it("finds nothing between identical results", () => {
    const diff = diffRunResults(results("a", 2024), results("b", 2024))
    expect([diff.indicators, diff.projects, diff.department.changed]).toEqual([[], [], false])
  })

  it("reports the department's score change, however small, with or without a grade change", () => {
    const run = (id: string, score: number, grade: string) =>
      sampleRun(id, { summary: { ...sampleRun(id).summary, score, grade } })
    const diff = (score: number, grade: string) =>
      diffRunResults(results("a", 2024), { ...results("b", 2024), run: run("b", score, grade) }).department
    expect(diff(92.49, "优")).toEqual({
      before: { score: 92.5, grade: "优" },
      after: { score: 92.49, grade: "优" },
      changed: true,
    })
    expect(diff(84.86, "良").changed).toBe(true)
    expect(diff(92.5, "优").changed).toBe(false)
  })

  it("lists a project whose total changed by the last decimal and whose grade did not", () => {
    const projects = [
      sampleProject("培训项目", { total: 94.99 }),
      sampleProject("宣传项目", { grade: "良", total: 85 }),
    ]
    const diff = diffRunResults(results("a", 2024), results("b", 2024, { projects }))
    expect(diff.projects).toEqual([
      {
        unit: "测试单位",
        name: "培训项目",
        before: { grade: "优", total: 95 },
        after: { grade: "优", total: 94.99 },
      },
    ])
  })
})

describe("diffRunResults across fiscal years", () => {
  it("matches indicators by unit + project + name, not by 序号", () => {
    // 2025 renumbered the indicators (reversed) and changed only 指标2's score.
    const renumbered = sampleIndicators(5)
      .map((i) => ({ ...i, no: 6 - i.no, score: i.name === "指标2" ? 8 : i.score }))
      .reverse()
    const diff = diffRunResults(results("a", 2024), results("b", 2025, { indicators: renumbered }))
    expect(diff.acrossYears).toBe(true)
    expect(diff.indicators).toEqual([
      expect.objectContaining({
        name: "指标2",
        no: 4,
        before: { status: "met", score: 10 },
        after: { status: "met", score: 8 },
      }),
    ])
  })

  it("pairs repeated names in recorded order", () => {
    const twice = [sampleIndicator(1, { name: "满意度" }), sampleIndicator(2, { name: "满意度", score: 5 })]
    const next = [sampleIndicator(7, { name: "满意度" }), sampleIndicator(8, { name: "满意度", score: 4 })]
    const diff = diffRunResults(
      results("a", 2024, { indicators: twice }),
      results("b", 2025, { indicators: next }),
    )
    expect(diff.indicators.map((i) => [i.no, i.before?.score, i.after?.score])).toEqual([[8, 5, 4]])
  })
})
