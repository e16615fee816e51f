import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { loadWorkbook } from "@jixiao/report/testing"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const sheet = "seeds/sample-monitor-2024-07.csv"
const budget = "seeds/sample-budget-2024-07.csv"

interface Indicator {
  no: number
  name: string
  light: string
  completion: number | null
  treatment: { kind: string; source: string } | null
  forecast: { text: string; source: string; status: string } | null
  findings: Array<{ code: string; message: string; at: { file: string; row?: number } }>
}
interface Results {
  mode: string
  asOf: string
  year: number
  timeProgress: number
  lights: Record<string, number>
  budgetLights: Record<string, number>
  units: Array<{ name: string; lights: Record<string, number>; projected: { score: number; grade: string } }>
  department: { projected: { score: number; grade: string } }
  projection: string
  projects: Array<{
    unit: string
    name: string
    budget: { progress: number | null; light: string } | null
    projected: { total: number; grade: string }
    indicators: Indicator[]
  }>
  red: Array<{ project: string; name: string }>
  rejected: Array<{ row: number; column?: number; reason: string; message: string }>
}

const monitorSeed = (asOf: string, ...extra: string[]) => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-monitor-"))
  const run = runJixiao([
    "monitor",
    "--targets",
    seed,
    "--actuals",
    sheet,
    "--budget",
    budget,
    "--as-of",
    asOf,
    "--out",
    out,
    ...extra,
  ])
  const results =
    run.status === 0 ? (JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results) : null
  return { run, results, out }
}

const find = (r: Results, project: string, no: number) => {
  const p = r.projects.find((x) => x.name === project)!
  return p.indicators.find((i) => i.no === no)!
}
const codes = (i: Indicator) => i.findings.map((f) => f.code)

