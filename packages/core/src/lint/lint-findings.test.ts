import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { parseCsvTable } from "../read/csv/csv-table.ts"
import { lintTable } from "./lint-table.ts"
import { type IndicatorRow, tableOf } from "./table.fixture.ts"

const findingsOf = (row: IndicatorRow) =>
  lintTable(tableOf([row]), { year: 2024 }).findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    field: f.field,
    column: f.at.column,
    data: f.data,
  }))

const cost = { level2: "14-成本指标" }
const timeliness = { level2: "13-时效指标" }

describe("lint findings of their own", () => {
  it.each<[string, IndicatorRow, ReturnType<typeof findingsOf>]>([
    [
      "a template placeholder left in the name",
      { name: "资金拨付率(≥**%)", annual: "≥95%", ...timeliness },
      [
        {
          code: "name_placeholder",
          severity: "warning",
          field: "name",
          column: 7,
          data: { name: "资金拨付率(≥**%)" },
        },
      ],
    ],
    [
      "a cost without a currency",
      { name: "设备购置成本", annual: "≤500", ...cost },
      [
        {
          code: "cost_currency_missing",
          severity: "warning",
          field: "annual",
          column: 9,
          data: { unit: "", text: "≤500" },
        },
      ],
    ],
    [
      "a rate measured in days",
      { name: "办结率", annual: "5个工作日", ...timeliness },
      [
        {
          code: "rate_target_duration",
          severity: "warning",
          field: "annual",
          column: 9,
          data: { unit: "工作日", text: "5个工作日" },
        },
      ],
    ],
    [
      "a reversed range",
      { name: "培训次数", annual: "4-2次" },
      [
        {
          code: "range_reversed",
          severity: "error",
          field: "annual",
          column: 9,
          data: { min: "4", max: "2", text: "4-2次" },
        },
      ],
    ],
    [
      // The name is also the target: target_from_name says it, not target_in_indicator_name as well.
      "a target taken from the name",
      { name: "资金拨付率100%", targetSource: "name", ...timeliness },
      [
        {
          code: "target_from_name",
          severity: "warning",
          field: "name",
          column: 7,
          data: { name: "资金拨付率100%" },
        },
      ],
    ],
  ])("raises %s", (_, row, expected) => {
    expect(findingsOf(row)).toEqual(expected)
  })

  it("keeps target_in_indicator_name for a name with a target beside a written one", () => {
    expect(findingsOf({ name: "资金拨付率100%", annual: "100%", ...timeliness }).map((f) => f.code)).toEqual([
      "target_in_indicator_name",
    ])
  })

  it("raises target_from_name on a CSV row whose target cells are empty", () => {
    const csv = [
      "单位,项目,绩效目标,序号,一级指标,二级指标,三级指标,实施周期指标值,年度指标值",
      "甲单位,项目A,,1,1-产出指标,13-时效指标,资金拨付率100%,,",
    ].join("\n")
    const report = lintTable(Effect.runSync(parseCsvTable(csv, "t.csv")))
    expect(report.findings.map((f) => [f.code, f.field, f.at.row, f.data])).toEqual([
      ["target_from_name", "name", 2, { name: "资金拨付率100%" }],
    ])
  })
})

describe("each finding once", () => {
  it.each<[string, IndicatorRow, ReturnType<typeof findingsOf>]>([
    [
      "two parts without a unit, the same value",
      {
        name: "产值和税收",
        annual: "产值≥100亿、税收≥100亿",
        level2: "21-经济效益指标",
        level1: "2-效益指标",
      },
      [
        {
          code: "unit_missing",
          severity: "warning",
          field: "annual",
          column: 9,
          data: { value: "10000000000", text: "产值≥100亿、税收≥100亿" },
        },
      ],
    ],
    [
      "two parts without a unit, their values listed",
      { name: "产值和税收", annual: "产值≥100亿，税收≥5亿", level2: "21-经济效益指标", level1: "2-效益指标" },
      [
        {
          code: "unit_missing",
          severity: "warning",
          field: "annual",
          column: 9,
          data: { value: "10000000000、500000000", text: "产值≥100亿，税收≥5亿" },
        },
      ],
    ],
    [
      "two cost parts without a currency",
      { name: "设备购置成本", annual: "≤500，≤300", ...cost },
      [
        {
          code: "cost_currency_missing",
          severity: "warning",
          field: "annual",
          column: 9,
          data: { unit: "", text: "≤500，≤300" },
        },
      ],
    ],
  ])("says %s once", (_, row, expected) => {
    expect(findingsOf(row)).toEqual(expected)
  })

  it("still says it once per cell: annual and period are two findings", () => {
    const row = { name: "设备购置成本", annual: "≤500，≤300", period: "≤500，≤300", ...cost }
    expect(findingsOf(row).map((f) => [f.code, f.field])).toEqual([
      ["cost_currency_missing", "annual"],
      ["cost_currency_missing", "period"],
    ])
  })
})
