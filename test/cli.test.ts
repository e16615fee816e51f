import { readFileSync } from "node:fs"
import type { LintReport } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { jsonLines, root, runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"

// A stack trace line looks like `    at foo (file.js:1:2)`.
const stackLine = /^\s+at\s/m

describe("jixiao compile", () => {
  it("compiles a text argument to the TargetJson contract", () => {
    const run = runJixiao(["compile", "--json", "不少于150家"])
    expect(run.status).toBe(0)
    const [target, ...rest] = jsonLines(run.stdout)
    expect(rest).toHaveLength(0)
    expect(target).toMatchObject({ kind: "quantity", op: ">=", value: 150, unit: "家" })
  })

  it("reads one input per stdin line, a line may be a JSON object with context", () => {
    const input = ["不少于150家", "", JSON.stringify({ text: "100", level2: "14-成本指标" })].join("\n")
    const run = runJixiao(["compile", "--json"], input)
    expect(run.status).toBe(0)
    const lines = jsonLines(run.stdout)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ text: "不少于150家", op: ">=", value: 150 })
    expect(lines[1]).toMatchObject({ text: "100", kind: "quantity", op: "<=", value: 100 })
  })

  it("answers an invalid JSON line with an error line in its place, then exits 1", () => {
    const input = ["≥95%", '{"text": 1}', "{oops", '{"text":"9月前","levle2":"x"}', "不少于150家"].join("\n")
    const run = runJixiao(["compile", "--json"], input)
    expect(run.status).toBe(1)
    const lines = jsonLines(run.stdout)
    expect(lines.map((line) => ("error" in line ? line.line : line.text))).toEqual([
      "≥95%",
      2,
      3,
      4,
      "不少于150家",
    ])
    expect(lines[1]).toMatchObject({ error: { code: "invalid_input" } })
    expect(run.stderr).toContain("第 2、3、4 行")
    expect(run.stderr).not.toMatch(stackLine)
  })

  it("prints a table with Chinese kind names by default", () => {
    const run = runJixiao(["compile", "不少于150家", "提升"])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/原文\s+类型\s+期望\s+问题/)
    expect(run.stdout).toMatch(/不少于150家\s+数量\s+≥ 150 家/)
    expect(run.stdout).toMatch(/提升\s+定性/)
  })
})

describe("jixiao lint", () => {
  it("reports the seed table as JSON: 3 units, 34 projects, 168 indicators, every annual target read", () => {
    const run = runJixiao(["lint", seed, "--json"])
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as LintReport
    expect(report.counts).toEqual({ units: 3, projects: 34, indicators: 168 })
    const unparsedAnnual = report.findings.filter((f) => f.code === "unparsed_target" && f.field === "annual")
    expect(unparsedAnnual).toEqual([])
    expect(run.stdout.split("\n")[1]).toMatch(/^ {2}"/)
  })

  it("prints the department, the counts and a closing count per severity for people", () => {
    const run = runJixiao(["lint", seed])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("部门：广州市工业和信息化局")
    expect(run.stdout).toContain("3 个单位，34 个项目，168 个指标")
    expect(run.stdout).toMatch(/共 \d+ 个错误，\d+ 个警告，\d+ 个提示。/)
  })

  it("exits 2 when findings reach --fail-on, 0 with --fail-on never", () => {
    const report = JSON.parse(runJixiao(["lint", seed, "--json"]).stdout) as LintReport
    const warned = report.findings.some((f) => f.severity === "warning" || f.severity === "error")
    expect(runJixiao(["lint", seed, "--fail-on", "warning"]).status).toBe(warned ? 2 : 0)
    expect(runJixiao(["lint", seed, "--fail-on", "never"]).status).toBe(0)
  })

  it("names a missing file in one Chinese line on stderr, exits 1, no stack trace", () => {
    const run = runJixiao(["lint", "x.txt"])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe("")
    expect(run.stderr.trim()).toBe("无法读取文件 x.txt：文件不存在")
    expect(run.stderr).not.toMatch(stackLine)
  })

  it("rejects a file it cannot read as a table with exit 1", () => {
    const run = runJixiao(["lint", "package.json"])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("package.json")
    expect(run.stderr.trim().split("\n")).toHaveLength(1)
    expect(run.stderr).not.toMatch(stackLine)
  })
})

describe("jixiao, the command line itself", () => {
  it("shows help with examples", () => {
    for (const args of [["--help"], ["compile", "--help"], ["lint", "--help"]]) {
      const run = runJixiao(args)
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/示例|examples/i)
      expect(run.stdout).toContain("退出码")
    }
  })

  it("prints the version of apps/cli/package.json", () => {
    const pkg = JSON.parse(readFileSync(`${root}apps/cli/package.json`, "utf8")) as { version: string }
    const run = runJixiao(["--version"])
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(`jixiao ${pkg.version}`)
  })

  it("is bundled without lazy module wrappers, so that unused mathjs functions are left out", () => {
    // A dynamic import() of one of our modules makes esbuild wrap every module in `__esm` initialisers,
    // which are not tree-shaken: each thread then instantiated all of mathjs at start (0.3 s of CPU).
    for (const file of ["jixiao.mjs", "grade-worker.mjs"]) {
      const bundle = readFileSync(`${root}apps/cli/dist/${file}`, "utf8")
      expect(bundle, file).not.toContain("__esm(")
      expect(bundle, file).not.toContain("pureFunctionsAny.generated.js")
    }
  })

  it("exits 1 on a bad flag, with a Chinese line on stderr and no help on stdout", () => {
    const run = runJixiao(["lint", seed, "--jsno"])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain("未知选项 --jsno")
    expect(run.stderr).not.toMatch(stackLine)
  })

  it("exits 1 on a bad flag value and on an unknown command", () => {
    expect(runJixiao(["compile", "--year", "abc", "1"]).status).toBe(1)
    expect(runJixiao(["lint", seed, "--fail-on", "sometimes"]).status).toBe(1)
    expect(runJixiao(["frobnicate"]).status).toBe(1)
  })
})