describe("jixiao monitor on the seed with the sample monitoring sheet (2024-07-31)", () => {
  const { run, results } = monitorSeed("2024-07-31")
  const r = results!

  it("exits 0 and writes results.json in the monitoring shape", () => {
    expect(run.status, run.stderr).toBe(0)
    expect(r).toMatchObject({ mode: "monitor", asOf: "2024-07-31", year: 2024, timeProgress: 58.2 })
    expect(r.projection).toContain("并非年终评价结果")
  })

  it("lights every light, and counts them by unit", () => {
    for (const light of ["green", "yellow", "red", "not_due", "needs_review"])
      expect(r.lights[light]).toBeGreaterThan(0)
    const total = Object.values(r.lights).reduce((a, b) => a + b, 0)
    expect(total).toBe(r.projects.flatMap((p) => p.indicators).length)
    expect(
      r.units.map((u) => Object.values(u.lights).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0),
    ).toBe(total)
    for (const light of ["green", "yellow", "red", "needs_review"])
      expect(r.budgetLights[light]).toBeGreaterThan(0)
  })

  it("judges each kind of indicator by its rule", () => {
    // Cumulative behind 序时进度: 70 of 150 is 19.8 % behind (yellow); 5 of 20 is red.
    expect(find(r, "工业工作经费", 5)).toMatchObject({ light: "yellow", treatment: { kind: "cumulative" } })
    expect(find(r, "工业和信息化培训经费", 1)).toMatchObject({ light: "red", completion: 25 })
    // A rate judged against its target; the sheet's 监控口径 makes another one cumulative.
    expect(find(r, "其他工业和信息化产业发展经费", 2)).toMatchObject({
      light: "red",
      treatment: { kind: "rate" },
    })
    expect(find(r, "质保中心清算工作经费", 1)).toMatchObject({
      light: "green",
      treatment: { kind: "cumulative", source: "sheet" },
    })
    // A survey not due yet; a cost past its cap; qualitative words.
    expect(find(r, "其他运行经费", 1)).toMatchObject({
      light: "not_due",
      treatment: { kind: "annual_event" },
    })
    expect(find(r, "中小企业发展专题", 3)).toMatchObject({ light: "red" })
    expect(codes(find(r, "中小企业发展专题", 3))).toContain("cap_exceeded")
    expect(find(r, "其他工业和信息化事业发展经费", 11).light).toBe("yellow")
    expect(find(r, "信息化工作经费", 11).light).toBe("red")
    expect(find(r, "综合工作经费", 2)).toMatchObject({ light: "needs_review" })
    // A compound target, part by part: 优秀率 80 % of ≥ 90 % is the worst part (yellow).
    expect(find(r, "预备役年度维持性工作经费", 2)).toMatchObject({
      light: "yellow",
      treatment: { kind: "compound" },
    })
  })

  it("raises every form rule as a finding at the sheet's row", () => {
    expect(codes(find(r, "综合工作经费", 4))).toEqual(["reason_missing"])
    expect(codes(find(r, "综合工作经费", 1))).toEqual(["likelihood_without_reason"])
    expect(codes(find(r, "信息化工作经费", 6))).toEqual(["reason_missing", "certain_under_red"])
    expect(codes(find(r, "其他工业和信息化事业发展经费", 1))).toEqual(["ahead_of_target"])
    const finding = find(r, "综合工作经费", 4).findings[0]!
    expect(finding.at.file).toBe(sheet)
    expect(finding.message).toContain("偏差原因")
  })

  it("forecasts from the unit's own figure or a linear projection, graded as at year end", () => {
    expect(find(r, "工业工作经费", 5).forecast).toMatchObject({
      text: "140家",
      source: "unit",
      status: "partially_met",
    })
    expect(find(r, "综合工作经费", 4).forecast).toMatchObject({ source: "linear" })
    // Not due, nothing reported, but 确定能: the target itself.
    expect(find(r, "其他运行经费", 1).forecast).toMatchObject({
      text: "95%",
      source: "target",
      status: "met",
    })
    expect(r.department.projected.grade).toMatch(/^[优良中差]$/)
    expect(r.units.every((u) => u.projected !== null)).toBe(true)
  })

  it("lists the rows not used: a value outside a fixed list (with its column) and an unknown project", () => {
    expect(r.rejected.map((x) => [x.reason, x.column])).toEqual([
      ["likelihood_unknown", 7],
      ["unknown_project", undefined],
    ])
  })

  it("prints the counts per light by unit, then the red list, in Chinese", () => {
    expect(run.stdout).toContain("序时进度 58.20%")
    expect(run.stdout).toMatch(
      /广州市工业和信息化局　红灯 \d+，黄灯 \d+，绿灯 \d+，未到期 \d+，待人工判断 \d+/,
    )
    const red = run.stdout.indexOf("红灯指标")
    expect(red).toBeGreaterThan(run.stdout.indexOf("指标 "))
    expect(run.stdout.slice(red)).toContain("举办广州市中小企业发展巡回课堂")
    expect(run.stdout).toContain("预测")
    expect(run.stdout).toMatch(/\d+ 项指标尚无可推算的全年预计/)
    expect(run.stdout).toContain("第 122 行 第 7 列")
  })
})

