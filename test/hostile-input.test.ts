/**
 * Hostile and broken input through the command line, end to end: broken tables each give a clear Chinese
 * message with file, row (and column where there is one) and a documented exit code; GBK and Excel's
 * quirks are read; bombs are refused by a limit; hostile names never escape the output folder or run.
 * See docs/reliability.md.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { LintReport } from "@jixiao/core"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { buildXlsx, numberCell, textCell } from "../packages/core/src/read/xlsx/xlsx.fixture.js"
import { buildZip } from "../packages/core/src/read/xlsx/zip.fixture.js"
import { runJixiao } from "./support/run-cli.ts"

const stackLine = /^\s+at\s/m

interface Results {
  year: number | null
  rows: { in: number; graded: number; rejected: number }
  rejected: Array<{ file: string; row: number; reason: string; message: string }>
  projects: Array<{
    unit: string
    name: string
    findings: Array<{ code: string; at: { file: string; row: number; column?: number } }>
    indicators: Array<{ name: string; status: string; actual: string | null }>
  }>
}

/** A fresh folder with these files written into it. */
const folder = (files: Record<string, string | Uint8Array>) => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-hostile-"))
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents)
  return dir
}

const assess = (dir: string, ...args: string[]) => {
  const run = runJixiao(["assess", ...args, "--out", join(dir, "out")])
  const results =
    run.status === 0 ? (JSON.parse(readFileSync(join(dir, "out", "results.json"), "utf8")) as Results) : null
  return { run, results }
}

/** A failure: exit 1, one Chinese line on stderr, no stack trace. */
const expectOneLineFailure = (run: ReturnType<typeof runJixiao>) => {
  expect(run.status).toBe(1)
  expect(run.stderr.trim().split("\n")).toHaveLength(1)
  expect(run.stderr).not.toMatch(stackLine)
  return run.stderr.trim()
}

const TARGETS = [
  "单位,项目,序号,一级指标,二级指标,三级指标,年度指标值,分值",
  "单位甲,企业服务,1,产出指标,数量指标,服务企业数量,不少于150家,30",
  "单位甲,企业服务,2,产出指标,质量指标,服务企业数量,≥95%,30",
  "单位甲,企业服务,3,效益指标,社会效益,完成时间,2024年11月底前,20",
].join("\n")

