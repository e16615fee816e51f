import { parseTextTable } from "@jixiao/core"
import { assess, assessmentToJson, presets } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"
import { renderCsv } from "./csv.ts"
import { renderMarkdown } from "./markdown.ts"

/** A one-project result without actuals or budget, whose names then try to break Markdown and CSV. */
const results = async (basis: "annual" | "period" = "annual") => {
  const table = parseTextTable(
    [
      "部门名称：示例局",
      "项目名称（资金使用单位）\t绩效目标\t绩效指标",
      "示例单位\t\t",
      "示例项目\t目标\t1、产出指标；数量指标；举办活动场次；实施周期指标值:≥8场；年度指标值:不少于10场。",
    ].join("\n"),
    "t.txt",
  )
  const json = assessmentToJson(await assess({ table, policy: presets.national!, year: 2024, basis }), {
    engineVersion: "test",
    inputs: { targets: "t.txt", actuals: null, budget: null },
  })
  const [project] = json.projects
  const [indicator] = project!.indicators
  return {
    ...json,
    projects: [
      {
        ...project!,
        unit: "# 单位|甲",
        name: "- 项目*乙*",
        goal: "=目标\n第二行",
        indicators: [{ ...indicator!, name: "<b>场次</b>", deviationReason: "@原因,其一" }],
      },
    ],
  }
}

const markdown = async (basis?: "annual" | "period") => {
  const [file] = await renderMarkdown(await results(basis))
  return file!.contents as string
}

describe("renderMarkdown", () => {
  it("escapes names in headings and cells, so they cannot open blocks or split cells", async () => {
    const md = await markdown()
    expect(md).toContain("### 1. \\- 项目\\*乙\\*")
    expect(md).toContain("| - 项目\\*乙\\* | 示例局 | # 单位\\|甲 |")
    expect(md).toContain("| =目标<br>第二行 |")
    expect(md).toContain("| \\<b>场次\\</b> |")
    expect(md).not.toMatch(/^# 单位/m)
  })

  it("says when a project has no budget data and when a list is empty", async () => {
    const md = await markdown()
    expect(md).toContain("未提供该项目的预算执行数据。")
    expect(md).toMatch(/## 三、未达成的指标\n\n无。/)
    expect(md).toMatch(/## 六、未采用的输入行\n\n无。/)
  })

  it("marks an indicator without an actual, and names the target graded", async () => {
    expect(await markdown()).toMatch(
      /\| 年度指标值 \|.*\n.*\n.*\| 不少于10场 \| — \| \d+\.\d\d \| 0\.00（未评价） \|/,
    )
    expect(await markdown("period")).toContain("| 实施周期指标值 |")
  })
})

describe("renderCsv", () => {
  it("guards the would-be formula and quotes the line break, one row per indicator", async () => {
    const [file] = await renderCsv(await results())
    const lines = (file!.contents as string).split("\r\n")
    expect(file!.name).toBe("指标明细.csv")
    expect(lines[1]).toMatch(/^# 单位\|甲,'- 项目\*乙\*,1,产出指标,数量指标,<b>场次<\/b>,不少于10场,/)
    expect(lines[1]).toMatch(/,"'@原因,其一"$/)
    expect(lines).toHaveLength(3)
  })
})
