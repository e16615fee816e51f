import { describe, expect, it } from "vitest"
import type { Indicator, Project, TargetTable } from "../../model/table.ts"
import { SEED, seedTable as seed, seedText } from "../seed.fixture.ts"
import { parseTextTable } from "./text-table.ts"

const projects = (t: TargetTable): Project[] => t.units.flatMap((u) => [...u.projects])
const project = (t: TargetTable, name: string): Project => projects(t).find((p) => p.name === name)!
const item = (p: Project, no: number): Indicator => p.indicators.find((i) => i.no === no)!
const fieldOf = (row: number, column: number): string =>
  seedText.split(/\r?\n/)[row - 1]!.split("\t")[column - 1]!

describe("parseTextTable on the seed", () => {
  it("reads 3 units, 34 projects and 168 indicators with nothing rejected", () => {
    expect(seed.units.map((u) => u.name)).toEqual([
      "广州市工业和信息化局",
      "广州市工业和信息化产业发展中心",
      "广州市无线电监测站",
    ])
    expect(projects(seed)).toHaveLength(34)
    expect(projects(seed).flatMap((p) => p.indicators)).toHaveLength(168)
    expect(seed.rejected).toEqual([])
    expect(seed.department).toBe("广州市工业和信息化局")
    expect(seed.title).toBe("项目支出绩效目标表（含转移支付项目）")
    expect(seed.format).toBe("text")
  })

  it("keeps the two 购置经费 apart, each under its unit", () => {
    const buys = projects(seed).filter((p) => p.name === "购置经费")
    expect(buys.map((p) => p.unit)).toEqual([
      "广州市工业和信息化局",
      "广州市工业和信息化产业发展中心",
      "广州市无线电监测站",
    ])
    expect(buys.map((p) => p.indicators.length)).toEqual([3, 2, 4])
  })

  it("reads an item whose name ends with 。 (中小企业发展专题 item 4)", () => {
    const it4 = item(project(seed, "中小企业发展专题"), 4)
    expect(it4.level1).toMatchObject({ code: "2", name: "效益指标" })
    expect(it4.level2).toMatchObject({ code: "21", name: "经济效益" })
    expect(it4.name).toBe("带动培育省级及以上专精特新企业")
    expect(it4.period?.text).toBe("1,500家以上")
    expect(it4.annual?.text).toBe("1,500家以上")
  })

  it("reads an item written 11-数量指标：名称", () => {
    const first = item(project(seed, "支持发展第10.5代TFT-LCD显示器件生产项目"), 1)
    expect(first.level2).toEqual({ raw: "11-数量指标", code: "11", name: "数量指标", points: null })
    expect(first.name).toBe("支持发展平板显示产业项目数量")
    expect([first.period?.text, first.annual?.text]).toEqual(["1个", "1个"])
  })

  it("does not split an annual target with two 1份 (工信产业数据管理工作经费 item 1)", () => {
    const p = project(seed, "工信产业数据管理工作经费")
    expect(p.indicators.map((i) => i.no)).toEqual([1, 2, 3])
    expect(item(p, 1).period?.text).toBe("2")
    expect(item(p, 1).annual?.text).toBe("产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份")
  })

  it("numbers items past 10 and drops the trailing 。 of the last annual target", () => {
    const p = project(seed, "工业工作经费")
    expect(p.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    expect(item(p, 15).annual?.text).toBe("如期进行宣传")
  })

  it("keeps the place of every cell: line, field and span", () => {
    const ind = item(project(seed, "工信产业数据管理工作经费"), 1)
    const annual = ind.annual!
    expect(annual.at).toMatchObject({ file: SEED, row: 32, column: 3 })
    const field = fieldOf(32, 3)
    expect(field.slice(...annual.at.span!)).toBe(annual.text)
    expect(field.slice(...ind.at.span!)).toMatch(/^1、1-产出指标.*1份$/)
    const p = project(seed, "工信产业数据管理工作经费")
    expect(p.at).toMatchObject({ row: 32, column: 1 })
    for (const i of projects(seed).flatMap((x) => x.indicators)) {
      for (const c of [i.period, i.annual])
        if (c) expect(fieldOf(c.at.row, 3).slice(...c.at.span!)).toBe(c.text)
    }
  })
})

describe("parseTextTable on broken input", () => {
  const header = "项目名称（资金使用单位）\t绩效目标\t绩效指标"
  const good = "1、1-产出指标；11-数量指标；培训；实施周期指标值:1次；年度指标值:1次。"

  it("reads CRLF and a BOM the same as the seed", () => {
    const t = parseTextTable(`\uFEFF${seedText.replace(/\n/g, "\r\n")}`, SEED)
    expect(projects(t).flatMap((p) => p.indicators)).toHaveLength(168)
    expect(t.rejected).toEqual([])
    expect(t.title).toBe(seed.title)
  })

  it("lists a garbage line as row_unrecognised and reads the rest", () => {
    const t = parseTextTable([header, "单位A\t\t", "\t乱码\t", `项目X\t目标\t${good}`].join("\n"), "x.txt")
    expect(t.rejected).toEqual([
      { code: "row_unrecognised", at: { file: "x.txt", row: 3 }, data: { text: "乱码" } },
    ])
    expect(project(t, "项目X").indicators).toHaveLength(1)
  })

  it("keeps a project before any unit under the unit '' and lists it", () => {
    const t = parseTextTable([header, `项目X\t目标\t${good}`].join("\n"), "x.txt")
    expect(t.units.map((u) => u.name)).toEqual([""])
    expect(t.rejected).toMatchObject([
      { code: "project_without_unit", at: { row: 2, column: 1 }, data: { project: "项目X" } },
    ])
  })

  it("keeps a project with an empty indicator cell, with no indicators and no rejection", () => {
    const t = parseTextTable(["单位A\t\t", "项目X\t目标\t"].join("\n"), "x.txt")
    expect(project(t, "项目X")).toMatchObject({ unit: "单位A", goal: "目标", indicators: [] })
    expect(t.rejected).toEqual([])
  })

  it("lists an item that cannot be split, with its place, and keeps the others", () => {
    const cell = `1、1-产出指标；11-数量指标；培训；实施周期指标值:1次。2、只有一句话。3、2-效益指标；22-社会效益；效果；年度指标值:提升。`
    const t = parseTextTable(["单位A\t\t", `项目X\t目标\t${cell}`].join("\n"), "x.txt")
    expect(project(t, "项目X").indicators.map((i) => i.no)).toEqual([1, 3])
    expect(item(project(t, "项目X"), 1).annual).toBeNull()
    expect(item(project(t, "项目X"), 3).period).toBeNull()
    const [rejection] = t.rejected
    expect(rejection).toMatchObject({
      code: "indicator_unreadable",
      at: { file: "x.txt", row: 2, column: 3 },
      data: { no: 2, reason: "no_target_label", project: "项目X", unit: "单位A", text: "2、只有一句话" },
    })
    expect(cell.slice(...rejection!.at.span!)).toBe("2、只有一句话")
  })

  it("reads level names with points", () => {
    const cell = "1、产出指标（50分）；数量指标；培训；实施周期指标值：1次；年度指标值：1次"
    const t = parseTextTable(["单位A\t\t", `项目X\t目标\t${cell}`].join("\n"), "x.txt")
    const ind = item(project(t, "项目X"), 1)
    expect(ind.level1).toEqual({ raw: "产出指标（50分）", code: null, name: "产出指标", points: "50" })
    expect(ind.annual?.text).toBe("1次")
  })
})
