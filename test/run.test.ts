/**
 * `jixiao run` as a scheduled job uses it: a config file with relative paths, a ledger beside it,
 * idempotent reruns, diffs, two runs at once, and a run killed while writing.
 */
import { type ChildProcess, spawn } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { acquireRunLock } from "../apps/cli/src/ledger/index.js"
import { root, runJixiao } from "./support/run-cli.ts"

const seedFiles = [
  "000_6fa372ea3c00e953.txt",
  "sample-actuals-2024.csv",
  "sample-budget-2024.csv",
  "seed-2024.config.json",
]

/**
 * A fresh copy of the seed and its sample config in `<tmp>/seeds/`, so that the config's `../out` lands in
 * `<tmp>/out/`, apart from every other test's.
 */
const workspace = (): { dir: string; config: string } => {
  const dir = join(mkdtempSync(join(tmpdir(), "jixiao-run-")), "seeds")
  mkdirSync(dir)
  for (const name of seedFiles) copyFileSync(join(root, "seeds", name), join(dir, name))
  return { dir, config: join(dir, "seed-2024.config.json") }
}

const runsOf = (config: string) => {
  const listed = runJixiao(["runs", "list", "--json", "--config", config])
  expect(listed.status).toBe(0)
  return JSON.parse(listed.stdout) as Array<{ id: string }>
}

const outputsOf = (dir: string) => {
  const out = join(dir, "..", "out", "seed-2024")
  return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]))
}

const sqlite = () => {
  const require = createRequire(join(root, "apps/cli/package.json"))
  return require("better-sqlite3") as new (
    file: string,
  ) => {
    pragma(s: string): unknown
    prepare(s: string): { all(): unknown[]; run(): unknown }
    close(): void
  }
}

