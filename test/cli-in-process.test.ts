import { ExitCode, runInMemory } from "@jixiao/cli"
import type { LintReport, TargetJson } from "@jixiao/core"
import { describe, expect, it } from "vitest"

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
    expect(run).toEqual({ code: ExitCode.failed, stdout: "", stderr: "无法读取文件 missing.csv：文件不存在" })
  })
})
