/**
 * Issue #15, through the CLI bundle: inputs that lost rows or crashed the run. Mixed line endings and
 * encodings read the sample as written; budget cells that cannot be read are counted and listed; a NUL is
 * refused alike in every input; a missing file, a directory, a FIFO, a device or an oversized file gets one
 * Chinese line naming it, and exit 1 (CSV is streamed in every encoding; text and Excel tables are read whole).
 */
import { execFileSync } from "node:child_process"
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import iconv from "iconv-lite"
import { beforeAll, describe, expect, it } from "vitest"
import { root, runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const actuals = "seeds/sample-actuals-2024.csv"
const budget = "seeds/sample-budget-2024.csv"
const stackLine = /^\s+at\s/m

const dir = () => mkdtempSync(join(tmpdir(), "jixiao-inputs-"))
const lines = (file: string) =>
  readFileSync(join(root, file), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)

/** Lines joined by CRLF for the first third, LF for the second, CR for the rest (rows appended by other tools). */
const mixedEndings = (rows: ReadonlyArray<string>) =>
  rows.map((r, i) => r + (i < rows.length / 3 ? "\r\n" : i < (2 * rows.length) / 3 ? "\n" : "\r")).join("")

const assess = (args: ReadonlyArray<string>) => {
  const out = dir()
  const run = runJixiao(["assess", "--targets", seed, "--year", "2024", "--out", out, ...args])
  const results = run.status === 0 ? JSON.parse(readFileSync(join(out, "results.json"), "utf8")) : null
  return { run, results }
}

/** A failed run: exit 1 and exactly one line on stderr, without a stack trace. */
const failsWithOneLine = (run: ReturnType<typeof runJixiao>) => {
  expect(run.status, run.stderr).toBe(1)
  expect(run.stderr).not.toMatch(stackLine)
  expect(run.stderr).not.toContain("Unhandled")
  expect(run.stderr.trim().split("\n")).toHaveLength(1)
  return run.stderr.trim()
}

describe("mixed line endings in every encoding (item 1)", () => {
  let base: { department: { score: number }; rows: unknown; budgetRows: unknown }
  beforeAll(() => {
    base = assess(["--actuals", actuals, "--budget", budget]).results
  })

  it.each([
    ["UTF-8 (streamed)", (t: string) => Buffer.from(t, "utf8")],
    ["GBK", (t: string) => iconv.encode(t, "gbk")],
    ["UTF-16 with a BOM", (t: string) => iconv.encode(t, "utf16le", { addBOM: true })],
  ])("reads the sample's actuals and budget in %s, CRLF then LF then CR, as written", (_, encode) => {
    const at = dir()
    writeFileSync(join(at, "a.csv"), encode(mixedEndings(lines(actuals))))
    writeFileSync(join(at, "b.csv"), encode(mixedEndings(lines(budget))))
    const { run, results } = assess(["--actuals", join(at, "a.csv"), "--budget", join(at, "b.csv")])
    expect(run.status, run.stderr).toBe(0)
    expect(results.department.score).toBe(base.department.score) // 95.83, not 72.21
    expect(results.rows).toEqual(base.rows)
    expect(results.budgetRows).toEqual(base.budgetRows)
  })

  it("rejects a row with a cell too many at its line and column instead of dropping the cell", () => {
    const rows = lines(actuals)
    const at = join(dir(), "a.csv")
    // Row 3 gets an unquoted comma in its 实际完成值: every cell after it would move one column right.
    const cells = rows[2]!.split(",")
    cells[4] = `${cells[4]},5`
    writeFileSync(at, [...rows.slice(0, 2), cells.join(","), ...rows.slice(3)].join("\n"))
    const { run, results } = assess(["--actuals", at, "--budget", budget])
    expect(run.status, run.stderr).toBe(0)
    const rejected = results.rejected.find((r: { reason: string }) => r.reason === "extra_cells")
    expect(rejected).toMatchObject({ file: at, row: 3, column: 10, data: { cells: 10, header: 9 } })
    expect(rejected.message).toContain("比表头的 9 列多")
  })
})

describe("budget cells that cannot be read are counted and listed at their cell (item 3)", () => {
  const budgetRows = lines(budget)
  const values = ["-100", "—", "abc", "99%", ""]
  it.each([
    ["UTF-8 (streamed)", (t: string) => Buffer.from(t, "utf8")],
    ["GBK (streamed)", (t: string) => iconv.encode(t, "gbk")],
  ])("in %s", (_, encode) => {
    // The 全年执行数 (last column) of the first five data rows.
    const rows = budgetRows.map((r, i) =>
      i >= 2 && i < 2 + values.length ? r.replace(/,[^,]*$/u, `,${values[i - 2]}`) : r,
    )
    const at = join(dir(), "b.csv")
    writeFileSync(at, encode(rows.join("\r\n")))
    const { run, results } = assess(["--actuals", actuals, "--budget", at])
    expect(run.status, run.stderr).toBe(0)
    expect(results.budgetRows).toEqual({ in: 34, used: 29, rejected: 5 })
    const unreadable = results.rejected.filter((r: { reason: string }) => r.reason === "budget_unreadable")
    expect(unreadable.map((r: { row: number; column: number }) => [r.row, r.column])).toEqual([
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
      [7, 5],
    ])
    for (const [i, r] of unreadable.entries())
      expect(r.message).toContain(values[i] === "" ? "全年执行数为空" : `全年执行数“${values[i]}”无法识别`)
    expect(run.stdout).toContain("预算执行 34 行：已采用 29，未采用 5")
  })
})

describe("one way to treat a NUL byte (item 4)", () => {
  it("refuses a NUL in the targets, actuals and budget files with the same code and message", () => {
    const at = dir()
    const withNul = (name: string, file: string) => {
      const path = join(at, name)
      writeFileSync(path, `${lines(file).join("\n")}\n`.replace(/,/u, ",\u0000"))
      return path
    }
    const targets = withNul("t.csv", actuals) // any CSV: the NUL is refused before its columns are looked at
    const messages = [
      runJixiao(["assess", "--targets", targets, "--year", "2024", "--out", dir()]),
      assess(["--actuals", withNul("a.csv", actuals)]).run,
      assess(["--actuals", actuals, "--budget", withNul("b.csv", budget)]).run,
    ].map(failsWithOneLine)
    const reasons = messages.map((m) => m.slice(m.indexOf("："))) // what follows the file's name
    expect(new Set(reasons).size).toBe(1)
    expect(reasons[0]).toContain("文件含有 NUL 等控制字符")
  })
})

describe("missing, unreadable and wrong-kind inputs (items 15, 19)", () => {
  const at = dir()
  const fifo = join(at, "fifo.csv")
  execFileSync("mkfifo", [fifo])

  it.each([
    ["missing", join(at, "nope.csv"), "文件不存在"],
    ["a directory", at, "这是一个目录，不是普通文件；请给出表格文件的路径"],
    ["a FIFO", fifo, "这是一个命名管道（FIFO），不是普通文件；请给出表格文件的路径"],
    ["/dev/zero", "/dev/zero", "这是一个字符设备，不是普通文件；请给出表格文件的路径"],
  ])(
    "%s as --actuals (with --budget), --budget, --targets, or the table to lint: one line naming it, exit 1",
    (_, file, said) => {
      for (const run of [
        assess(["--actuals", file, "--budget", budget]).run,
        assess(["--actuals", actuals, "--budget", file]).run,
        runJixiao(["assess", "--targets", file, "--actuals", actuals, "--budget", budget, "--out", dir()]),
        runJixiao(["lint", file]),
      ])
        expect(failsWithOneLine(run)).toBe(`无法读取文件 ${file}：${said}`)
    },
  )

  it("refuses a file over the input limit before reading it (a sparse file of 501 MB)", () => {
    const big = join(at, "big.csv")
    const fd = openSync(big, "w")
    ftruncateSync(fd, 501 * 2 ** 20)
    closeSync(fd)
    const started = performance.now()
    const message = failsWithOneLine(assess(["--actuals", big]).run)
    expect(message).toBe(`无法读取文件 ${big}：文件超过 500 MB 的输入上限（至少 501 MB）；请拆分后再读取`)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