describe("jixiao run", () => {
  it("records a run once: a rerun with unchanged inputs touches no file and records nothing new", () => {
    const { dir, config } = workspace()
    const first = runJixiao(["run", "--config", config])
    expect(first.stderr).toContain("已记录运行")
    expect(first.status).toBe(2) // the sample has one unreadable actual: rejected rows need attention
    const before = outputsOf(dir)
    expect(Object.keys(before).sort()).toEqual(
      ["results.json", "指标明细.csv", "报告.html", "报告.md", "自评表.xlsx"].sort(),
    )
    const out = join(dir, "..", "out", "seed-2024")
    const mtimes = readdirSync(out).map((n) => statSync(join(out, n)).mtimeMs)
    const second = runJixiao(["run", "--config", config])
    expect(second.status).toBe(2)
    expect(second.stdout).toContain("输入未变")
    expect(runsOf(config)).toHaveLength(1)
    expect(outputsOf(dir)).toEqual(before)
    expect(readdirSync(out).map((n) => statSync(join(out, n)).mtimeMs)).toEqual(mtimes)
  })

  it("makes a new run when one actual changes, and the diff names exactly that indicator", () => {
    const { dir, config } = workspace()
    expect(runJixiao(["run", "--config", config]).status).toBe(2)
    const actuals = join(dir, "sample-actuals-2024.csv")
    const text = readFileSync(actuals, "utf8")
    const changed = text.replace(
      "综合工作经费,1,中小微企业运行月度分析报告,12份",
      "综合工作经费,1,中小微企业运行月度分析报告,9份",
    )
    expect(changed).not.toBe(text)
    writeFileSync(actuals, changed)
    expect(runJixiao(["run", "--config", config]).stdout).toContain("已记录运行")
    const runs = runsOf(config)
    expect(runs).toHaveLength(2)
    const diff = runJixiao(["runs", "diff", runs[1]!.id, runs[0]!.id, "--json", "--config", config])
    expect(diff.status).toBe(0)
    const parsed = JSON.parse(diff.stdout) as {
      indicators: Array<{
        project: string
        no: number
        before: { status: string }
        after: { status: string }
      }>
    }
    expect(parsed.indicators).toHaveLength(1)
    expect(parsed.indicators[0]).toMatchObject({
      project: "综合工作经费",
      no: 1,
      before: { status: "met" },
      after: { status: "partially_met" },
    })
  })

  it("refuses a config with an unknown or wrong key, naming it in Chinese, exit 1", () => {
    const { dir } = workspace()
    const bad = join(dir, "bad.config.json")
    writeFileSync(
      bad,
      JSON.stringify({ year: 1800, inputs: { targets: "000_6fa372ea3c00e953.txt" }, outputz: {} }),
    )
    const run = runJixiao(["run", "--config", bad])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("配置文件")
    expect(run.stderr).toContain('"year"')
    expect(run.stderr).toContain("outputz")
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it("lets two runs at once take turns on the ledger: one records, both finish, the ledger is sound", async () => {
    const { dir, config } = workspace()
    const start = () =>
      spawn(
        process.execPath,
        ["apps/cli/bin/jixiao.mjs", "run", "--config", config, "--quiet", "--wait", "60"],
        { cwd: root },
      )
    const exit = (child: ChildProcess) =>
      new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    const codes = await Promise.all([exit(start()), exit(start())])
    expect(codes).toEqual([2, 2])
    expect(runsOf(config)).toHaveLength(1)
    const Database = sqlite()
    const db = new Database(join(dir, "jixiao-ledger.sqlite"))
    expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }])
    db.close()
  })

  it("stops before writing any report when the ledger cannot be used (a newer schema)", () => {
    const { dir, config } = workspace()
    expect(runJixiao(["run", "--config", config]).status).toBe(2)
    const Database = sqlite()
    const db = new Database(join(dir, "jixiao-ledger.sqlite"))
    db.prepare("UPDATE schema_version SET version = 99").run()
    db.close()
    rmSync(join(dir, "..", "out"), { recursive: true })
    const run = runJixiao(["run", "--config", config])
    expect(run.status).toBe(1)
    expect(existsSync(join(dir, "..", "out"))).toBe(false)
  })

  it("reports a held lock at once with --wait 0", async () => {
    const { dir, config } = workspace()
    const lock = await Effect.runPromise(acquireRunLock(join(dir, "jixiao-ledger.sqlite"), { waitMs: 0 }))
    const run = runJixiao(["run", "--config", config, "--wait", "0"])
    lock.release()
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(String(process.pid))
  })

  it("leaves ledger and output folder consistent when killed mid-write, and the next run repairs it", async () => {
    const { dir, config } = workspace()
    const child = spawn(process.execPath, ["apps/cli/bin/jixiao.mjs", "run", "--config", config], {
      cwd: root,
    })
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("生成报告")) {
          child.kill("SIGKILL")
          resolve()
        }
      })
    })
    await new Promise((resolve) => child.on("exit", resolve))
    const Database = sqlite()
    const ledgerFile = join(dir, "jixiao-ledger.sqlite")
    const recorded = (() => {
      try {
        const db = new Database(ledgerFile)
        expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }])
        const rows = db.prepare("SELECT id FROM runs").all()
        db.close()
        return rows.length
      } catch {
        return 0 // killed before the ledger was created
      }
    })()
    expect(recorded).toBeLessThanOrEqual(1)
    const out = join(dir, "..", "out", "seed-2024")
    const visible = (() => {
      try {
        return readdirSync(out).filter((n) => !n.startsWith("."))
      } catch {
        return []
      }
    })()
    if (visible.includes("results.json"))
      expect(() => JSON.parse(readFileSync(join(out, "results.json"), "utf8"))).not.toThrow()
    const rerun = runJixiao(["run", "--config", config])
    expect(rerun.status).toBe(2)
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([])
    expect(runsOf(config)).toHaveLength(1)
    const clean = workspace()
    expect(runJixiao(["run", "--config", clean.config]).status).toBe(2)
    expect(clean.dir).not.toBe(dir)
    expect(outputsOf(dir)).toEqual(outputsOf(clean.dir))
  })
})
