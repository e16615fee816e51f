import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import type { TargetTable } from "../model/table.ts"
import { parseTextTable } from "../read/text/text-table.ts"
import { lintTable } from "./lint-table.ts"

const seedFile = "seeds/000_6fa372ea3c00e953.txt"
const seed = parseTextTable(
  readFileSync(new URL(`../../../../${seedFile}`, import.meta.url), "utf8"),
  seedFile,
)
const report = lintTable(seed, { year: 2024 })
const at = (project: string, no: number) =>
  report.findings.filter((f) => f.project === project && f.no === no)

describe("lintTable on the seed", () => {
  it("counts 3 units, 34 projects and 168 indicators", () => {
    expect(report.counts).toEqual({ units: 3, projects: 34, indicators: 168 })
    expect(report.department).toBe("广州市工业和信息化局")
  })

  it("compiles every annual target, none unparsed", () => {
    const annual = report.targets.filter((t) => t.field === "annual")
    expect(annual).toHaveLength(168)
    expect(annual.filter((t) => t.compiled.kind === "unparsed")).toEqual([])
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([])
  })

  it("raises the table's real defects, each at its cell", () => {
    const disagree = at("综合工作经费", 2).find((f) => f.code === "targets_disagree")
    expect(disagree?.data).toMatchObject({ annual: "≥10场", period: "≥10家" })
    expect(disagree?.at).toMatchObject({ file: seedFile, row: 12, column: 3 })
    expect(seed.units[0]!.projects[3]!.indicators[1]!.annual!.text).toBe("≥10场")

    expect(at("资金项目流程管理及工业和信息化项目资金评审工作经费", 1).map((f) => f.code)).toContain(
      "targets_disagree",
    )
    expect(at("信息化工作经费", 11).map((f) => f.code)).toEqual(["target_repeats_indicator_name"])
    expect(at("工信产业数据管理工作经费", 1).map((f) => f.code)).toContain("period_bare_count")
    expect(at("派驻纪检监察组工作经费", 2).map((f) => f.code)).toContain("qualitative_output_target")
    expect(at("支持发展第10.5代TFT-LCD显示器件生产项目", 2).map((f) => f.code)).toEqual([
      "unit_missing",
      "unit_missing",
    ])
    expect(at("广州市工信局2023-2024年信息化运维项目", 5).map((f) => f.code)).toContain("duplicate_indicator")
  })

  it("does not flag consistent indicators", () => {
    expect(at("工业工作经费", 5)).toEqual([])
    expect(at("其他运行经费", 1)).toEqual([])
  })
})

describe("lintTable on broken tables", () => {
  const cell = (text: string, row: number) => ({ text, at: { file: "t.csv", row, column: 8 } })
  const level = (raw: string) => ({ raw, name: raw.replace(/^\d+-/, ""), code: null, points: null })
  const indicator = (no: number, annual: string | null, row: number) => ({
    no,
    level1: level("1-产出指标"),
    level2: level("11-数量指标"),
    name: `指标${no}`,
    period: null,
    annual: annual === null ? null : cell(annual, row),
    weight: null,
    actual: null,
    deviationReason: null,
    at: { file: "t.csv", row },
  })
  const table: TargetTable = {
    file: "t.csv",
    format: "csv",
    department: null,
    title: null,
    rejected: [{ code: "missing_project", at: { file: "t.csv", row: 9 } }],
    units: [
      {
        name: "甲单位",
        at: { file: "t.csv", row: 2 },
        projects: [
          {
            unit: "甲单位",
            name: "项目A",
            goal: "",
            at: { file: "t.csv", row: 2 },
            indicators: [indicator(1, "≥", 2), indicator(2, null, 3)],
          },
          { unit: "甲单位", name: "项目A", goal: "", at: { file: "t.csv", row: 4 }, indicators: [] },
        ],
      },
    ],
  }
  const broken = lintTable(table)

  it("reports unparsed annual targets, missing targets, duplicates, empty projects and rejected rows", () => {
    const codes = broken.findings.map((f) => [f.code, f.severity, f.at.row])
    expect(codes).toEqual(
      expect.arrayContaining([
        ["row_rejected", "error", 9],
        ["unparsed_target", "error", 2],
        ["missing_target", "error", 3],
        ["duplicate_project", "error", 4],
        ["project_without_indicators", "error", 4],
      ]),
    )
    expect(broken.findings.every((f) => f.message.length > 0)).toBe(true)
  })
})

describe("lintTable on a table without indicators", () => {
  it("raises table_without_indicators once, at the top of the file, as an error", () => {
    const empty = lintTable(parseTextTable("部门名称：测试局\n", "t.txt"))
    expect(empty.findings).toMatchObject([
      {
        code: "table_without_indicators",
        severity: "error",
        message: "表中没有任何绩效指标：没有可审核或评分的内容",
      },
    ])
    expect(empty.findings[0]!.at).toEqual({ file: "t.txt", row: 1 })
    expect(report.findings.some((f) => f.code === "table_without_indicators")).toBe(false)
  })
})
