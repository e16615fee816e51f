/**
 * Control characters in input names never act on the terminal (issue #15 item 24): an ESC sequence that
 * clears the screen, a newline or CR that fakes a line, a backspace, U+202E that reverses what follows —
 * all are printed as visible escapes in the summary, the lint report and the error lines.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { terminalText } from "../apps/cli/src/present/terminal-text.js"
import { runJixiao } from "./support/run-cli.ts"

const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

const csv = (rows: ReadonlyArray<ReadonlyArray<string>>) =>
  rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n")

const UNIT = "单位\x1b[2J\x1b[31m甲"
const PROJECT = "项目\n伪造的一行：综合得分 100（优）"
const INDICATOR = "服务企业\u202e数量\b\u0085"

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-terminal-"))
  writeFileSync(
    join(dir, "t.csv"),
    csv([
      ["单位", "项目", "序号", "一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
      [UNIT, PROJECT, "1", "产出指标", "数量指标", INDICATOR, "不少于150家", "50"],
      [UNIT, PROJECT, "2", "产出指标", "数量指标", INDICATOR, "不少于150家", "40"],
    ]),
  )
  writeFileSync(
    join(dir, "a.csv"),
    csv([
      ["单位", "项目", "序号", "三级指标", "实际完成值"],
      [UNIT, PROJECT, "1", INDICATOR, "160家"],
      ["别的\r单位", "没有的\u2066项目", "1", "x", "1"],
    ]),
  )
  return dir
}

describe("input names on the terminal", () => {
  it("terminalText writes control and bidi characters as escapes and keeps everything else", () => {
    expect(terminalText("a\x1b[2Jb\nc\rd\be\u202ef\u0085g\u007f中文")).toBe(
      "a\\x1b[2Jb\\nc\\rd\\x08e\\u202ef\\x85g\\x7f中文",
    )
  })

  it("assess prints the summary with the names escaped: nothing clears the screen or fakes a line", () => {
    const dir = folder()
    const run = runJixiao([
      "assess",
      "--targets",
      join(dir, "t.csv"),
      "--actuals",
      join(dir, "a.csv"),
      "--year",
      "2024",
      "--out",
      join(dir, "out"),
    ])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(RAW)
    expect(run.stdout).toContain("单位\\x1b[2J\\x1b[31m甲")
    expect(run.stdout).toContain("别的\\r单位")
    expect(run.stdout).toContain("没有的\\u2066项目")
    expect(run.stdout.split("\n").some((line) => line.startsWith("伪造的一行"))).toBe(false)
    expect(readdirSync(join(dir, "out"))).toEqual(["results.json"])
  })

  it("lint prints its findings with the names escaped", () => {
    const dir = folder()
    const run = runJixiao(["lint", join(dir, "t.csv"), "--fail-on", "never"])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(RAW)
    expect(run.stdout).toContain("服务企业\\u202e数量\\x08\\x85")
    expect(run.stdout).toContain("项目\\n伪造的一行")
  })

  it("an error line names a file with control characters escaped", () => {
    const run = runJixiao(["lint", "缺少的\x1b[2J文件\n.csv"])
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe("无法读取文件 缺少的\\x1b[2J文件\\n.csv：文件不存在")
  })
})
