import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { openLedger, type RunDiff, type RunRecord } from "../apps/cli/src/ledger/index.js"
import { sampleIndicators, sampleProject, sampleRun } from "../apps/cli/src/ledger/testing.js"
import { root, runJixiao } from "./support/run-cli.ts"

// `jixiao runs` on real ledger files, through the bundled CLI (which loads better-sqlite3 at run time).

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-runs-"))
  writeFileSync(configFile(), "{}")
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const configFile = () => join(dir, "jixiao.config.json")

/** Records three runs: 2024 twice (指标2 and the grade change between them), then 2025 renumbered. */
const seed = (ledgerFile: string) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const ledger = yield* openLedger(ledgerFile)
        const changed = sampleIndicators(3).map((i) =>
          i.no === 2 ? { ...i, score: 4, status: "not_met" } : i,
        )
        yield* ledger.recordRun(
          sampleRun("a0a0a0a0a0a0a0a0", { recordedAt: "2025-01-10T09:00:00.000Z" }),
          [sampleProject("培训项目")],
          sampleIndicators(3),
        )
        yield* ledger.recordRun(
          sampleRun("b1b1b1b1b1b1b1b1", { recordedAt: "2025-01-11T09:00:00.000Z" }),
          [sampleProject("培训项目", { grade: "良", total: 84 })],
          changed,
        )
        yield* ledger.recordRun(
          sampleRun("c2c2c2c2c2c2c2c2", { year: 2025, recordedAt: "2026-01-11T09:00:00.000Z" }),
          [sampleProject("培训项目", { grade: "良", total: 84 })],
          changed.map((i) => ({ ...i, no: i.no + 10 })),
        )
      }),
    ),
  )

const runs = (...args: ReadonlyArray<string>) => runJixiao(["runs", ...args, "--config", configFile()])

const seedFiles = [
  "000_6fa372ea3c00e953.txt",
  "sample-actuals-2024.csv",
  "sample-budget-2024.csv",
  "seed-2024.config.json",
]

