import { describe, expect, it } from "vitest"
import { columnOf, findHeader, missingColumns, normaliseHeader, resolveColumns } from "./columns.ts"

describe("columns", () => {
  it.each([
    ["单位", "unit"],
    [" 项目 ", "project"],
    ["项目名称（资金使用单位）", "project"],
    ["年度指标值(2024年)", "target_annual"],
    ["Target_Annual", "target_annual"],
    ["target period", "target_period"],
    ["ＵＮＩＴ", "unit"],
    ["Level1", "level1"],
    ["偏差原因分析及改进措施", "deviation_reason"],
    ["偏差原因", "deviation_reason"],
    ["序号", "no"],
    ["No.", "no"],
    ["实际完成值", "actual"],
    ["分值", "weight"],
    ["备注", undefined],
  ])("%s → %s", (header, key) => {
    expect(columnOf(header)).toBe(key)
  })

  it("normalises width, case, spaces and a trailing note", () => {
    expect(normaliseHeader(" 三级指标（名称） ")).toBe("三级指标")
    expect(normaliseHeader("Target-Annual")).toBe("targetannual")
  })

  it("keeps the first of two columns with the same meaning", () => {
    const columns = resolveColumns(["偏差原因", "项目", "偏差原因分析及改进措施"])
    expect(columns.get("deviation_reason")).toBe(0)
    expect(columns.get("project")).toBe(1)
  })

  it("requires project, indicator and one of the two targets; unit is optional", () => {
    expect(missingColumns(resolveColumns(["项目", "三级指标", "实施周期指标值"]))).toEqual([])
    expect(missingColumns(resolveColumns(["单位", "项目", "一级指标"]))).toEqual([
      "indicator",
      "target_annual|target_period",
    ])
  })

  it("finds the header below title rows, and reports the closest row when none fits", () => {
    const title = ["项目支出绩效目标表"]
    expect(findHeader([title, ["部门名称：X"], ["项目", "三级指标", "年度指标值"]])).toMatchObject({
      ok: true,
      index: 2,
    })
    expect(findHeader([title, ["项目", "绩效目标"]])).toEqual({
      ok: false,
      index: 1,
      missing: ["indicator", "target_annual|target_period"],
    })
    expect(findHeader([title, ["a", "b"]])).toEqual({ ok: false, index: null })
    const deep = [...Array.from({ length: 20 }, () => title), ["项目", "三级指标", "年度指标值"]]
    expect(findHeader(deep)).toEqual({ ok: false, index: null })
  })
})
