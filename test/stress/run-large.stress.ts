/**
 * Stress (issue #15, item 20; issue #14): `jixiao run` on 300,000 indicators with every format. It used to
 * read everything whole and died of V8 heap exhaustion after three minutes (exit 134, 4.3 GB). It now
 * runs the streamed engine as `assess` does: it must finish, write the reports per unit, record every
 * indicator in the ledger, and stay within a bounded peak memory (printed with the time taken).
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { root } from "../support/run-cli.ts"

const INDICATORS = 300_000
const dir = mkdtempSync(join(tmpdir(), "jixiao-run-large-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("run on 300,000 indicators, every format", () => {
  it("finishes, records every indicator, and keeps its peak memory bounded", () => {
    const gen = spawnSync(
      process.execPath,
      [
        "scripts/run-ts.mjs",
        "scripts/gen.ts",
        "--indicators",
        String(INDICATORS),
        "--seed",
        "1",
        "--out",
        dir,
      ],
      { cwd: root, encoding: "utf8" },
    )
    expect(gen.status, gen.stderr).toBe(0)
    const config = join(dir, "jixiao.config.json")
    writeFileSync(
      config,
      JSON.stringify({
        year: 2024,
        inputs: { targets: "targets.csv", actuals: "actuals.csv", budget: "budget.csv" },
        outputs: { folder: "out", formats: ["html", "xlsx", "md", "csv"] },
        failOn: "never",
      }),
    )
    const preload = join(dir, "peak.cjs")
    writeFileSync(
      preload,
      'process.on("exit", () => process.stderr.write("\\npeak=" + process.resourceUsage().maxRSS + "\\n"))',
    )
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      ["-r", preload, "apps/cli/bin/jixiao.mjs", "run", "--config", config, "--quiet"],
      { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
    )
    const seconds = (performance.now() - started) / 1000
    const peakMb = Number(/peak=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024
    console.log(
      `run, ${INDICATORS} indicators, all formats: ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`,
    )
    expect(run.status, run.stderr.slice(-2000)).toBe(0)
    const out = readdirSync(join(dir, "out"))
    expect(out).toContain("results.json")
    expect(out.filter((f) => f.startsWith("报告-") && f.endsWith(".html")).length).toBeGreaterThan(1)
    const shown = spawnSync(
      process.execPath,
      ["apps/cli/bin/jixiao.mjs", "runs", "list", "--json", "--config", config],
      {
        cwd: root,
        encoding: "utf8",
      },
    )
    const runs = JSON.parse(shown.stdout) as ReadonlyArray<{ summary: { rows: { graded: number } } }>
    expect(runs).toHaveLength(1)
    expect(runs[0]!.summary.rows.graded).toBeGreaterThan(INDICATORS * 0.9)
    // The whole-table run held every table, result and report at once; the streamed one, a project.
    expect(peakMb).toBeLessThan(1536)
  })
})