/** Runs the bundled CLI from another folder than the repository's (runJixiao runs from its root). */
const runIn = (cwd: string, args: ReadonlyArray<string>) => {
  const { FORCE_COLOR: _, ...env } = process.env
  const result = spawnSync(process.execPath, [join(root, "apps/cli/bin/jixiao.mjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1" },
    timeout: 30_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe("jixiao runs", () => {
  it("fails with exit 1, saying no run is recorded yet and where it looked", () => {
    const run = runs("list")
    expect(run.status).toBe(1)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain("尚未记录任何评价运行")
    expect(run.stderr).toContain(join(dir, "jixiao-ledger.sqlite"))
  })

  it("fails with exit 1 when the config given with --config does not exist", () => {
    const run = runJixiao(["runs", "list", "--config", join(dir, "missing.json")])
    expect([run.status, run.stdout]).toEqual([1, ""])
    expect(run.stderr).toContain(join(dir, "missing.json"))
  })

  it("after a run with --config elsewhere, says where it looked and which --config has a ledger", () => {
    // Issue 13, item 10: `jixiao run --config seeds/seed-2024.config.json`, then `jixiao runs list`.
    const work = join(dir, "work")
    mkdirSync(join(work, "seeds"), { recursive: true })
    for (const name of seedFiles) copyFileSync(join(root, "seeds", name), join(work, "seeds", name))
    const recorded = runIn(work, ["run", "--config", "seeds/seed-2024.config.json", "--quiet"])
    expect(recorded.stderr).toBe("")
    const lost = runIn(work, ["runs", "list"])
    expect([lost.status, lost.stdout]).toEqual([1, ""])
    for (const tried of [
      "jixiao.config.json",
      "jixiao-ledger.sqlite",
      "--config",
      "seeds/seed-2024.config.json",
    ]) {
      expect(lost.stderr).toContain(tried)
    }
    expect(lost.stderr).not.toContain("尚未记录任何评价运行")
    const found = runIn(work, ["runs", "list", "--config", "seeds/seed-2024.config.json"])
    expect(found.status).toBe(0)
    expect(found.stdout).toContain("共 1 次运行")
  })

  it("finds the ledger the config names, relative to the config's folder", async () => {
    mkdirSync(join(dir, "data"))
    writeFileSync(configFile(), JSON.stringify({ ledger: "data/账本.sqlite" }))
    await seed(join(dir, "data", "账本.sqlite"))
    const run = runs("list", "--json")
    expect(run.status).toBe(0)
    const ids = (JSON.parse(run.stdout) as ReadonlyArray<RunRecord>).map((r) => r.id)
    expect(ids).toEqual(["c2c2c2c2c2c2c2c2", "b1b1b1b1b1b1b1b1", "a0a0a0a0a0a0a0a0"])
  })

  it("lists runs as a Chinese table, newest first", async () => {
    await seed(join(dir, "jixiao-ledger.sqlite"))
    const run = runs("list")
    expect(run.status).toBe(0)
    const lines = run.stdout.split("\n")
    expect(lines[0]).toMatch(
      /^运行编号\s+类型\s+截至日期\s+记录时间\s+年度\s+部门\s+总分\s+等级\s+项目数\s+输入行/,
    )
    expect(lines[2]).toContain("c2c2c2c2c2c2")
    expect(lines[2]).not.toContain("c2c2c2c2c2c2c")
    expect(run.stdout).toContain("3/3/0")
  })

  it("shows a run by prefix, with its digests and summary", async () => {
    await seed(join(dir, "jixiao-ledger.sqlite"))
    const human = runs("show", "b1b1")
    expect(human.status).toBe(0)
    expect(human.stdout).toContain("运行 b1b1b1b1b1b1b1b1")
    expect(human.stdout).toContain("a".repeat(64))
    expect(human.stdout).toContain("综合得分 92.50（优）")
    const json = JSON.parse(runs("show", "b1b1", "--json").stdout) as {
      run: RunRecord
      indicators: unknown[]
    }
    expect([json.run.id, json.indicators.length]).toEqual(["b1b1b1b1b1b1b1b1", 3])
  })

  it("refuses an ambiguous or unknown id with exit 1", async () => {
    await seed(join(dir, "jixiao-ledger.sqlite"))
    const unknown = runs("show", "ffff")
    expect([unknown.status, unknown.stdout]).toEqual([1, ""])
    expect(unknown.stderr).toContain("ffff")
  })

  it("diffs two runs of a year: the changed indicator and the project whose grade changed", async () => {
    await seed(join(dir, "jixiao-ledger.sqlite"))
    const human = runs("diff", "a0a0", "b1b1")
    expect(human.status).toBe(0)
    expect(human.stdout).toContain("测试单位 / 培训项目 / 2 指标2：状态 达成 → 未达成，得分 10.00 → 4.00")
    expect(human.stdout).toContain("测试单位 / 培训项目：总分 95.00 → 84.00，等级 优 → 良")
    const diff = JSON.parse(runs("diff", "a0a0", "b1b1", "--json").stdout) as RunDiff
    expect(diff.indicators.map((i) => i.no)).toEqual([2])
    expect(diff.projects.map((p) => [p.before?.total, p.after?.total])).toEqual([[95, 84]])
  })

  it("diffs year over year by names", async () => {
    await seed(join(dir, "jixiao-ledger.sqlite"))
    const diff = JSON.parse(runs("diff", "b1b1", "c2c2", "--json").stdout) as RunDiff
    expect(diff).toMatchObject({ acrossYears: true, indicators: [], projects: [] })
    expect(diff.department.changed).toBe(false)
    const human = runs("diff", "b1b1", "c2c2").stdout
    expect(human).toContain("部门综合得分未变：92.50（优）")
    expect(human).toContain("没有部门得分、项目总分或等级、指标状态或得分的变化")
  })

  it("shows totals at the policy's decimals, 2 unless the run recorded others", async () => {
    // Issue 13, item 18: `runs show` printed 100 and 99.9.
    const summary = { ...sampleRun("x").summary, score: 99.9 }
    const projects = [sampleProject("甲项目", { total: 100 }), sampleProject("乙项目", { total: 99.9 })]
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const ledger = yield* openLedger(join(dir, "jixiao-ledger.sqlite"))
          yield* ledger.recordRun(sampleRun("d3d3d3d3d3d3d3d3", { summary }), projects, sampleIndicators(1))
          const oneDecimal = { ...summary, decimals: 1, score: 84.5, grade: "良" }
          const lower = [
            sampleProject("甲项目", { total: 100 }),
            sampleProject("乙项目", { total: 69, grade: "中" }),
          ]
          yield* ledger.recordRun(
            sampleRun("e4e4e4e4e4e4e4e4", { summary: oneDecimal, recordedAt: "2025-01-12T09:00:00.000Z" }),
            lower,
            sampleIndicators(1),
          )
        }),
      ),
    )
    const shown = runs("show", "d3d3").stdout
    expect(shown).toContain("综合得分 99.90（优）")
    expect(shown).toMatch(/甲项目\s+100\.00\s+优/)
    expect(shown).toMatch(/乙项目\s+99\.90\s+优/)
    expect(runs("show", "e4e4").stdout).toMatch(/甲项目\s+100\.0\s+优/)
    expect(runs("list").stdout).toMatch(/e4e4e4e4e4e4.*84\.5 .*\n.*d3d3d3d3d3d3.*99\.90/)
    const diff = runs("diff", "d3d3", "e4e4")
    expect(diff.stdout).toContain("部门综合得分 99.90（优） → 84.5（良）")
    expect(diff.stdout).toContain("测试单位 / 乙项目：总分 99.90 → 69.0，等级 优 → 中")
    const json = JSON.parse(runs("diff", "d3d3", "e4e4", "--json").stdout) as RunDiff
    expect(json.department).toEqual({
      before: { score: 99.9, grade: "优" },
      after: { score: 84.5, grade: "良" },
      changed: true,
    })
  })
})