describe("broken tables", () => {
  it("missing columns: lint and assess exit 1 naming the file, the header row, what is missing and what was found", () => {
    const dir = folder({ "t.csv": "标题\n单位,项目,绩效目标\nU,P,G\n" })
    for (const run of [
      runJixiao(["lint", join(dir, "t.csv")]),
      assess(dir, "--targets", join(dir, "t.csv")).run,
    ]) {
      const line = expectOneLineFailure(run)
      expect(line).toBe(
        `文件 ${join(dir, "t.csv")} 第 2 行：缺少必需的列：三级指标、年度指标值 或 实施周期指标值（已找到：单位、项目、绩效目标）`,
      )
    }
  })

  it("a table with no indicators: lint reports table_without_indicators (exit 2), assess refuses it (exit 1)", () => {
    const header = `<row r="1">${["项目", "三级指标", "年度指标值"].map((t, k) => textCell(`${"ABC"[k]}1`, t)).join("")}</row>`
    const dir = folder({
      "t.csv": "单位,项目,三级指标,年度指标值\n",
      "t.txt": "部门名称：测试局\n",
      "t.xlsx": buildXlsx([{ name: "目标", rows: `${header}<row r="2">${textCell("A2", "P")}</row>` }]),
    })
    const lint = runJixiao(["lint", join(dir, "t.csv"), "--json"])
    expect(lint.status).toBe(2)
    const report = JSON.parse(lint.stdout) as LintReport
    expect(report.findings).toMatchObject([
      { code: "table_without_indicators", severity: "error", at: { file: join(dir, "t.csv"), row: 1 } },
    ])
    expect(expectOneLineFailure(assess(dir, "--targets", join(dir, "t.txt")).run)).toBe(
      `文件 ${join(dir, "t.txt")}：表中没有任何绩效指标（读入 0 个项目，0 行未读入），无法评分；可运行 jixiao lint 查看原因`,
    )
    expect(expectOneLineFailure(assess(dir, "--targets", join(dir, "t.xlsx")).run)).toContain("读入 1 个项目")
    // The streamed CSV path refuses it the same way.
    expect(expectOneLineFailure(assess(dir, "--targets", join(dir, "t.csv")).run)).toContain(
      "表中没有任何绩效指标",
    )
  })

  it("duplicate indicators: lint places the twin; an actual matching both is rejected with its row", () => {
    const dir = folder({
      "t.csv": TARGETS.replace("质量指标,服务企业数量,≥95%", "数量指标,服务企业数量,不少于150家"),
      "a.csv":
        "单位,项目,三级指标,实际完成值\n单位甲,企业服务,服务企业数量,152家\n单位甲,企业服务,完成时间,2024年11月20日\n",
    })
    const report = JSON.parse(runJixiao(["lint", join(dir, "t.csv"), "--json"]).stdout) as LintReport
    expect(report.findings.filter((f) => f.code === "duplicate_indicator")).toMatchObject([
      { message: "第 2 项与第 1 项重复", at: { row: 3, column: 6 } },
    ])
    const { run, results } = assess(dir, "--targets", join(dir, "t.csv"), "--actuals", join(dir, "a.csv"))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("输入 2 行：已评分 1，未采用 1")
    expect(results!.rows).toEqual({ in: 2, graded: 1, rejected: 1 })
    expect(results!.rejected).toEqual([
      {
        file: join(dir, "a.csv"),
        row: 2,
        reason: "ambiguous_indicator",
        data: { project: "企业服务", no: "", indicator: "服务企业数量" },
        message: "三级指标名称「服务企业数量」在该项目中不唯一，请填写序号",
      },
    ])
  })

  it("an actual for an unknown project: rejected with its file, row and the names it gave; exit 0", () => {
    const dir = folder({
      "t.csv": TARGETS,
      "a.csv": "单位,项目,序号,实际完成值\n单位甲,企业服务,1,152家\n单位乙,不存在的项目,1,3家\n",
    })
    const { run, results } = assess(dir, "--targets", join(dir, "t.csv"), "--actuals", join(dir, "a.csv"))
    expect(run.status).toBe(0)
    expect(results!.rows).toEqual({ in: 2, graded: 1, rejected: 1 })
    expect(results!.rejected).toMatchObject([
      {
        file: join(dir, "a.csv"),
        row: 3,
        reason: "unknown_project",
        message: "找不到单位「单位乙」的项目「不存在的项目」",
      },
    ])
  })

  it("weights that do not add up: a finding placed at the project's row and column; exit 0", () => {
    const dir = folder({})
    const sheet = TARGETS.split("\n")
      .map((line, k) => (k === 0 ? `${line},实际完成值` : `${line},1`))
      .join("\n")
    writeFileSync(join(dir, "t.csv"), sheet)
    const { run, results } = assess(dir, "--targets", join(dir, "t.csv"))
    expect(run.status).toBe(0)
    const finding = results!.projects[0]!.findings.find((f) => f.code === "weights_total_mismatch")
    expect(finding).toMatchObject({
      message: "分值合计 90，不等于 100",
      at: { file: join(dir, "t.csv"), row: 2, column: 2 },
    })
  })
})

describe("encodings through the CLI", () => {
  it("assesses GBK target and actuals CSV exactly as their UTF-8 forms", () => {
    const actuals =
      "单位,项目,序号,实际完成值\r\n单位甲,企业服务,1,152家\r\n单位甲,企业服务,3,2024年11月20日\r\n"
    // With a title, so that the year is inferred from it in each encoding.
    const targets = `2024年度项目支出绩效目标表\n${TARGETS}`
    const dir = folder({
      "t.csv": targets,
      "a.csv": actuals,
      "t-gbk.csv": iconv.encode(targets, "gbk"),
      "a-gbk.csv": iconv.encode(actuals, "gbk"),
    })
    const utf8 = assess(dir, "--targets", join(dir, "t.csv"), "--actuals", join(dir, "a.csv")).results!
    const gbk = assess(dir, "--targets", join(dir, "t-gbk.csv"), "--actuals", join(dir, "a-gbk.csv")).results!
    const statuses = (r: Results) =>
      r.projects.flatMap((p) => p.indicators.map((i) => [i.name, i.status, i.actual]))
    expect(statuses(gbk)).toEqual(statuses(utf8))
    expect(statuses(gbk)).toContainEqual(["服务企业数量", "met", "152家"])
    // The year is inferred from the GBK table as from the UTF-8 one (its head read in its encoding).
    expect(gbk.year).toBe(2024)
    expect(utf8.year).toBe(2024)
  })

  it("refuses bytes in no encoding it reads, naming the file, exit 1", () => {
    const dir = folder({ "t.csv": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a]) })
    expect(expectOneLineFailure(runJixiao(["lint", join(dir, "t.csv")]))).toBe(
      `文件 ${join(dir, "t.csv")}：无法识别文件的文字编码（已尝试 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）；请另存为 UTF-8 编码（Excel：“CSV UTF-8（逗号分隔）”）后再读取`,
    )
  })
})

