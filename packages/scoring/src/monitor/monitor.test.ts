import { parseBudgetTable, parseMonitorTable, parseTable } from "@jixiao/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { monitor } from "./monitor.ts"
import { monitoringToJson } from "./results-json.ts"

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"))
const targets = bytes([
  "单位,项目,绩效目标,一级指标,二级指标,三级指标,实施周期指标值,年度指标值",
  "U,企业服务,服务企业,产出指标,数量指标,服务企业数量,不少于150家,不少于150家",
  "U,企业服务,服务企业,产出指标,数量指标,举办活动场次,≥10场,≥10场",
  "U,企业服务,服务企业,满意度指标,服务对象满意度,服务对象满意度,≥95%,≥95%",
  "U,企业服务,服务企业,效益指标,社会效益,产业影响力,进一步提高,进一步提高",
])
const sheet = bytes([
  "单位,项目,序号,三级指标,1-7月完成值,全年预计完成值,完成目标可能性,偏差原因类别,原因说明",
  "U,企业服务,1,服务企业数量,90家,,确定能,,",
  "U,企业服务,2,举办活动场次,3场,8场,有可能,,",
  "U,企业服务,4,产业影响力,部分达成并具有一定效果,,有可能,制度保障,政策出台晚",
  "U,别的项目,1,服务企业数量,1家,,,,",
])
const budget = bytes(["单位,项目,全年预算数,全年执行数", "U,企业服务,100,40"])

const run = async (asOf = "2024-07-31") => {
  const table = await Effect.runPromise(parseTable({ file: "t.csv", bytes: targets }))
  const monitorSheet = await Effect.runPromise(parseMonitorTable({ file: "m.csv", bytes: sheet }))
  const budgetTable = await Effect.runPromise(parseBudgetTable({ file: "b.csv", bytes: budget }))
  const result = await monitor({
    table,
    sheet: monitorSheet,
    budget: budgetTable,
    policy: presets.national!,
    asOf,
  })
  if (!result.ok) throw new Error(result.code)
  return result.value
}

describe("monitor: one run over tables in memory", () => {
  it("lights each indicator and the budget, checks the forms, and lists unmatched rows", async () => {
    const m = await run()
    const [p] = m.projects
    expect(p!.indicators.map((i) => i.light)).toEqual(["green", "red", "not_due", "yellow"])
    expect(p!.indicators[1]!.findings.map((f) => f.code)).toEqual(["reason_missing"])
    expect(p!.indicators[1]!.findings[0]!.at).toMatchObject({ file: "m.csv", row: 3 })
    expect(p!.indicators[3]!.findings).toEqual([])
    // 40 of 100 against 213/366: (0.58197 − 0.4) ÷ 0.58197 = 31 % behind → red.
    expect(p!.budget).toMatchObject({ light: "red" })
    expect(p!.budget!.progress!.equals(exact("0.4"))).toBe(true)
    expect(m.lights).toEqual({ red: 1, yellow: 1, green: 1, not_due: 1, needs_review: 0 })
    expect(m.units).toEqual([{ name: "U", lights: m.lights }])
    expect(m.rejected.map((r) => [r.row, r.reason])).toEqual([[5, "unknown_project"]])
  })

  it("forecasts: the unit's own, a linear projection of a running total, the value to date; graded as at year end", async () => {
    const [p] = (await run()).projects
    const [served, events, survey, words] = p!.indicators
    // 90 ÷ (213/366) = 154.647…: a projection that meets 不少于150家.
    expect(served!.forecast).toMatchObject({ source: "linear", graded: { status: "met" } })
    expect(served!.forecast!.text.startsWith("154.647")).toBe(true)
    expect(events!.forecast).toMatchObject({
      text: "8场",
      source: "unit",
      graded: { status: "partially_met" },
    })
    // A survey not due, with no 确定能: nothing to project.
    expect(survey!.forecast).toBeNull()
    expect(words!.forecast).toMatchObject({ source: "to_date", graded: { status: "partially_met" } })
    expect(p!.projected.grade).toBeDefined()
  })

  it("writes the monitoring shape of results.json", async () => {
    const json = monitoringToJson(await run(), {
      engineVersion: "test",
      inputs: { targets: "t.csv", actuals: "m.csv", budget: "b.csv" },
    })
    expect(json).toMatchObject({ mode: "monitor", asOf: "2024-07-31", year: 2024, timeProgress: 58.2 })
    expect(json.projects[0]!.indicators.map((i) => i.completion)).toEqual([60, 30, null, null])
    expect(json.red).toMatchObject([{ project: "企业服务", name: "举办活动场次" }])
    expect(json.projection).toContain("预测")
    expect(json.withoutForecast).toBe(1)
    // 90 ÷ (213/366) = 154.647…, graded exactly, shown to 2 places.
    expect(json.projects[0]!.indicators[0]!.forecast).toMatchObject({ text: "154.65家", source: "linear" })
    expect(json.projects[0]!.indicators[1]!.findings[0]!.message).toContain("未填写偏差原因")
  })

  it("an as-of date outside the fiscal year is an error value", async () => {
    const table = await Effect.runPromise(parseTable({ file: "t.csv", bytes: targets }))
    const monitorSheet = await Effect.runPromise(parseMonitorTable({ file: "m.csv", bytes: sheet }))
    const result = await monitor({
      table,
      sheet: monitorSheet,
      policy: presets.national!,
      asOf: "2025-01-01",
      year: 2024,
    })
    expect(result).toMatchObject({ ok: false, code: "as_of_outside_year" })
  })
})
