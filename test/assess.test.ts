import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budget = "seeds/sample-budget-2024.csv"

interface Results {
  department: { name: string; score: number; grade: string; projects: number; grades: Record<string, number> }
  units: Array<{ name: string; score: number; grade: string; projects: number }>
  projects: Array<{
    unit: string
    name: string
    total: number
    grade: string
    budget: { planned: number; executed: number; rate: number; weight: number; score: number } | null
    indicators: Array<{
      no: number
      name: string
      status: string
      score: number
      weight: number
      target: string
      actual: string | null
      expects: string
      findings: Array<{ code: string }>
    }>
  }>
  rows: { in: number; graded: number; rejected: number }
  rejected: Array<{ file: string; row: number; reason: string }>
  policy: { name: string }
  engine: { name: string; version: string }
}

const assessSeed = (...extra: string[]) => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-assess-"))
  const run = runJixiao([
    "assess",
    "--targets",
    seed,
    "--actuals",
    actuals,
    "--budget",
    budget,
    "--year",
    "2024",
    "--out",
    out,
    ...extra,
  ])
  const results =
    run.status === 0 ? (JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results) : undefined
  return { run, results, out }
}

describe("jixiao assess on the seed with the illustrative samples", () => {
  const { run, results, out } = assessSeed()

  it("finishes, prints a Chinese summary and writes results.json", () => {
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("广州市工业和信息化局")
    expect(run.stdout).toMatch(/输入 168 行：已评分 \d+，未采用 \d+/)
    expect(run.stdout).toContain(join(out, "results.json"))
  })

  it("gives every one of the 168 indicators a status", () => {
    const indicators = results!.projects.flatMap((p) => p.indicators)
    expect(indicators).toHaveLength(168)
    for (const i of indicators)
      expect(["met", "partially_met", "not_met", "needs_review", "not_evaluated"]).toContain(i.status)
    for (const status of ["met", "partially_met", "not_met", "needs_review", "not_evaluated"]) {
      expect(indicators.some((i) => i.status === status)).toBe(true)
    }
  })

  it("accounts for every input row: in = graded + rejected", () => {
    const { rows, rejected } = results!
    expect(rows.in).toBe(168)
    expect(rows.graded + rows.rejected).toBe(rows.in)
    expect(rejected.filter((r) => r.file === actuals)).toHaveLength(rows.rejected)
  })

  it("writes the department, units and projects with the contracted keys", () => {
    const r = results!
    expect(r.department).toMatchObject({ name: "广州市工业和信息化局", projects: 34 })
    expect(Object.values(r.department.grades).reduce((a, b) => a + b, 0)).toBe(34)
    expect(r.units.map((u) => u.name)).toEqual([
      "广州市工业和信息化局",
      "广州市工业和信息化产业发展中心",
      "广州市无线电监测站",
    ])
    expect(r.units.reduce((n, u) => n + u.projects, 0)).toBe(34)
    expect(r.policy.name).toBe("national")
    expect(r.engine.name).toBe("jixiao")
    for (const p of r.projects) {
      expect(p.total).toBeGreaterThanOrEqual(0)
      expect(p.total).toBeLessThanOrEqual(100)
      expect(["优", "良", "中", "差"]).toContain(p.grade)
      expect(p.budget).not.toBeNull()
      expect(p.indicators.map((i) => i.no)).toEqual(p.indicators.map((_, k) => k + 1))
    }
  })

  it("grades the sample's deliberate cases as they were meant", () => {
    const find = (project: string, no: number) =>
      results!.projects
        .filter((p) => p.name === project)
        .flatMap((p) => p.indicators.filter((i) => i.no === no))[0]!
    expect(find("综合工作经费", 2)).toMatchObject({ status: "needs_review", score: 0 })
    expect(find("综合工作经费", 2).findings.map((f) => f.code)).toContain("unit_mismatch")
    expect(find("专项工作培训费", 3)).toMatchObject({ status: "not_met", score: 0 })
    expect(find("工业和信息化培训经费", 1).status).toBe("partially_met")
    expect(find("综合工作经费", 4).findings.map((f) => f.code)).toContain("over_achievement")
    expect(find("信息化工作经费", 11).status).toBe("needs_review")
  })

  it("is deterministic: the same inputs give byte-identical results", () => {
    const again = assessSeed()
    expect(readFileSync(join(again.out, "results.json"), "utf8")).toBe(
      readFileSync(join(out, "results.json"), "utf8"),
    )
  })

  it("scores under another preset and under a policy file", () => {
    const sichuan = assessSeed("--policy", "sichuan")
    expect(sichuan.run.status).toBe(0)
    expect(sichuan.results!.policy.name).toBe("sichuan")
    const dir = mkdtempSync(join(tmpdir(), "jixiao-policy-"))
    const file = join(dir, "whole.json")
    writeFileSync(file, JSON.stringify({ extends: "national", rounding: { decimals: 0 } }))
    const whole = assessSeed("--policy", file)
    expect(whole.run.status).toBe(0)
    expect(Number.isInteger(whole.results!.department.score)).toBe(true)
  })

  it("refuses a bad policy file with a Chinese message naming the key, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-policy-"))
    const file = join(dir, "bad.json")
    writeFileSync(file, JSON.stringify({ roundng: { decimals: 1 } }))
    const bad = assessSeed("--policy", file)
    expect(bad.run.status).toBe(1)
    expect(bad.run.stderr).toContain("roundng")
    expect(bad.run.stderr).not.toMatch(/\n\s+at /)
  })

  it("fails with exit 1 naming a missing actuals file", () => {
    const missing = runJixiao(["assess", "--targets", seed, "--actuals", "nope.csv", "--out", out])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain("nope.csv")
  })
})

