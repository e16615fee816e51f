/**
 * Monitoring runs in the ledger, through the bundled CLI: `run --config` with `"mode": "monitor"`, then the
 * year-end `run --config` on the same ledger, and `runs diff` between them (issue #17's done-when: the
 * year-end diff against the monitoring run works through `run --config`); `monitor --ledger` twice and
 * the lights that changed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { ForecastDiff, LightsDiff, RunRecord } from "../apps/cli/src/ledger/index.js"
import { root, runJixiao } from "./support/run-cli.ts"

const seedFiles = [
  "000_6fa372ea3c00e953.txt",
  "sample-actuals-2024.csv",
  "sample-budget-2024.csv",
  "sample-monitor-2024-07.csv",
  "sample-budget-2024-07.csv",
  "seed-2024.config.json",
]

/** The seed files in `<tmp>/seeds/` and a monitoring config beside the year-end one, sharing its ledger. */
const workspace = () => {
  const dir = join(mkdtempSync(join(tmpdir(), "jixiao-run-monitor-")), "seeds")
  mkdirSync(dir)
  for (const name of seedFiles) copyFileSync(join(root, "seeds", name), join(dir, name))
  const monitor = join(dir, "monitor.config.json")
  writeFileSync(
    monitor,
    JSON.stringify({
      mode: "monitor",
      asOf: "2024-07-31",
      year: 2024,
      inputs: {
        targets: "000_6fa372ea3c00e953.txt",
        actuals: "sample-monitor-2024-07.csv",
        budget: "sample-budget-2024-07.csv",
      },
      outputs: { folder: "../out/monitor-2024-07", formats: ["md"] },
      ledger: "jixiao-ledger.sqlite",
      failOn: "never",
    }),
  )
  return { dir, monitor, yearEnd: join(dir, "seed-2024.config.json") }
}

const listed = (config: string) => {
  const run = runJixiao(["runs", "list", "--json", "--config", config])
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as ReadonlyArray<RunRecord>
}

describe('run --config with "mode": "monitor", then the year-end run, then runs diff', () => {
  const { monitor, yearEnd } = workspace()
  const monitored = runJixiao(["run", "--config", monitor])
  const assessed = runJixiao(["run", "--config", yearEnd])

  it("records the monitoring run, and a rerun records nothing new", () => {
    expect(monitored.status, monitored.stderr).toBe(0)
    expect(monitored.stdout).toContain("年度绩效运行监控　截至 2024-07-31")
    expect(monitored.stdout).toContain("已记录运行")
    const again = runJixiao(["run", "--config", monitor])
    expect(again.stdout).toContain("输入未变")
  })

  it("lists both kinds, with the as-of date, under different ids", () => {
    expect(assessed.status).toBe(2) // the year-end sample has rejected rows
    const runs = listed(monitor)
    expect(runs.map((r) => [r.kind, r.asOf])).toEqual([
      ["year_end", null],
      ["monitor", "2024-07-31"],
    ])
    expect(runs[0]!.id).not.toBe(runs[1]!.id)
    const human = runJixiao(["runs", "list", "--config", monitor]).stdout
    expect(human.split("\n")[0]).toMatch(/^运行编号\s+类型\s+截至日期\s+记录时间/)
    expect(human).toMatch(/年终评价\s+—/)
    expect(human).toMatch(/运行监控\s+2024-07-31.*（预测）/)
  })

  it("diffs the monitoring run against the year-end run: forecast against outcome, indicator by indicator", () => {
    const [yearEndRun, monitorRun] = listed(monitor)
    const json = runJixiao(["runs", "diff", monitorRun!.id, yearEndRun!.id, "--json", "--config", monitor])
    expect(json.status, json.stderr).toBe(0)
    const diff = JSON.parse(json.stdout) as ForecastDiff
    expect(diff).toMatchObject({
      kind: "forecast_outcome",
      monitor: monitorRun!.id,
      yearEnd: yearEndRun!.id,
      asOf: "2024-07-31",
      acrossYears: false,
    })
    expect(diff.indicators).toHaveLength(168)
    // The unit's own forecast of 140 of ≥ 150 (partly met) against the 163 reached at year end.
    expect(diff.indicators.find((i) => i.project === "工业工作经费" && i.no === 5)).toMatchObject({
      forecast: { value: "140家", status: "partially_met", light: "yellow" },
      outcome: { value: "163家", status: "met" },
    })
    expect(diff.projects).toHaveLength(34)
    expect(diff.department.projected).toEqual({
      score: monitorRun!.summary.score,
      grade: monitorRun!.summary.grade,
    })
    expect(diff.department.actual).toEqual({
      score: yearEndRun!.summary.score,
      grade: yearEndRun!.summary.grade,
    })
    // Either order is the same comparison.
    const reversed = runJixiao([
      "runs",
      "diff",
      yearEndRun!.id,
      monitorRun!.id,
      "--json",
      "--config",
      monitor,
    ])
    expect(JSON.parse(reversed.stdout)).toEqual(diff)
    const human = runJixiao([
      "runs",
      "diff",
      monitorRun!.id.slice(0, 8),
      yearEndRun!.id.slice(0, 8),
      "--config",
      monitor,
    ])
    expect(human.status, human.stderr).toBe(0)
    for (const word of ["预测完成值", "实际完成值", "预测得分", "实际得分", "预测等级", "实际等级"])
      expect(human.stdout).toContain(word)
    expect(human.stdout).toMatch(/部门：预测得分 \d+\.\d\d（[优良中差]），实际得分 95\.83（优）/)
  })

  it("shows the monitoring run with its kind, as-of date and 序时进度", () => {
    const [, monitorRun] = listed(monitor)
    const show = runJixiao(["runs", "show", monitorRun!.id.slice(0, 8), "--config", monitor])
    expect(show.stdout).toContain("类型　　　运行监控")
    expect(show.stdout).toContain("截至日期　2024-07-31，序时进度 58.20%")
    expect(show.stdout).toContain("预测综合得分")
    expect(show.stdout).toMatch(/监控表　sample-monitor-2024-07\.csv/)
  })
})

