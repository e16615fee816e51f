/**
 * Stress (issue #15, item 21): above 20,000 indicators assess writes html, xlsx and md per unit
 * (`报告-<单位>.html`). Units named with 100 Chinese characters (300 bytes, more than a file name may hold)
 * and alike in their first 80 used to fail the whole run with ENAMETOOLONG after the first reports were
 * written; now each unit gets its own name within 255 bytes, and the run succeeds.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { root } from "../support/run-cli.ts"

const dir = mkdtempSync(join(tmpdir(), "jixiao-unit-names-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const prefix = "某某市某某区某某街道办事处下属某某社区服务中心".repeat(4).slice(0, 80)
const UNITS = [`${prefix}${"甲".repeat(20)}`, `${prefix}${"乙".repeat(20)}`, "短名单位"]

/** Three units of 7,000 indicators each (70 projects of 100): 21,000 in all, over the whole-report limit. */
const table = (): string => {
  const file = join(dir, "targets.csv")
  const rows = ["单位,项目,绩效目标,一级指标,二级指标,三级指标,年度指标值,实际完成值"]
  for (const unit of UNITS)
    for (let p = 1; p <= 70; p++)
      for (let i = 1; i <= 100; i++)
        rows.push(`${unit},项目${p},目标,产出指标,数量指标,第${i}项服务人数,≥${i}人,${i}人`)
  writeFileSync(file, rows.join("\n"))
  return file
}

describe("stress: per-unit report names of long unit names", () => {
  it("assess writes every unit's reports, each name within 255 bytes", () => {
    const out = join(dir, "out")
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        "apps/cli/bin/jixiao.mjs",
        "assess",
        "--targets",
        table(),
        "--year",
        "2024",
        "--out",
        out,
        "--format",
        "md,xlsx",
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, timeout: 300_000 },
    )
    const seconds = (performance.now() - started) / 1000
    process.stdout.write(`assess of 21,000 indicators in 3 units: ${seconds.toFixed(1)} s\n`)
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    const names = readdirSync(out).filter((n) => n.startsWith("报告-"))
    expect(names).toHaveLength(3)
    expect(readdirSync(out).filter((n) => n.startsWith("自评表-"))).toHaveLength(3)
    for (const name of readdirSync(out)) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
    expect(names).toContain("报告-短名单位.md")
  }, 320_000)
})
