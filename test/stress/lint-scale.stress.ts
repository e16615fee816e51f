/**
 * Stress (issue #15, item 13): `jixiao lint` on one project holding 8,000 and then 16,000 indicators. The
 * review must be linear in the number of indicators: doubling them may not much more than double the time
 * (the pairwise duplicate check took 10.3 s for 8,000 and 42.5 s for 16,000, a ratio of 4.1).
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { root } from "../support/run-cli.ts"

const dir = mkdtempSync(join(tmpdir(), "jixiao-lint-scale-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** One unit, one project, `n` distinct indicators (names that prefix one another: 第1项 …, 第10项 …). */
const table = (n: number): string => {
  const file = join(dir, `lint-${n}.csv`)
  const rows = ["单位,项目,绩效目标,一级指标,二级指标,三级指标,实施周期指标值,年度指标值"]
  for (let i = 1; i <= n; i++)
    rows.push(`某单位,大项目,目标,产出指标,数量指标,第${i}项服务人数,≥${i}人,≥${i}人`)
  writeFileSync(file, rows.join("\n"))
  return file
}

/** Runs `jixiao lint --json` on the file: seconds taken, peak memory (MB) and the report. */
const lint = (file: string) => {
  const preload = join(dir, "peak.cjs")
  writeFileSync(
    preload,
    'process.on("exit", () => process.stderr.write("\\npeak=" + process.resourceUsage().maxRSS + "\\n"))',
  )
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    ["-r", preload, "apps/cli/bin/jixiao.mjs", "lint", file, "--json"],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      timeout: 300_000,
    },
  )
  const seconds = (performance.now() - started) / 1000
  const peak = Number(/peak=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024
  return {
    seconds,
    peak,
    status: run.status,
    report: JSON.parse(run.stdout) as { counts: { indicators: number } },
  }
}

describe("stress: lint of one large project", () => {
  it("is linear in the number of indicators", () => {
    const small = lint(table(8_000))
    const large = lint(table(16_000))
    const ratio = large.seconds / small.seconds
    console.log(
      `lint 8,000: ${small.seconds.toFixed(2)} s, ${small.peak.toFixed(0)} MB; ` +
        `16,000: ${large.seconds.toFixed(2)} s, ${large.peak.toFixed(0)} MB; ratio ${ratio.toFixed(2)}`,
    )
    expect(small.report.counts.indicators).toBe(8_000)
    expect(large.report.counts.indicators).toBe(16_000)
    // Linear work doubles (start-up makes it less); quadratic work quadruples.
    expect(ratio).toBeLessThan(3)
    expect(large.seconds).toBeLessThan(10)
  })
})
