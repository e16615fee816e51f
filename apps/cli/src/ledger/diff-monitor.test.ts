import { describe, expect, it } from "vitest"
import { diffForecast, diffLights } from "./diff-monitor.ts"
import type { RunResults } from "./diff-runs.ts"
import {
  sampleIndicator,
  sampleMonitorIndicator,
  sampleMonitorProject,
  sampleMonitorRun,
  sampleProject,
  sampleRun,
} from "./testing.ts"

const july: RunResults = {
  run: sampleMonitorRun("july"),
  indicators: [
    sampleMonitorIndicator(1),
    sampleMonitorIndicator(2, { light: "yellow", completion: 40 }),
    sampleMonitorIndicator(3, { light: "not_due", completion: null }),
  ],
  projects: [sampleMonitorProject("培训项目")],
}

describe("diffLights (two monitoring runs)", () => {
  it("lists the indicators whose light changed, with completion, and leaves the unchanged out", () => {
    const october: RunResults = {
      run: sampleMonitorRun("october", { asOf: "2024-10-31" }),
      indicators: [
        sampleMonitorIndicator(1, { completion: 80 }), // still green
        sampleMonitorIndicator(2, { light: "red", completion: 45, actual: "68家" }),
        sampleMonitorIndicator(3, { light: "green", completion: 100 }),
      ],
      projects: [sampleMonitorProject("培训项目", { budgetLight: "yellow", budgetProgress: 50 })],
    }
    const diff = diffLights(july, october)
    expect(diff.indicators.map((i) => [i.no, i.before?.light, i.after?.light])).toEqual([
      [2, "yellow", "red"],
      [3, "not_due", "green"],
    ])
    expect(diff.indicators[0]).toMatchObject({
      before: { completion: 40, toDate: "80家" },
      after: { completion: 45, toDate: "68家" },
    })
    expect(diff.budgets).toEqual([
      {
        unit: "测试单位",
        project: "培训项目",
        before: { light: "green", progress: 60 },
        after: { light: "yellow", progress: 50 },
      },
    ])
    expect(diff.asOf).toEqual({ before: "2024-07-31", after: "2024-10-31" })
  })

  it("says an indicator or a budget appeared or went, and nothing for identical runs", () => {
    const fewer: RunResults = { ...july, indicators: july.indicators.slice(0, 2), projects: [] }
    const diff = diffLights(july, fewer)
    expect(diff.indicators.map((i) => [i.no, i.after])).toEqual([[3, null]])
    expect(diff.budgets.map((b) => [b.project, b.after])).toEqual([["培训项目", null]])
    expect(diffLights(july, july)).toMatchObject({ indicators: [], budgets: [], projects: [] })
  })
})

describe("diffForecast (a monitoring run against a year-end run)", () => {
  const yearEnd: RunResults = {
    run: sampleRun("yearend"),
    indicators: [
      sampleIndicator(1, { actual: "160家", score: 10, status: "met" }),
      sampleIndicator(2, { actual: "120家", score: 8, status: "partially_met" }),
      sampleIndicator(4),
    ],
    projects: [sampleProject("培训项目", { total: 92.5, grade: "优" })],
  }

  it("pairs every indicator's forecast with its outcome, and the projected with the actual grade", () => {
    const diff = diffForecast(july, yearEnd)
    expect(diff).toMatchObject({
      kind: "forecast_outcome",
      monitor: "july",
      yearEnd: "yearend",
      asOf: "2024-07-31",
    })
    // Every indicator, the unchanged too; 4 only at year end, 3 only in July.
    expect(diff.indicators.map((i) => i.no)).toEqual([1, 2, 4, 3])
    expect(diff.indicators[1]).toEqual({
      unit: "测试单位",
      project: "培训项目",
      name: "指标2",
      no: 2,
      forecast: { value: "150家", score: 10, status: "met", light: "yellow" },
      outcome: { value: "120家", score: 8, status: "partially_met" },
    })
    expect(diff.indicators[2]?.forecast).toBeNull()
    expect(diff.indicators[3]?.outcome).toBeNull()
    expect(diff.projects).toEqual([
      {
        unit: "测试单位",
        name: "培训项目",
        projected: { total: 88.5, grade: "良" },
        actual: { total: 92.5, grade: "优" },
      },
    ])
    expect(diff.department).toEqual({
      projected: { score: 88.5, grade: "良" },
      actual: { score: 92.5, grade: "优" },
    })
  })

  it("matches by name across fiscal years", () => {
    const renumbered = { ...yearEnd, run: sampleRun("next", { year: 2025 }) }
    const shifted = {
      ...renumbered,
      indicators: renumbered.indicators.map((i) => ({ ...i, no: i.no + 10 })),
    }
    const diff = diffForecast(july, shifted)
    expect(diff.acrossYears).toBe(true)
    expect(diff.indicators.find((i) => i.name === "指标2")).toMatchObject({
      no: 12,
      forecast: { value: "150家" },
      outcome: { value: "120家" },
    })
  })
})
