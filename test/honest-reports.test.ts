/**
 * Issue #13, "a score must never change silently" and "every message points at the right cell": each case
 * was seen on the seed with the command it runs here, and said nothing (or pointed at the target table).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { root, runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budgetLines = readFileSync(join(root, "seeds/sample-budget-2024.csv"), "utf8").trim().split("\n")

const assess = (extra: ReadonlyArray<string>, formats = "json") => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-honest-"))
  const run = runJixiao([
    "assess",
    "--targets",
    seed,
    "--actuals",
    actuals,
    "--out",
    out,
    ...(formats === "json" ? [] : ["--format", formats]),
    ...extra,
  ])
  expect(run.status, run.stderr).toBe(0)
  const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
  const read = (name: string) => readFileSync(join(out, name), "utf8")
  return { run, results, read, out }
}

const file = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "jixiao-honest-in-")), name)
  writeFileSync(path, text)
  return path
}

describe("no budget, some budget, bad budget cells", () => {
  it("says out loud that no budget was given and what it cost, in the terminal and the reports", () => {
    const { run, results, read } = assess(["--year", "2024"], "html,md")
    expect(run.stdout).toContain("未提供预算执行数据（--budget）：34 个项目的预算执行 10 分均记 0 分")
    expect(results.projects.every((p: { budgetState: string }) => p.budgetState === "not_given")).toBe(true)
    expect(results.budgetMissing).toHaveLength(34)
    expect(results.department.fallback).toEqual({ projectsWithoutBudget: 34 })
    // The method actually used, and why, instead of "按全年预算数加权平均".
    expect(run.stdout).toContain(
      "项目总分简单平均（评分规则要求按全年预算数加权，但 34 个项目没有可用的全年预算数）",
    )
    expect(read("报告.md")).toContain("部门得分为项目总分简单平均（评分规则要求按全年预算数加权")
    expect(read("报告.html")).toContain("缺少预算执行数据")
  })

  it("rescales to 100 when the policy says so, and says that too", () => {
    const policy = file("rescale.json", JSON.stringify({ extends: "national", missingBudget: "rescale" }))
    const zero = assess(["--year", "2024"]).results
    const { run, results } = assess(["--year", "2024", "--policy", policy])
    expect(run.stdout).toContain("已按指标得分折算为百分制")
    expect(results.department.score).toBeGreaterThan(zero.department.score)
    const codes = results.projects[0].findings.map((f: { code: string }) => f.code)
    expect(codes).toEqual(expect.arrayContaining(["budget_not_given", "budget_rescaled"]))
  })

  it("lists the projects a budget file leaves out", () => {
    const budget = file("one.csv", budgetLines.slice(0, 3).join("\n"))
    const { run, results } = assess(["--year", "2024", "--budget", budget])
    expect(run.stdout).toContain("预算执行 1 行：已采用 1，未采用 0")
    expect(run.stdout).toContain("33 个项目没有可用的预算执行数据")
    expect(results.budgetMissing).toHaveLength(33)
    expect(results.budgetMissing[0]).toMatchObject({ state: "no_row" })
  })

  it.each([
    ["约225", "“约225”无法识别"],
    ["", "为空"],
  ])("rejects a row whose 全年执行数 is %j at its cell, and keeps its 全年预算数", (cell, said) => {
    const row = budgetLines[2]!.replace(/,[^,]*$/u, `,${cell}`)
    const budget = file("bad.csv", [...budgetLines.slice(0, 2), row].join("\n"))
    const { run, results } = assess(["--year", "2024", "--budget", budget])
    expect(results.budgetRows).toEqual({ in: 1, used: 0, rejected: 1 })
    const rejected = results.rejected.find((r: { reason: string }) => r.reason === "budget_unreadable")
    expect(rejected).toMatchObject({ row: 3, column: 5, data: { column: "全年执行数" } })
    expect(rejected.message).toContain(said)
    expect(run.stdout).toContain(`${budget} 第 3 行 第 5 列`)
    expect(results.projects[0]).toMatchObject({
      budgetState: "unreadable",
      budget: { planned: 52000, executed: null },
    })
  })

  it("does not score an execution rate of 965772.81% (元 in a 万元 column): a person looks", () => {
    const row = budgetLines[2]!.replace(/,[^,]*$/u, ",502201860000")
    const budget = file("yuan.csv", [...budgetLines.slice(0, 2), row].join("\n"))
    const { results } = assess(["--year", "2024", "--budget", budget])
    const p = results.projects[0]
    expect(p.budgetState).toBe("needs_review")
    expect(p.budget.score).toBe(0)
    expect(p.findings.map((f: { code: string }) => f.code)).toContain("budget_rate_implausible")
    expect(results.budgetMissing[0]).toMatchObject({ state: "needs_review" })
  })
})

describe("every message at its own cell", () => {
  it("points a finding about an actual at the actuals file's row and column", () => {
    const { results, run } = assess(["--year", "2024", "--budget", "seeds/sample-budget-2024.csv"])
    const unreadable = results.projects
      .flatMap(
        (p: {
          indicators: Array<{
            findings: Array<{ code: string; at: { file: string; row: number; column: number } }>
          }>
        }) => p.indicators,
      )
      .flatMap(
        (i: { findings: Array<{ code: string; at: { file: string; row: number; column: number } }> }) =>
          i.findings,
      )
      .find((f: { code: string }) => f.code === "actual_unreadable")
    expect(unreadable.at).toMatchObject({ file: actuals, row: 58, column: 5 })
    expect(run.stdout).toContain(`${actuals} 第 58 行 第 5 列：实际完成值无法识别`)
    expect(run.stdout).not.toContain("原因见 results.json")
  })

  it("names the 评价等级 as the field at fault, not the 实际完成值", () => {
    const sheet = file(
      "tier.csv",
      [
        "单位,项目,序号,三级指标,实际完成值,评价等级",
        "广州市工业和信息化局,综合工作经费,10,中小微企业融资环境,,达标",
      ].join("\n"),
    )
    const out = mkdtempSync(join(tmpdir(), "jixiao-tier-"))
    const run = runJixiao(["assess", "--targets", seed, "--actuals", sheet, "--year", "2024", "--out", out])
    expect(run.status, run.stderr).toBe(0)
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
    const rejected = results.rejected.find((r: { reason: string }) => r.reason === "tier_unreadable")
    expect(rejected).toMatchObject({ file: sheet, row: 2, column: 6, data: { text: "达标" } })
    expect(rejected.message).toContain("评价等级")
  })

  it("infers the year from the table when --year is left out, and says so", () => {
    const { run, results } = assess(["--budget", "seeds/sample-budget-2024.csv"])
    expect(run.stdout).toContain("未指定 --year：按目标表中出现最多的年份")
    expect(run.stdout).toContain("推断为 2024 年度")
    expect(results.department.score).toBe(95.83)
  })
})

describe("the unit's own narrative", () => {
  it("prints the 年度总体目标实际完成情况 the actuals sheet gives, instead of machine text", () => {
    const lines = readFileSync(join(root, actuals), "utf8").trim().split("\n")
    const sentence = "面板产线月产能达12.5万大片，年度总体目标全面完成"
    const withSentence = [
      lines[0],
      `${lines[1]},年度总体目标实际完成情况`,
      `${lines[2]},${sentence}`,
      ...lines.slice(3).map((l) => `${l},`),
    ].join("\n")
    const sheet = file("goal.csv", withSentence)
    const out = mkdtempSync(join(tmpdir(), "jixiao-goal-"))
    const run = runJixiao([
      "assess",
      "--targets",
      seed,
      "--actuals",
      sheet,
      "--budget",
      "seeds/sample-budget-2024.csv",
      "--year",
      "2024",
      "--out",
      out,
      "--format",
      "html,md",
    ])
    expect(run.status, run.stderr).toBe(0)
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
    expect(results.projects[0].goalActual).toBe(sentence)
    expect(results.projects[1].goalActual).toBeNull()
    expect(readFileSync(join(out, "报告.md"), "utf8")).toContain(sentence)
    expect(readFileSync(join(out, "报告.html"), "utf8")).toContain(sentence)
  })
})

describe("jixiao's own 自评表.xlsx read back (item 6)", () => {
  it("reproduces the seed's results from --targets and --budget 自评表.xlsx: department, budget, 评价等级", () => {
    const first = assess(["--budget", "seeds/sample-budget-2024.csv", "--year", "2024"], "xlsx")
    const out = mkdtempSync(join(tmpdir(), "jixiao-honest-again-"))
    const xlsx = join(first.out, "自评表.xlsx")
    const again = runJixiao(["assess", "--targets", xlsx, "--budget", xlsx, "--year", "2024", "--out", out])
    expect(again.status, again.stderr).toBe(0)
    const second = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
    const strip = (r: Record<string, unknown>) =>
      JSON.parse(
        JSON.stringify(
          { department: r.department, units: r.units, projects: r.projects, notMet: r.notMet },
          (key, value) => (key === "at" ? undefined : value),
        ),
      )
    expect(second.department).toMatchObject({ name: "广州市工业和信息化局", score: 95.83, grade: "优" })
    expect(strip(second)).toEqual(strip(first.results))
    expect(again.stdout).toContain("预算执行 34 行：已采用 34，未采用 0")
  })
})
