import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { parseActualsTable } from "../read/actuals-table.ts"
import { parseBudgetTable } from "../read/budget-table.ts"
import { seedTable } from "../read/seed.fixture.ts"
import { parseTextTable } from "../read/text/text-table.ts"
import { ACTUALS_TEMPLATE_FILLED, templateRows } from "./template-rows.ts"

const csv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>) =>
  new TextEncoder().encode(
    [header, ...rows].map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\n"),
  )

describe("templateRows", () => {
  const { actuals, budget } = templateRows(seedTable, { year: 2024 })

  it("has one actuals row per indicator and one budget row per project of the seed", () => {
    expect(actuals.rows).toHaveLength(168)
    expect(budget.rows).toHaveLength(34)
    expect(actuals.rows.every((r) => r.length === actuals.header.length)).toBe(true)
  })

  it("fills identifiers, the annual target and its expectation, and leaves the auditor's columns empty", () => {
    expect(actuals.rows[0]).toEqual([
      "广州市工业和信息化局",
      "支持发展第10.5代TFT-LCD显示器件生产项目",
      "1",
      "1-产出指标",
      "11-数量指标",
      "支持发展平板显示产业项目数量",
      "1个",
      "≥ 1 个",
      ...Array(actuals.header.length - ACTUALS_TEMPLATE_FILLED).fill(""),
    ])
    expect(budget.rows[0]).toEqual([
      "广州市工业和信息化局",
      "支持发展第10.5代TFT-LCD显示器件生产项目",
      "",
      "",
      "",
    ])
    expect(budget.rows.at(-1)?.[0]).toBe(seedTable.units.at(-1)?.name)
  })

  it("uses the year for deadlines written without one", () => {
    const table = parseTextTable(
      "项目名称（资金使用单位）\t绩效目标\t绩效指标\n单位甲\t\t\n项目乙\t目标\t1、1-产出指标；13-时效指标；完成时间；实施周期指标值:9月前；年度指标值:9月前。\n",
      "t.txt",
    )
    const [without, with2024] = [templateRows(table), templateRows(table, { year: 2024 })]
    expect(with2024.actuals.rows[0]![7]).toContain("2024")
    expect(without.actuals.rows[0]![7]).not.toContain("2024")
  })

  it("reads back with the actuals and budget readers: every row keyed, no rejection", async () => {
    const readActuals = await Effect.runPromise(
      parseActualsTable({ file: "a.csv", bytes: csv(actuals.header, actuals.rows) }),
    )
    expect(readActuals.rows).toHaveLength(168)
    expect(readActuals.rejected).toEqual([])
    expect(readActuals.rows.filter((r) => r.actual !== null || r.tier !== null)).toEqual([])
    expect(readActuals.rows[0]).toMatchObject({
      no: 1,
      indicator: "支持发展平板显示产业项目数量",
      actual: null,
    })
    const readBudget = await Effect.runPromise(
      parseBudgetTable({ file: "b.csv", bytes: csv(budget.header, budget.rows) }),
    )
    expect(readBudget.rows).toHaveLength(34)
    expect(readBudget.amountUnit).toBe("万元")
  })
})
