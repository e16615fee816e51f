/**
 * Previous-year references (issue #12) end to end: `比上年增长8%` graded against 上年实际值 from the actuals
 * sheet, or, when the sheet has none, against the same unit + project + indicator in last year's run in the
 * ledger; with neither, the indicator waits for a person and says which baseline is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

const targets = (year: number) =>
  [
    "单位,项目,绩效目标,一级指标,二级指标,三级指标,实施周期指标值,年度指标值",
    `局本级,招商项目,${year}年度招商,1-产出指标,11-数量指标,新增企业数,,比上年增长8%`,
    `局本级,招商项目,${year}年度招商,2-效益指标,21-经济效益,产值,,不低于去年水平`,
  ].join("\n")

const workspace = (actuals2024: string) => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-prev-"))
  writeFileSync(join(dir, "targets-2023.csv"), targets(2023))
  writeFileSync(join(dir, "targets-2024.csv"), targets(2024))
  writeFileSync(
    join(dir, "actuals-2023.csv"),
    [
      "单位,项目,序号,三级指标,实际完成值",
      "局本级,招商项目,1,新增企业数,100家",
      "局本级,招商项目,2,产值,50亿元",
    ].join("\n"),
  )
  writeFileSync(join(dir, "actuals-2024.csv"), actuals2024)
  for (const year of [2023, 2024]) {
    const config = {
      year,
      inputs: { targets: `targets-${year}.csv`, actuals: `actuals-${year}.csv` },
      outputs: { folder: `out-${year}`, formats: ["csv"] },
      ledger: "ledger.sqlite",
      failOn: "never",
    }
    writeFileSync(join(dir, `${year}.config.json`), JSON.stringify(config))
  }
  return dir
}

const indicatorsOf = (dir: string, year: number) =>
  JSON.parse(readFileSync(join(dir, `out-${year}`, "results.json"), "utf8")).projects[0].indicators as Array<{
    status: string
    score: number
    findings: Array<{ code: string; message: string }>
  }>

const actuals2024 = (extra = "") =>
  [
    `单位,项目,序号,三级指标,实际完成值${extra ? ",上年实际值" : ""}`,
    `局本级,招商项目,1,新增企业数,110家${extra}`,
    `局本级,招商项目,2,产值,48亿元${extra ? "," : ""}`,
  ].join("\n")

describe("previous-year baselines", () => {
  it("takes last year's actuals from last year's run in the ledger", () => {
    const dir = workspace(actuals2024())
    expect(runJixiao(["run", "--config", join(dir, "2023.config.json")]).status).toBe(0)
    const run = runJixiao(["run", "--config", join(dir, "2024.config.json")])
    expect(run.status, run.stderr).toBe(0)
    const [growth, level] = indicatorsOf(dir, 2024)
    // 110 ≥ 100 × 1.08: met; 48亿 against 50亿: 48/50 of the weight.
    expect(growth).toMatchObject({ status: "met" })
    expect(growth!.findings.map((f) => f.code)).toContain("baseline_used")
    expect(growth!.findings.find((f) => f.code === "baseline_used")!.message).toContain(
      "账本中 2023 年的运行",
    )
    expect(level).toMatchObject({ status: "partially_met" })
  })

  it("prefers the sheet's 上年实际值, and names a missing baseline", () => {
    const dir = workspace(actuals2024(",105家"))
    const run = runJixiao(["run", "--config", join(dir, "2024.config.json")])
    expect(run.status, run.stderr).toBe(0)
    const [growth, level] = indicatorsOf(dir, 2024)
    // 110 < 105 × 1.08 = 113.4: partly met, against the sheet's baseline; no 2023 run in this ledger.
    expect(growth).toMatchObject({ status: "partially_met" })
    expect(growth!.findings.find((f) => f.code === "baseline_used")!.message).toContain("上年实际值")
    expect(level).toMatchObject({ status: "needs_review" })
    expect(level!.findings.map((f) => f.code)).toContain("baseline_missing")
  })
})
