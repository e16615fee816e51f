/**
 * `jixiao template --monitor` round trip: the template written for the seed table, filled in (with the
 * sample monitoring sheet's values, cell by cell), read by the monitoring sheet reader and monitored,
 * gives the same lights, forecasts and projected grades as the sample sheet itself.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MONITOR_TEMPLATE_HEADER } from "@jixiao/core"
import { afterAll, describe, expect, it } from "vitest"
import { root, runJixiao } from "./support/run-cli.ts"

interface Cell {
  value: unknown
}
interface Sheet {
  readonly name: string
  readonly rowCount: number
  getRow(row: number): { readonly values: ReadonlyArray<unknown> }
  getCell(row: number, column: number): Cell
}
interface Workbook {
  readonly worksheets: ReadonlyArray<Sheet>
  getWorksheet(name: string): Sheet | undefined
  readonly xlsx: { readFile(file: string): Promise<unknown>; writeFile(file: string): Promise<void> }
}
const requireCli = createRequire(new URL("../apps/cli/package.json", import.meta.url))
const ExcelJS = requireCli("exceljs") as { readonly Workbook: new () => Workbook }
const JSZip = createRequire(requireCli.resolve("exceljs"))("jszip") as {
  loadAsync(
    bytes: Uint8Array,
  ): Promise<{ file(name: string): { async(type: "string"): Promise<string> } | null }>
}

const seed = "seeds/000_6fa372ea3c00e953.txt"
const dir = mkdtempSync(join(tmpdir(), "jixiao-template-monitor-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A sample CSV's rows after its title line, as header → cell records (the samples quote nothing). */
const sampleRows = (file: string) => {
  const [, header, ...lines] = readFileSync(join(root, file), "utf8").trim().split(/\r?\n/)
  const names = header!.split(",")
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i]!, cell])))
}

interface Lit {
  readonly light: string
  readonly completion: number | null
  readonly forecast: { readonly text: string; readonly status: string } | null
  readonly findings: ReadonlyArray<{ readonly code: string }>
}
interface Results {
  readonly lights: Record<string, number>
  readonly budgetLights: Record<string, number>
  readonly department: { readonly projected: { readonly score: number; readonly grade: string } }
  readonly projects: ReadonlyArray<{
    readonly name: string
    readonly projected: unknown
    readonly budget: { readonly light: string } | null
    readonly indicators: ReadonlyArray<Lit & { readonly no: number }>
  }>
  readonly rejected: ReadonlyArray<{ readonly reason: string }>
}

const monitorOf = (actuals: string, budget: string, out: string): Results => {
  const run = runJixiao([
    "monitor",
    "--targets",
    seed,
    "--actuals",
    actuals,
    "--budget",
    budget,
    "--as-of",
    "2024-07-31",
    "--out",
    out,
    "--format",
    "md",
  ])
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results
}

/** What each indicator was judged: light, completion, forecast and the findings' codes. */
const judged = (r: Results) =>
  r.projects.flatMap((p) =>
    p.indicators.map((i) => ({
      project: p.name,
      no: i.no,
      light: i.light,
      completion: i.completion,
      forecast: i.forecast === null ? null : [i.forecast.text, i.forecast.status],
      findings: i.findings.map((f) => f.code),
    })),
  )