describe("jixiao assess on a filled-in 自评表 (one sheet, no --actuals)", () => {
  it("uses the sheet's own 分值, 实际完成值, 评价等级 and 扣分", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-one-sheet-"))
    const sheet = join(dir, "自评表.csv")
    writeFileSync(
      sheet,
      [
        "单位,项目,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值,评价等级,扣分,扣分原因,偏差原因",
        "甲单位,项目A,产出指标(50分),数量指标,培训场次,≥10场,30,8场,,,,场地受限",
        "甲单位,项目A,产出指标(50分),质量指标,合格率,≥95%,20,96%,,1,佐证不全,",
        "甲单位,项目A,效益指标(30分),社会效益,能力提升,有效提升,30,,部分达成 75%,,,培训覆盖不足",
        "甲单位,项目A,满意度指标(10分),服务对象满意度,满意度,≥90%,10,92%,,,,",
      ].join("\n"),
    )
    const run = runJixiao(["assess", "--targets", sheet, "--out", dir])
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    const results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Results
    const [project] = results.projects
    expect(project!.indicators.map((i) => [i.weight, i.score, i.status])).toEqual([
      [30, 24, "partially_met"],
      [20, 19, "met"],
      [30, 22.5, "partially_met"],
      [10, 10, "met"],
    ])
    expect(results.rows).toEqual({ in: 4, graded: 4, rejected: 0 })
    expect(project!.budget).toBeNull()
    expect(project!.total).toBe(75.5)
  })
})

describe("jixiao assess --basis period", () => {
  it("grades against the 实施周期指标值 instead: ≥10家 is met by 12家 where the annual ≥10场 was not comparable", () => {
    const { run, results } = assessSeed("--basis", "period")
    expect(run.status).toBe(0)
    const indicator = results!.projects.find((p) => p.name === "综合工作经费")!.indicators[1]!
    expect(indicator).toMatchObject({ target: "≥10家", status: "met" })
  })
})

describe("jixiao assess on a filled-in 自评表 with broken rows", () => {
  it("counts the table's own unread rows as rejected input: in = graded + rejected", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-one-sheet-"))
    const sheet = join(dir, "自评表.csv")
    writeFileSync(
      sheet,
      [
        "单位,项目,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值",
        "甲单位,项目A,产出指标,数量指标,培训场次,≥10场,50,12场",
        "甲单位,,产出指标,数量指标,没有项目,≥10场,20,12场",
        "甲单位,项目A,产出指标,质量指标,,≥95%,20,96%",
        "甲单位,项目A,效益指标,社会效益,能力提升,有效提升,30,详见附件",
      ].join("\n"),
    )
    const run = runJixiao(["assess", "--targets", sheet, "--out", dir])
    expect(run.status).toBe(0)
    const results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Results
    expect(results.rows).toEqual({ in: 4, graded: 1, rejected: 3 })
    expect(results.rejected.map((r) => [r.row, r.reason]).sort()).toEqual([
      [3, "missing_project"],
      [4, "missing_indicator_name"],
      [5, "actual_unreadable"],
    ])
  })
})