describe("a monitoring run is never last year's baseline", () => {
  it("比上年增长8% takes last year's year-end actual, not a later monitoring run's value to date", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-baseline-"))
    const targets = (year: number) =>
      [
        "单位,项目,绩效目标,一级指标,二级指标,三级指标,实施周期指标值,年度指标值",
        `局本级,招商项目,${year}年度招商,1-产出指标,11-数量指标,新增企业数,,比上年增长8%`,
      ].join("\n")
    writeFileSync(join(dir, "targets-2023.csv"), targets(2023))
    writeFileSync(join(dir, "targets-2024.csv"), targets(2024))
    writeFileSync(
      join(dir, "actuals-2023.csv"),
      "单位,项目,序号,三级指标,实际完成值\n局本级,招商项目,1,新增企业数,100家\n",
    )
    writeFileSync(
      join(dir, "monitor-2023.csv"),
      "单位,项目,序号,三级指标,当前完成值\n局本级,招商项目,1,新增企业数,105家\n",
    )
    writeFileSync(
      join(dir, "actuals-2024.csv"),
      "单位,项目,序号,三级指标,实际完成值\n局本级,招商项目,1,新增企业数,110家\n",
    )
    const config = (name: string, extra: Record<string, unknown>) => {
      const file = join(dir, `${name}.config.json`)
      writeFileSync(file, JSON.stringify({ ledger: "ledger.sqlite", failOn: "never", ...extra }))
      return file
    }
    const yearEnd2023 = config("2023", {
      year: 2023,
      inputs: { targets: "targets-2023.csv", actuals: "actuals-2023.csv" },
      outputs: { folder: "out-2023", formats: ["csv"] },
    })
    const monitor2023 = config("monitor-2023", {
      mode: "monitor",
      asOf: "2023-07-31",
      year: 2023,
      inputs: { targets: "targets-2023.csv", actuals: "monitor-2023.csv" },
      outputs: { folder: "out-monitor-2023", formats: [] },
    })
    const yearEnd2024 = config("2024", {
      year: 2024,
      inputs: { targets: "targets-2024.csv", actuals: "actuals-2024.csv" },
      outputs: { folder: "out-2024", formats: ["csv"] },
    })
    for (const file of [yearEnd2023, monitor2023, yearEnd2024]) {
      const run = runJixiao(["run", "--config", file])
      expect(run.status, run.stderr).toBe(0)
    }
    const [growth] = JSON.parse(readFileSync(join(dir, "out-2024", "results.json"), "utf8")).projects[0]
      .indicators as Array<{
      status: string
      findings: Array<{ code: string; data?: Record<string, unknown> }>
    }>
    // 110 ≥ 100 × 1.08 from the year-end run: met. The later monitoring run's 105 would make it 113.4.
    expect(growth!.status).toBe("met")
    expect(growth!.findings.map((f) => f.code)).toContain("baseline_used")
  })
})

describe("monitor --ledger twice: runs diff lists the lights that changed", () => {
  it("July against December: a deadline passed unmet turns red, indicator by indicator", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-ledger-"))
    const ledger = join(dir, "账本.sqlite")
    const at = (asOf: string) =>
      runJixiao([
        "monitor",
        "--targets",
        "seeds/000_6fa372ea3c00e953.txt",
        "--actuals",
        "seeds/sample-monitor-2024-07.csv",
        "--budget",
        "seeds/sample-budget-2024-07.csv",
        "--as-of",
        asOf,
        "--out",
        join(dir, asOf),
        "--format",
        "md",
        "--ledger",
        ledger,
      ])
    const july = at("2024-07-31")
    expect(july.status, july.stderr).toBe(0)
    expect(july.stdout).toMatch(/已记录运行 [0-9a-f]{32}（账本 /)
    expect(at("2024-07-31").stdout).toContain("输入未变")
    expect(at("2024-12-15").status).toBe(0)
    const runs = JSON.parse(runJixiao(["runs", "list", "--json", "--ledger", ledger]).stdout) as RunRecord[]
    expect(runs.map((r) => r.asOf)).toEqual(["2024-12-15", "2024-07-31"])
    const json = runJixiao(["runs", "diff", runs[1]!.id, runs[0]!.id, "--json", "--ledger", ledger])
    const diff = JSON.parse(json.stdout) as LightsDiff
    expect(diff).toMatchObject({ kind: "lights", asOf: { before: "2024-07-31", after: "2024-12-15" } })
    const late = diff.indicators.find((i) => i.project === "专项工作培训费" && i.no === 3)
    expect(late?.after?.light).toBe("red")
    expect(late?.before?.light).not.toBe("red")
    expect(diff.indicators.every((i) => i.before?.light !== i.after?.light)).toBe(true)
    // The same budgets executed by December as by July are far behind 序时进度.
    expect(diff.budgets.length).toBeGreaterThan(0)
    const human = runJixiao([
      "runs",
      "diff",
      runs[1]!.id.slice(0, 8),
      runs[0]!.id.slice(0, 8),
      "--ledger",
      ledger,
    ])
    expect(human.stdout).toContain(`指标亮灯变化 ${diff.indicators.length} 项`)
    expect(human.stdout).toMatch(/专项工作培训费 \/ 3 专项资金支出及时程度：\S+ → 红灯/)
    expect(human.stdout).toContain("预算执行进度亮灯变化")
  })
})