describe("jixiao monitor later in the year and at its edges", () => {
  it("in December, a passed deadline is red and one within 30 days yellow", () => {
    const r = monitorSeed("2024-12-15").results!
    const late = find(r, "专项工作培训费", 3)
    expect(late.light).toBe("red")
    expect(codes(late)).toContain("deadline_passed")
    const near = r.projects
      .filter((p) => p.name === "购置经费")
      .flatMap((p) => p.indicators)
      .find((i) => i.name === "完成项目验收时间")!
    expect(near.light).toBe("yellow")
    expect(codes(near)).toContain("deadline_near")
  })

  it("an as-of date outside the fiscal year is an error (exit 1) naming the date", () => {
    const { run } = monitorSeed("2025-01-01", "--year", "2024")
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("2025-01-01")
    expect(run.stderr).toContain("2024")
    const bad = monitorSeed("2024-02-30")
    expect(bad.run.status).toBe(1)
    expect(bad.run.stderr).toContain("不是有效的日期")
  })

  it("29 February counts in a leap year", () => {
    expect(monitorSeed("2024-02-29").results!.timeProgress).toBe(16.39) // 60 ÷ 366
  })

  it("the policy's monitor block moves the thresholds", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-policy-"))
    const policy = join(dir, "p.json")
    writeFileSync(policy, JSON.stringify({ monitor: { indicators: { yellowFrom: 50, redFrom: 80 } } }))
    const r = monitorSeed("2024-07-31", "--policy", policy).results!
    expect(find(r, "工业工作经费", 5).light).toBe("green")
    expect(find(r, "工业和信息化培训经费", 1).light).toBe("yellow")
  })

  it("without a budget sheet: no budget lights, and the projection says its budget points are 0", () => {
    const out = mkdtempSync(join(tmpdir(), "jixiao-monitor-nobudget-"))
    const run = runJixiao([
      "monitor",
      "--targets",
      seed,
      "--actuals",
      sheet,
      "--as-of",
      "2024-07-31",
      "--out",
      out,
    ])
    expect(run.status, run.stderr).toBe(0)
    const r = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results
    expect(r.projects.every((p) => p.budget === null)).toBe(true)
    expect(run.stdout).toContain("未提供预算执行表（--budget）：预测中各项目的预算执行得分记 0 分")
    expect(run.stdout).not.toContain("预算执行进度")
  })

  it("has help with examples", () => {
    const help = runJixiao(["monitor", "--help"])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain("--as-of")
    expect(help.stdout).toContain("seeds/sample-monitor-2024-07.csv")
  })
})

describe("jixiao monitor writes its reports with results.json", () => {
  const { run, out } = monitorSeed("2024-07-31")

  it("writes results.json, 绩效监控表.xlsx and 监控报告.html by default, and says so", async () => {
    expect(run.status, run.stderr).toBe(0)
    expect(readdirSync(out).sort()).toEqual(["results.json", "监控报告.html", "绩效监控表.xlsx"].sort())
    for (const name of ["results.json", "监控报告.html", "绩效监控表.xlsx"])
      expect(run.stdout).toContain(`已写入 ${join(out, name)}`)
    const workbook = await loadWorkbook(new Uint8Array(readFileSync(join(out, "绩效监控表.xlsx"))))
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results
    expect(workbook.worksheets).toHaveLength(results.projects.length + 1)
    expect(workbook.worksheets[0]!.name).toBe("监控汇总")
    const page = readFileSync(join(out, "监控报告.html"), "utf8")
    expect(page).toContain("<dt>监控截止日期</dt><dd>2024-07-31</dd>")
    expect(page.indexOf('<section id="red"')).toBeLessThan(page.indexOf('<section id="overview"'))
  })

  it("writes the formats --format names, Markdown and CSV too", () => {
    const { run, out } = monitorSeed("2024-07-31", "--format", "md,csv")
    expect(run.status, run.stderr).toBe(0)
    expect(readdirSync(out).sort()).toEqual(["results.json", "监控明细.csv", "监控报告.md"].sort())
    const csv = readFileSync(join(out, "监控明细.csv"), "utf8")
    expect(csv.split("\r\n").filter((l) => l !== "")).toHaveLength(
      1 +
        (JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results).projects.flatMap(
          (p) => p.indicators,
        ).length,
    )
  })

  it("refuses a format monitoring does not write (docx), naming the choices", () => {
    const { run } = monitorSeed("2024-07-31", "--format", "html,docx")
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("docx")
    expect(run.stderr).toContain("html、xlsx、md、csv")
  })

  it("writes nothing when one report cannot be written: results.json and the reports are one set", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-set-"))
    mkdirSync(join(dir, "绩效监控表.xlsx"))
    const failed = runJixiao([
      "monitor",
      "--targets",
      seed,
      "--actuals",
      sheet,
      "--as-of",
      "2024-07-31",
      "--out",
      dir,
    ])
    expect(failed.status).toBe(1)
    expect(readdirSync(dir)).toEqual(["绩效监控表.xlsx"])
  })
})