describe("assess --ledger (issue #14)", () => {
  const seedArgs = (out: string, ledger: string) => [
    "assess",
    "--targets",
    "seeds/000_6fa372ea3c00e953.txt",
    "--actuals",
    "seeds/sample-actuals-2024.csv",
    "--budget",
    "seeds/sample-budget-2024.csv",
    "--year",
    "2024",
    "--out",
    out,
    "--ledger",
    ledger,
  ]

  it("records the run as run does, once: a second assess of the same inputs records nothing new", () => {
    const ledger = join(dir, "账本.sqlite")
    const first = runJixiao(seedArgs(join(dir, "out"), ledger))
    expect(first.status, first.stderr).toBe(0)
    const id = /已记录运行 ([0-9a-f]{32})/.exec(first.stdout)?.[1]
    expect(id).toBeDefined()
    const again = runJixiao(seedArgs(join(dir, "out"), ledger))
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toContain(`输入未变：与已记录的运行 ${id} 相同，未新增记录`)
    const listed = runJixiao(["runs", "list", "--json", "--ledger", ledger])
    expect(listed.status, listed.stderr).toBe(0)
    const runs = JSON.parse(listed.stdout) as ReadonlyArray<{ id: string; summary: { score: number } }>
    expect(runs.map((r) => r.id)).toEqual([id])
    expect(runs[0]!.summary.score).toBe(95.83)
    const shown = runJixiao(["runs", "show", id!.slice(0, 8), "--json", "--ledger", ledger])
    expect(shown.status, shown.stderr).toBe(0)
    expect(JSON.parse(shown.stdout).indicators).toHaveLength(168)
  })

  it("makes the ledger's folder, and records the year it inferred when --year is left out", () => {
    const ledger = join(dir, "新目录", "下一层", "账本.sqlite")
    const args = seedArgs(join(dir, "out"), ledger).filter(
      (a, i, all) => a !== "--year" && all[i - 1] !== "--year",
    )
    const run = runJixiao(args)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain("未指定 --year")
    const listed = JSON.parse(
      runJixiao(["runs", "list", "--json", "--ledger", ledger]).stdout,
    ) as ReadonlyArray<{
      year: number | null
    }>
    expect(listed.map((r) => r.year)).toEqual([2024])
  })

  it("run without a year records the year it graded on (the table's), not none", () => {
    const config = join(dir, "无年度.config.json")
    writeFileSync(
      config,
      JSON.stringify({
        inputs: {
          targets: join(root, "seeds/000_6fa372ea3c00e953.txt"),
          actuals: join(root, "seeds/sample-actuals-2024.csv"),
          budget: join(root, "seeds/sample-budget-2024.csv"),
        },
        outputs: { formats: ["csv"] },
        failOn: "never",
      }),
    )
    const run = runJixiao(["run", "--config", config])
    expect(run.status, run.stderr).toBe(0)
    const listed = JSON.parse(
      runJixiao(["runs", "list", "--json", "--config", config]).stdout,
    ) as ReadonlyArray<{
      year: number | null
    }>
    expect(listed.map((r) => r.year)).toEqual([2024])
  })

  it("refuses a ledger at a report's path before anything is written", () => {
    const out = join(dir, "out")
    const run = runJixiao(seedArgs(out, join(out, "results.json")))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("是同一个文件")
    expect(run.stderr).toContain("--ledger")
  })
})