describe("Excel through the CLI", () => {
  it("refuses a zip bomb by the size limit, in Chinese, exit 1", () => {
    const bomb = buildZip([{ name: "xl/worksheets/sheet1.xml", data: "<x/>", declaredSize: 2 ** 31 }])
    const dir = folder({ "bomb.xlsx": bomb })
    expect(expectOneLineFailure(assess(dir, "--targets", join(dir, "bomb.xlsx")).run)).toBe(
      `文件 ${join(dir, "bomb.xlsx")}：Excel 文件超出读取上限：解压后超过 200 MB 的读取上限（至少 2,048 MB），可能是压缩炸弹；请拆分成较小的工作簿后再读取`,
    )
  })

  it("reads a completion date Chinese Excel stored as a serial number under its built-in date format", () => {
    const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`
    const actuals = [
      row(1, ["单位", "项目", "序号", "实际完成值"].map((t, k) => textCell(`${"ABCD"[k]}1`, t)).join("")),
      // 45616 under built-in format 31 (yyyy"年"m"月"d"日") is 2024-11-20.
      row(
        2,
        `${textCell("A2", "单位甲")}${textCell("B2", "企业服务")}${numberCell("C2", 3)}${numberCell("D2", 45616, 1)}`,
      ),
    ].join("")
    const dir = folder({ "t.csv": TARGETS, "a.xlsx": buildXlsx([{ name: "完成值", rows: actuals }], [31]) })
    const { run, results } = assess(
      dir,
      "--targets",
      join(dir, "t.csv"),
      "--actuals",
      join(dir, "a.xlsx"),
      "--year",
      "2024",
    )
    expect(run.stderr).toBe("")
    const done = results!.projects[0]!.indicators.find((i) => i.name === "完成时间")!
    expect([done.actual, done.status]).toEqual(["2024-11-20", "met"])
  })
})

describe("hostile names in the reports", () => {
  it("writes only its own file names into the chosen folder, whatever the units and projects are called", () => {
    const hostile = [
      "单位,项目,三级指标,年度指标值,实际完成值,偏差原因",
      `../../逃逸单位,"<script>alert(1)</script>/../../x","=HYPERLINK(""http://x"")",≥1,1,@SUM(A1)`,
      `/etc/passwd,C:\\Windows\\system32,'=1+1,≥1,0,"-cmd|' /C calc'!A0"`,
    ].join("\n")
    const dir = folder({ "t.csv": hostile })
    const out = join(dir, "out")
    const run = runJixiao([
      "assess",
      "--targets",
      join(dir, "t.csv"),
      "--out",
      out,
      "--format",
      "html,xlsx,md,csv",
    ])
    expect(run.status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(["out", "t.csv"])
    expect(readdirSync(out).sort()).toEqual([
      "results.json",
      "报告.html",
      "报告.md",
      "指标明细.csv",
      "自评表.xlsx",
    ])
    const csv = readFileSync(join(out, "指标明细.csv"), "utf8")
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(csv).toContain(",'=1+1,") // read as =1+1 (its guard taken off), written guarded again
    expect(csv).toContain("'@SUM(A1)")
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m)
    const html = readFileSync(join(out, "报告.html"), "utf8")
    expect(html).not.toContain("<script>alert(1)</script>")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })
})
