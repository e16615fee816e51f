import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

const seedArgs = [
  ...["--targets", "seeds/000_6fa372ea3c00e953.txt"],
  ...["--actuals", "seeds/sample-actuals-2024.csv"],
  ...["--budget", "seeds/sample-budget-2024.csv", "--year", "2024"],
]
const temp = () => mkdtempSync(join(tmpdir(), "jixiao-report-"))

describe("jixiao assess --format", () => {
  const out = temp()
  const run = runJixiao(["assess", ...seedArgs, "--out", out, "--format", "md,csv"])

  it("writes 报告.md and 指标明细.csv beside results.json, one line per file", () => {
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    for (const name of ["results.json", "报告.md", "指标明细.csv"]) {
      expect(existsSync(join(out, name))).toBe(true)
      expect(run.stdout).toContain(`已写入 ${join(out, name)}`)
    }
    expect(readFileSync(join(out, "指标明细.csv"), "utf8").startsWith("\uFEFF单位,")).toBe(true)
  })

  it("writes only results.json without --format", () => {
    const bare = temp()
    expect(runJixiao(["assess", ...seedArgs, "--out", bare]).status).toBe(0)
    expect(existsSync(join(bare, "报告.md"))).toBe(false)
  })

  it("refuses an unknown format with a Chinese message listing the valid ones, before scoring", () => {
    const other = temp()
    const bad = runJixiao(["assess", ...seedArgs, "--out", other, "--format", "md,pdf"])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain("未知的报告格式 pdf")
    expect(bad.stderr).toContain("可选 html、xlsx、md、csv")
    expect(existsSync(join(other, "results.json"))).toBe(false)
  })

  describe("jixiao report", () => {
    it("renders the saved results.json into the same 报告.md as assess wrote", () => {
      const dir2 = temp()
      const again = runJixiao(["report", join(out, "results.json"), "--format", "md", "--out", dir2])
      expect(again.stderr).toBe("")
      expect(again.status).toBe(0)
      expect(again.stdout.trim()).toBe(`已写入 ${join(dir2, "报告.md")}`)
      expect(readFileSync(join(dir2, "报告.md"), "utf8")).toBe(readFileSync(join(out, "报告.md"), "utf8"))
    })

    it("writes beside results.json when --out is left out", () => {
      const dir = temp()
      writeFileSync(join(dir, "results.json"), readFileSync(join(out, "results.json")))
      expect(runJixiao(["report", join(dir, "results.json"), "--format", "csv"]).status).toBe(0)
      expect(readFileSync(join(dir, "指标明细.csv"))).toEqual(readFileSync(join(out, "指标明细.csv")))
    })

    it("refuses an unknown format name", () => {
      const bad = runJixiao(["report", join(out, "results.json"), "--format", "word"])
      expect(bad.status).toBe(1)
      expect(bad.stderr).toMatch(/未知的报告格式 word；可选 html、xlsx、md、csv/)
    })

    it("names the file and the key path of a malformed results.json", () => {
      const dir = temp()
      const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
      results.projects[3].total = "95.5"
      const file = join(dir, "results.json")
      writeFileSync(file, JSON.stringify(results))
      const bad = runJixiao(["report", file, "--format", "md", "--out", dir])
      expect(bad.status).toBe(1)
      expect(bad.stderr).toContain(`${file} 中的 projects[3].total 应为数字`)
      expect(existsSync(join(dir, "报告.md"))).toBe(false)
    })

    it("says when the file is not JSON, or not there", () => {
      const dir = temp()
      const file = join(dir, "results.json")
      writeFileSync(file, '{"engine": ')
      const bad = runJixiao(["report", file, "--format", "md"])
      expect(bad.status).toBe(1)
      expect(bad.stderr).toContain(`${file} 不是合法的 JSON`)
      const missing = runJixiao(["report", join(dir, "无.json")])
      expect(missing.status).toBe(1)
      expect(missing.stderr).toContain("文件不存在")
    })

    it("refuses a results.json too large to read whole, in Chinese, pointing to assess --format", () => {
      const dir = temp()
      const file = join(dir, "results.json")
      // A sparse file: 200 MB by size, nothing on disk; refused before a byte is read.
      const fd = openSync(file, "w")
      ftruncateSync(fd, 200 * 1024 * 1024)
      closeSync(fd)
      const big = runJixiao(["report", file, "--format", "csv"])
      expect(big.status).toBe(1)
      expect(big.stderr).toContain(`${file} 有 200 MB，超过 report 整份读入的上限（96 MB`)
      expect(big.stderr).toContain("assess … --format")
      expect(big.stderr).not.toContain("内部错误")
      expect(existsSync(join(dir, "指标明细.csv"))).toBe(false)
    })
  })
})
