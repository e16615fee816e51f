/**
 * Links planted in the output folder, through every command that writes (issue #15 item 16): a report
 * path that is a link, and an output folder that is a link leading elsewhere, are refused with one Chinese
 * line, nothing is written through them, and `--allow-symlinks` (or `outputs.allowSymlinks` for run)
 * accepts them, replacing a link at a report's path by the new file. Also: the ledger's SQLite errors
 * in Chinese (item 22).
 */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { root, runJixiao } from "./support/run-cli.ts"

const SEED = join(root, "seeds", "000_6fa372ea3c00e953.txt")
const stackLine = /^\s+at\s/m

/** A folder with a victim file outside the output folder `out`, and a link to the victim at `out/<name>`. */
const planted = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-links-"))
  const out = join(dir, "out")
  mkdirSync(out)
  const victim = join(dir, "victim.txt")
  writeFileSync(victim, "secret")
  symlinkSync(victim, join(out, name))
  return { dir, out, victim, link: join(out, name) }
}

const expectRefused = (run: ReturnType<typeof runJixiao>, path: string, target: string) => {
  expect(run.status).toBe(1)
  expect(run.stderr).not.toMatch(stackLine)
  expect(run.stderr.trim()).toMatch(
    new RegExp(
      `^拒绝写入 ${path}：它是指向 ${target} 的符号链接，jixiao 不经符号链接写报告.*--allow-symlinks`,
    ),
  )
}

describe("a link at a report's path", () => {
  it("assess refuses it, writes nothing (not even results.json) and leaves the linked file as it was", () => {
    const { out, victim, link } = planted("报告.md")
    const run = runJixiao(["assess", "--targets", SEED, "--year", "2024", "--out", out, "--format", "md"])
    expectRefused(run, link, victim)
    expect(readFileSync(victim, "utf8")).toBe("secret")
    expect(readdirSync(out)).toEqual(["报告.md"])
  })

  it("assess --allow-symlinks replaces the link itself; the linked file is untouched", () => {
    const { out, victim, link } = planted("报告.md")
    const args = ["assess", "--targets", SEED, "--year", "2024", "--out", out, "--format", "md"]
    const run = runJixiao([...args, "--allow-symlinks"])
    expect(run.status).toBe(0)
    expect(readFileSync(victim, "utf8")).toBe("secret")
    expect(lstatSync(link).isFile()).toBe(true)
    expect(readFileSync(link, "utf8")).toMatch(/^# /)
  })

  it("report and template refuse it too", () => {
    const { dir, out, victim, link } = planted("自评表.xlsx")
    expect(
      runJixiao(["assess", "--targets", SEED, "--year", "2024", "--out", join(dir, "first")]).status,
    ).toBe(0)
    const report = runJixiao(["report", join(dir, "first", "results.json"), "--format", "xlsx", "--out", out])
    expectRefused(report, link, victim)
    const template = runJixiao(["template", "--targets", SEED, "--year", "2024", "--out", link])
    expectRefused(template, link, victim)
    expect(readFileSync(victim, "utf8")).toBe("secret")
  })
})

describe("an output folder that is a link", () => {
  const config = (dir: string, outputs: Record<string, unknown>) => {
    writeFileSync(join(dir, "t.txt"), readFileSync(SEED))
    const file = join(dir, "jixiao.config.json")
    writeFileSync(file, JSON.stringify({ inputs: { targets: "t.txt" }, year: 2024, outputs }))
    return file
  }

  it("run refuses one leading out of the folder that holds it, unless the config allows it", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-links-"))
    const elsewhere = mkdtempSync(join(tmpdir(), "jixiao-elsewhere-"))
    symlinkSync(elsewhere, join(dir, "out"))
    const refused = runJixiao(["run", "--config", config(dir, { formats: ["md"] })])
    expect(refused.status).toBe(1)
    expect(refused.stderr.trim().split("\n").at(-1)).toMatch(
      new RegExp(
        `^拒绝写入输出目录 ${join(dir, "out")}：它是指向 ${elsewhere} 的符号链接，落在其所在目录之外`,
      ),
    )
    expect(readdirSync(elsewhere)).toEqual([])
    const allowed = runJixiao(["run", "--config", config(dir, { formats: ["md"], allowSymlinks: true })])
    expect(allowed.status).toBe(0)
    expect(readdirSync(elsewhere).sort()).toEqual(["results.json", "报告.md"])
  })

  it("assess refuses it too, and --allow-symlinks lets it write there", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-links-"))
    const elsewhere = mkdtempSync(join(tmpdir(), "jixiao-elsewhere-"))
    symlinkSync(elsewhere, join(dir, "out"))
    const args = ["assess", "--targets", SEED, "--year", "2024", "--out", join(dir, "out")]
    expect(runJixiao(args).status).toBe(1)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(runJixiao([...args, "--allow-symlinks"]).status).toBe(0)
    expect(readdirSync(elsewhere)).toEqual(["results.json"])
  })
})

describe("the ledger's SQLite errors", () => {
  it("a ledger that is not a database: one Chinese line naming it and saying what to do", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-ledger-"))
    writeFileSync(join(dir, "t.txt"), readFileSync(SEED))
    writeFileSync(join(dir, "账本.sqlite"), "这不是数据库，".repeat(100))
    const file = join(dir, "c.json")
    writeFileSync(file, JSON.stringify({ inputs: { targets: "t.txt" }, year: 2024, ledger: "账本.sqlite" }))
    const run = runJixiao(["run", "--config", file, "--quiet"])
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      `无法打开运行账本 ${join(dir, "账本.sqlite")}：这不是 SQLite 数据库（不是 jixiao 的运行账本）；请检查配置的 ledger 路径，或换一个新文件`,
    )
  })
})
