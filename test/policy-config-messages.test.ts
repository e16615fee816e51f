import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

// Issue 13, item 11: a policy or config mistake is said with the presets, the value found and the key.

const targets = "seeds/000_6fa372ea3c00e953.txt"
const presetList = "national、sichuan、profile-20-40-40、langfang-whole-points"

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-config-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Writes a config into the temporary folder and runs `jixiao run` on it. */
const runConfig = (config: unknown) => {
  const file = join(dir, "jixiao.config.json")
  writeFileSync(file, JSON.stringify(config))
  return runJixiao(["run", "--config", file, "--quiet"])
}

describe("policy and config messages", () => {
  it("lists the presets when --policy names neither a preset nor a file", () => {
    const run = runJixiao(["assess", "--targets", targets, "--policy", "beijing", "--out", dir])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(presetList)
    expect(run.stderr).not.toContain("文件不存在")
  })

  it("lists the presets when the config's policy is neither, naming where the file was looked for", () => {
    const run = runConfig({ inputs: { targets: join(process.cwd(), targets) }, policy: "beijing" })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(presetList)
    expect(run.stderr).toContain(join(dir, "beijing"))
  })

  it("shows the bad value of a format", () => {
    const run = runConfig({ inputs: { targets: "t.txt" }, outputs: { formats: ["pdf"] } })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/"outputs\.formats\[0\]".*pdf/)
  })

  it("names a missing key once", () => {
    const run = runConfig({ inputs: {} })
    expect(run.status).toBe(1)
    expect(run.stderr.match(/inputs\.targets/g)).toHaveLength(1)
    expect(run.stderr).not.toMatch(/"targets"/)
  })

  it("writes to out beside the config when outputs names only the formats", () => {
    const run = runConfig({
      inputs: { targets: join(process.cwd(), targets) },
      outputs: { formats: ["md"] },
      failOn: "never",
    })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    expect(existsSync(join(dir, "out", "报告.md"))).toBe(true)
  })
})