describe("jixiao template --monitor", () => {
  const template = join(dir, "监控表.xlsx")
  const written = runJixiao(["template", "--monitor", "--targets", seed, "--out", template])

  it("writes one row per indicator under the monitoring sheet's own column names", async () => {
    expect(written.status, written.stderr).toBe(0)
    expect(written.stdout).toContain("168 个指标，34 个项目")
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(template)
    expect(book.worksheets.map((s) => s.name)).toEqual(["监控表", "预算执行", "说明"])
    const sheet = book.getWorksheet("监控表")!
    expect(sheet.getRow(1).values.slice(1)).toEqual([
      "单位",
      "项目",
      "序号",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "当前完成值",
      "全年预计完成值",
      "完成目标可能性",
      "偏差原因类别",
      "原因说明",
      "纠偏措施",
      "监控口径",
    ])
    expect(sheet.getRow(1).values.slice(1)).toEqual([...MONITOR_TEMPLATE_HEADER])
    expect(sheet.rowCount).toBe(169)
    expect(book.getWorksheet("预算执行")!.getRow(1).values.slice(1)).toEqual([
      "单位",
      "项目",
      "全年预算数（万元）",
      "执行数（万元）",
    ])
  })

  it("has drop-downs for the fixed lists that refuse other words, over every indicator row", async () => {
    const xml = await (await JSZip.loadAsync(readFileSync(template)))
      .file("xl/worksheets/sheet1.xml")!
      .async("string")
    const lists = [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/gu)].map(
      (m) => ({
        attributes: m[1]!,
        formula: m[2]!,
      }),
    )
    const list = (words: string) => lists.find((l) => l.formula === `&quot;${words}&quot;`)
    for (const [words, column] of [
      ["确定能,有可能,完全不可能", "J"],
      ["经费保障,制度保障,人员保障,硬件条件保障,其他", "K"],
      ["累计,比率,年度一次", "N"],
    ] as const) {
      const found = list(words)
      expect(found, words).toBeDefined()
      expect(found!.attributes).toContain('type="list"')
      expect(found!.attributes).toContain(`sqref="${column}2:${column}169"`)
      expect(found!.attributes).toContain('errorStyle="stop"')
      expect(found!.attributes).toContain('showErrorMessage="1"')
    }
  })

  it("filled in, is read by the monitoring sheet reader and monitored as the sample sheet is", async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(template)
    const sheet = book.getWorksheet("监控表")!
    const header = MONITOR_TEMPLATE_HEADER
    const column = (name: string) => header.indexOf(name) + 1
    const bySample = new Map(
      sampleRows("seeds/sample-monitor-2024-07.csv").map((r) => [
        `${r.单位}\u0000${r.项目}\u0000${r.序号}`,
        r,
      ]),
    )
    let filled = 0
    for (let row = 2; row <= sheet.rowCount; row++) {
      const key = ["单位", "项目", "序号"]
        .map((name) => sheet.getCell(row, column(name)).value)
        .join("\u0000")
      const sample = bySample.get(key)
      if (sample === undefined) continue
      filled++
      const values: Record<string, string | undefined> = {
        当前完成值: sample["1-7月完成值"],
        全年预计完成值: sample.全年预计完成值,
        完成目标可能性: sample.完成目标可能性,
        偏差原因类别: sample.偏差原因类别,
        原因说明: sample.原因说明,
        纠偏措施: sample.纠偏措施,
        监控口径: sample.监控口径,
      }
      for (const [name, value] of Object.entries(values))
        if (value !== undefined && value !== "") sheet.getCell(row, column(name)).value = value
    }
    expect(filled).toBe(168)
    const budget = book.getWorksheet("预算执行")!
    const budgets = new Map(
      sampleRows("seeds/sample-budget-2024-07.csv").map((r) => [`${r.单位}\u0000${r.项目}`, r]),
    )
    for (let row = 2; row <= budget.rowCount; row++) {
      const sample = budgets.get(`${budget.getCell(row, 1).value}\u0000${budget.getCell(row, 2).value}`)
      if (sample === undefined) continue
      // Amounts as numbers, as a unit types them; the sample's unreadable one (text) as it is written.
      for (const [col, name] of [
        [3, "全年预算数（万元）"],
        [4, "执行数（万元）"],
      ] as const) {
        const text = sample[name] ?? ""
        if (text !== "") budget.getCell(row, col).value = Number.isFinite(Number(text)) ? Number(text) : text
      }
    }
    const filledFile = join(dir, "已填写.xlsx")
    await book.xlsx.writeFile(filledFile)

    const fromTemplate = monitorOf(filledFile, filledFile, join(dir, "from-template"))
    const fromSample = monitorOf(
      "seeds/sample-monitor-2024-07.csv",
      "seeds/sample-budget-2024-07.csv",
      join(dir, "from-sample"),
    )
    expect(judged(fromTemplate)).toEqual(judged(fromSample))
    expect(fromTemplate.lights).toEqual(fromSample.lights)
    expect(fromTemplate.budgetLights).toEqual(fromSample.budgetLights)
    expect(fromTemplate.department).toEqual(fromSample.department)
    expect(fromTemplate.projects.map((p) => p.projected)).toEqual(fromSample.projects.map((p) => p.projected))
    // Every light is there, so the round trip is not a sheet of blanks agreeing with itself.
    for (const light of ["green", "yellow", "red", "not_due", "needs_review"])
      expect(fromTemplate.lights[light]).toBeGreaterThan(0)
    // The same rows refused from either file (大概能 outside the list, which Excel would stop at the cell),
    // but the sample's row of a project the table lacks, which the template cannot have; and the one
    // project the sample budget leaves out is a blank row of the template's, said to be unreadable.
    expect(fromTemplate.rejected.map((r) => r.reason)).toEqual([
      ...fromSample.rejected.map((r) => r.reason).filter((reason) => reason !== "unknown_project"),
      "budget_unreadable",
    ])
    expect(fromTemplate.rejected.map((r) => r.reason)).toContain("likelihood_unknown")
  })
})
