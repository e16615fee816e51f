import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { renderReports, reportFormats } from "@jixiao/report"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { reportFileNames } from "../apps/cli/src/app/path-overlap.js"
import { root, runJixiao } from "./support/run-cli.ts"
import { seedResults } from "./support/seed-results.ts"

// Issue #15, item 17: the ledger, the inputs and the outputs of a run never share a file.

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-paths-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const seed = (name: string) => join(root, "seeds", name)
const inputs = {
  targets: seed("000_6fa372ea3c00e953.txt"),
  actuals: seed("sample-actuals-2024.csv"),
  budget: seed("sample-budget-2024.csv"),
}

/** Runs `jixiao run` on a config written into the temporary folder. */
const run = (config: Record<string, unknown>) => {
  const file = join(dir, "jixiao.config.json")
  writeFileSync(file, JSON.stringify({ year: 2024, inputs, ...config }))
  return { ...runJixiao(["run", "--config", file, "--quiet"]), file }
}

/** Refused with exit 1 before anything was written: no ledger, no lock, no report. */
const expectRefused = (result: ReturnType<typeof run>, ...named: ReadonlyArray<string>) => {
  expect(result.status).toBe(1)
  expect(result.stderr).toContain(`配置文件 ${result.file}：`)
  for (const words of named) expect(result.stderr).toContain(words)
  expect(result.stderr).toContain("运行时一个会覆盖另一个")
  const mine = new Set(["jixiao.config.json", "in", "linked"])
  expect(readdirSync(dir).filter((n) => !mine.has(n))).toEqual([])
}

describe("jixiao run refuses overlapping paths", () => {
  it("a ledger at a report's path (out/results.json), naming both", () => {
    const result = run({ ledger: "out/results.json" })
    expectRefused(result, `账本（ledger） ${join(dir, "out/results.json")}`, "要写出的报告 results.json")
  })

  it("a ledger at a report's path reached another way (./out/../out/报告.md)", () => {
    expectRefused(run({ ledger: "./out/../out/报告.md", outputs: { formats: ["md"] } }), "报告 报告.md")
  })

  it("a ledger equal to an input", () => {
    expectRefused(
      run({ ledger: inputs.actuals }),
      "账本（ledger）",
      `实际完成值表（inputs.actuals） ${inputs.actuals}`,
    )
  })

  it("an input equal to a report path, and one reached through a linked folder or a hard link", () => {
    mkdirSync(join(dir, "in"))
    writeFileSync(join(dir, "in", "指标明细.csv"), "")
    // A targets file at out/指标明细.csv: the run would replace its own input with its output.
    expectRefused(
      run({ inputs: { targets: "in/指标明细.csv" }, outputs: { folder: "in", formats: ["csv"] } }),
      "目标表（inputs.targets）",
      "要写出的报告 指标明细.csv",
    )
    symlinkSync(join(dir, "in"), join(dir, "linked"))
    expectRefused(
      run({ inputs: { targets: "linked/指标明细.csv" }, outputs: { folder: "in", formats: ["csv"] } }),
      "目标表（inputs.targets）",
    )
    linkSync(join(dir, "in", "指标明细.csv"), join(dir, "in", "hard.csv"))
    expectRefused(
      run({ inputs: { ...inputs, budget: "in/hard.csv" }, outputs: { folder: "in", formats: ["csv"] } }),
      "预算执行表（inputs.budget）",
    )
  })

  it("an input at the ledger's lock file, and an output folder at the ledger", () => {
    expectRefused(
      run({ ledger: "l.sqlite", inputs: { ...inputs, budget: "l.sqlite.lock.sqlite" } }),
      "账本的锁文件",
    )
    expectRefused(
      run({ ledger: "out", outputs: { folder: "out" } }),
      "输出目录（outputs.folder）",
      "是同一个路径",
    )
  })

  it("still runs when every path is distinct", () => {
    const result = run({ ledger: "ledger/l.sqlite", failOn: "never" })
    expect(result.stderr).toBe("")
    expect(result.status).toBe(0)
    expect(existsSync(join(dir, "out", "results.json"))).toBe(true)
  })

  it("knows the file names the renderers write", async () => {
    // The first file of each format (docx writes the department's report first, then one per project).
    const results = await seedResults()
    for (const format of reportFormats) {
      const [first] = await renderReports(results, [format])
      expect(first!.name).toBe(reportFileNames[format])
    }
  })
})
