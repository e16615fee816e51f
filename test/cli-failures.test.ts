/**
 * Issue #14: a failure keeps its code up to the terminal. Without `--json` it is one Chinese line on
 * stderr; with `--json` it is one JSON object there, `{"error":{"code","message","data"}}`, so that a
 * pipeline reading the JSON output learns why nothing came.
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

const dir = mkdtempSync(join(tmpdir(), "jixiao-failures-"))

describe("failures with their codes", () => {
  it("prints one Chinese line without --json, and the same failure as JSON with it", () => {
    const missing = join(dir, "不存在.csv")
    const plain = runJixiao(["lint", missing])
    expect(plain.status).toBe(1)
    expect(plain.stderr.trim()).toMatch(/^无法读取文件 .*不存在\.csv：文件不存在/)
    const json = runJixiao(["lint", missing, "--json"])
    expect(json.status).toBe(1)
    const { error } = JSON.parse(json.stderr.trim()) as { error: { code: string; message: string } }
    expect(error.code).toBe("input_unreadable")
    expect(error.message).toBe(plain.stderr.trim())
  })

  it("gives a table that cannot be read its own code, with the reader's code in its data", () => {
    const table = join(dir, "坏表.csv")
    writeFileSync(table, '单位,项目,三级指标,年度指标值\n甲,乙,"丙,1\n')
    const json = runJixiao(["lint", table, "--json"])
    expect(json.status).toBe(1)
    const { error } = JSON.parse(json.stderr.trim()) as { error: { code: string; message: string } }
    expect(error.code).toBe("table_unreadable")
    expect(error.message).toContain("引号")
    expect(error.message).not.toMatch(/Quote Not Closed/i)
  })
})
