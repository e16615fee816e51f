import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { ExitCode, runInMemory } from "@jixiao/cli"
import type { LintReport, TargetJson } from "@jixiao/core"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

// The CLI as a library: stdio, file system and console are layers, so no process or disk is involved.

const table = [
  "部门名称：测试局",
  "",
  "项目名称（资金使用单位）\t绩效目标\t绩效指标",
  "测试单位\t\t",
  "测试项目\t做好测试。\t1、1-产出指标；11-数量指标；举办活动场次；实施周期指标值:≥10家；年度指标值:≥10场。",
].join("\n")

describe("runInMemory", () => {
  it("compiles stdin lines given as a string", async () => {
    const stdin = '不少于150家\n{"text":"100","level2":"14-成本指标"}\n'
    const run = await runInMemory(["compile", "--json"], { stdin })
    expect(run.code).toBe(ExitCode.ok)
    const targets = run.stdout.split("\n").map((line) => JSON.parse(line) as TargetJson)
    expect(targets.map((target) => [target.op, target.value])).toEqual([
      [">=", 150],
      ["<=", 100],
    ])
  })

  it("lints a table from an in-memory file system", async () => {
    const run = await runInMemory(["lint", "t.txt", "--json", "--fail-on", "never"], {
      files: { "t.txt": table },
    })
    expect(run.code).toBe(ExitCode.ok)
    const report = JSON.parse(run.stdout) as LintReport
    expect(report.counts).toEqual({ units: 1, projects: 1, indicators: 1 })
    expect(report.findings.map((finding) => finding.code)).toContain("targets_disagree")
  })

  it("exits 2 when a finding reaches --fail-on warning", async () => {
    const run = await runInMemory(["lint", "t.txt", "--fail-on", "warning"], { files: { "t.txt": table } })
    expect(run.code).toBe(ExitCode.findings)
    expect(run.stdout).toContain("1 个单位，1 个项目，1 个指标")
  })

  it("fails with exit 1 and one line when the file does not exist", async () => {
    const run = await runInMemory(["lint", "missing.csv"])
    expect(run).toEqual({
      code: ExitCode.failed,
      stdout: "",
      stderr: "无法读取文件 missing.csv：文件不存在",
      written: {},
    })
  })
})

/** A written file's text (the BOM 指标明细.csv starts with kept). */
const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)

describe("runInMemory assess", () => {
  const seed = {
    targets: "seeds/000_6fa372ea3c00e953.txt",
    actuals: "seeds/sample-actuals-2024.csv",
    budget: "seeds/sample-budget-2024.csv",
  }
  const world = Object.fromEntries(Object.values(seed).map((path) => [path, readFileSync(path)]))
  const args = (out: string) => [
    "assess",
    ...["--targets", seed.targets, "--actuals", seed.actuals, "--budget", seed.budget],
    ...["--year", "2024", "--format", "csv,md,html,xlsx", "--out", out],
  ]

  it("grades the seed in memory into the same bytes as on disk (results.json, 指标明细.csv, 报告.md)", async () => {
    const out = mkdtempSync(join(tmpdir(), "jixiao-mem-"))
    const disk = runJixiao(args(out))
    expect(disk.status).toBe(0)
    const run = await runInMemory(args(out), { files: world })
    expect(run.stderr).toBe("")
    expect(run.code).toBe(ExitCode.ok)
    const written = Object.keys(run.written).map((path) => basename(path))
    expect(written.sort()).toEqual(readdirSync(out).sort())
    // Byte for byte, but for the engine's version (the bundle stamps its release, source says 0.0.0-dev).
    const { version } = JSON.parse(readFileSync("apps/cli/package.json", "utf8")) as { version: string }
    const unversioned = (text: string | undefined) => text?.replaceAll("0.0.0-dev", version)
    for (const name of ["results.json", "指标明细.csv", "报告.md"]) {
      const mine = Object.entries(run.written).find(([path]) => basename(path) === name)?.[1]
      expect(unversioned(mine && text(mine)), name).toBe(unversioned(readFileSync(join(out, name), "utf8")))
    }
    // The summary printed is the disk run's, but for nothing.
    expect(run.stdout).toBe(disk.stdout.trimEnd())
  })

  it("reads a GBK actuals sheet in memory, streamed, as its UTF-8 form", async () => {
    const gbk = iconv.encode(readFileSync(seed.actuals, "utf8"), "gbk")
    const utf8Run = await runInMemory(args("o1"), { files: world })
    const gbkRun = await runInMemory(args("o2"), { files: { ...world, [seed.actuals]: new Uint8Array(gbk) } })
    expect(gbkRun.code).toBe(ExitCode.ok)
    expect(text(gbkRun.written["o2/results.json"]!)).toBe(text(utf8Run.written["o1/results.json"]!))
  })

  it("fails as on disk when an input is not in the world: one Chinese line, exit 1", async () => {
    const run = await runInMemory(args("o"), { files: { [seed.targets]: world[seed.targets]! } })
    expect(run.code).toBe(ExitCode.failed)
    expect(run.stderr).toMatch(/^无法读取文件 seeds\/sample-actuals-2024\.csv：文件不存在$/)
    expect(run.written).toEqual({})
  })
})

describe("runInMemory run", () => {
  const inputs = [
    "seed-2024.config.json",
    "000_6fa372ea3c00e953.txt",
    "sample-actuals-2024.csv",
    "sample-budget-2024.csv",
  ]
  const world = Object.fromEntries(inputs.map((name) => [`seeds/${name}`, readFileSync(`seeds/${name}`)]))
  const config = ["run", "--config", "seeds/seed-2024.config.json"]

  it("runs the seed's config in memory: its step log on stderr, its reports and its ledger in the world", async () => {
    const first = await runInMemory(config, { files: world })
    expect(first.code).toBe(ExitCode.findings) // one actual row is not used (the seed's failOn: rejected)
    expect(first.stderr.split("\n").slice(0, 3)).toEqual([
      "读取配置 seeds/seed-2024.config.json",
      "读取目标表、实际完成值、预算执行和评分规则",
      expect.stringMatching(/^评分并生成报告：results\.json、html、xlsx、md、csv（运行 [0-9a-f]{12}）$/u),
    ])
    expect(Object.keys(first.written)).toEqual(
      expect.arrayContaining([
        "out/seed-2024/results.json",
        "out/seed-2024/自评表.xlsx",
        "seeds/jixiao-ledger.sqlite",
      ]),
    )
    const id = /已记录运行 ([0-9a-f]{32})/u.exec(first.stdout)?.[1]
    expect(id).toBeDefined()
    // A second run over the world the first one left: the ledger knows these inputs, nothing is added.
    const again = await runInMemory(config, { files: { ...world, ...first.written } })
    expect(again.stdout).toContain(`输入未变：与已记录的运行 ${id} 相同，未新增记录`)
    expect(again.stderr).toContain("记录到账本 seeds/jixiao-ledger.sqlite")
    // And `runs list` reads the ledger the world holds.
    const list = await runInMemory(["runs", "list", "--ledger", "seeds/jixiao-ledger.sqlite", "--json"], {
      files: first.written,
    })
    expect(list.code).toBe(ExitCode.ok)
    expect(list.stdout).toContain(id!)
  })
})
