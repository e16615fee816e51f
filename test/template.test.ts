import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runJixiao } from "./support/run-cli.ts"

/** The little of exceljs these tests use: it is a dependency of the CLI, not of the workspace root. */
interface Cell {
  value: unknown
  readonly type: number
  readonly formula?: string
  readonly fill?: unknown
  readonly dataValidation?: unknown
}
interface Sheet {
  readonly name: string
  readonly rowCount: number
  readonly views: ReadonlyArray<unknown>
  readonly pageSetup: Readonly<Record<string, unknown>>
  getRow(row: number): { readonly values: unknown }
  getCell(address: string): Cell
  getColumn(column: number): { readonly values: ReadonlyArray<unknown> }
}
interface Workbook {
  readonly worksheets: ReadonlyArray<Sheet>
  getWorksheet(name: string): Sheet | undefined
  readonly xlsx: { readFile(file: string): Promise<unknown>; writeFile(file: string): Promise<void> }
}
const requireCli = createRequire(new URL("../apps/cli/package.json", import.meta.url))
const ExcelJS = requireCli("exceljs") as {
  readonly Workbook: new () => Workbook
  readonly ValueType: { readonly String: number }
}
/** The zip library exceljs writes with, to read a sheet's XML as Excel reads it. */
const JSZip = createRequire(requireCli.resolve("exceljs"))("jszip") as {
  loadAsync(
    bytes: Uint8Array,
  ): Promise<{ file(name: string): { async(type: "string"): Promise<string> } | null }>
}

/** The `sqref` of every data validation of the n-th sheet, as written (exceljs reads them back per cell). */
const validationRanges = async (file: string, n: number): Promise<string[]> => {
  const xml = await (await JSZip.loadAsync(readFileSync(file)))
    .file(`xl/worksheets/sheet${n}.xml`)!
    .async("string")
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/gu)].map((m) => m[1]!)
}

const seed = "seeds/000_6fa372ea3c00e953.txt"
const dir = mkdtempSync(join(tmpdir(), "jixiao-template-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A one-indicator target table whose name and annual target would run as formulas in a spreadsheet. */
const injectTargets = join(dir, "inject.csv")
writeFileSync(
  injectTargets,
  "单位,项目,序号,一级指标,二级指标,三级指标,年度指标值\n甲,乙,1,1-产出指标,11-数量指标,@名称,=1+1\n",
)

interface Results {
  readonly rows: { readonly in: number; readonly rejected: number }
  readonly projects: ReadonlyArray<{
    readonly name: string
    readonly indicators: ReadonlyArray<{
      readonly no: number
      readonly status: string
      actual: string | null
    }>
  }>
}
const readResults = (out: string) => JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results
/** The graded indicator `no` of the project `name`. */
const graded = (results: Results, name: string, no: number) =>
  results.projects.find((p) => p.name === name)?.indicators.find((i) => i.no === no)

const loadWorkbook = async (file: string) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  return workbook
}

// Three indicators of the seed's first projects: a count, a percent with a shortfall, a qualitative one.
const FILLED = [
  { row: 2, project: "支持发展第10.5代TFT-LCD显示器件生产项目", no: 1, actual: "1个", tier: "" },
  { row: 22, project: "综合工作经费", no: 3, actual: "96.5%", tier: "" },
  { row: 7, project: "支持发展第10.5代TFT-LCD显示器件生产项目", no: 6, actual: "", tier: "部分达成 75%" },
] as const

describe("jixiao template --out FILE.xlsx", () => {
  const xlsx = join(dir, "模板.xlsx")

  it("writes the three sheets, a header the actuals reader knows and one row per indicator", async () => {
    const run = runJixiao(["template", "--targets", seed, "--year", "2024", "--out", xlsx])
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(`已写入模板 ${xlsx}：168 个指标，34 个项目。`)
    const workbook = await loadWorkbook(xlsx)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["实际完成值", "预算执行", "说明"])
    const actuals = workbook.getWorksheet("实际完成值")!
    expect(actuals.getRow(1).values).toEqual([
      undefined,
      ..."单位 项目 序号 一级指标 二级指标 三级指标 年度指标值 期望（规范化） 实际完成值 评价等级 扣分 扣分原因 偏差原因 年度总体目标实际完成情况".split(
        " ",
      ),
    ])
    expect(actuals.rowCount).toBe(169)
    expect(actuals.views[0]).toMatchObject({ state: "frozen", ySplit: 1 })
    expect(actuals.getCell("F2").value).toBe("支持发展平板显示产业项目数量")
    expect(actuals.getCell("H2").value).toBe("≥ 1 个")
    expect(actuals.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FFEDEDED" } })
    for (const row of [2, 169]) {
      expect(actuals.getCell(`J${row}`).dataValidation).toMatchObject({
        type: "list",
        allowBlank: true,
        formulae: ['"达成,部分达成,未达成"'],
      })
      expect(actuals.getCell(`K${row}`).dataValidation).toMatchObject({ type: "decimal", formulae: [0] })
    }
    const budget = workbook.getWorksheet("预算执行")!
    expect(budget.rowCount).toBe(35)
    expect(budget.getCell("E35").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
    })
    const help = workbook.getWorksheet("说明")!
    const text = help.getColumn(1).values.join("\n")
    expect(text).toContain("部分达成 75%")
    expect(text).toContain(`jixiao assess --targets ${seed} --actuals ${xlsx}`)
  })

  it("prints every sheet on A4, one page wide; the data sheets landscape, with the header on every page", async () => {
    const workbook = await loadWorkbook(xlsx)
    const fit = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
    for (const name of ["实际完成值", "预算执行"])
      expect(workbook.getWorksheet(name)!.pageSetup).toMatchObject({
        ...fit,
        orientation: "landscape",
        printTitlesRow: "1:1",
      })
    expect(workbook.getWorksheet("说明")!.pageSetup).toMatchObject({ ...fit, orientation: "portrait" })
  })

  it("writes each validation once, over its whole column of data rows", async () => {
    expect(await validationRanges(xlsx, 1)).toEqual(["J2:J169", "K2:K169"])
    expect(await validationRanges(xlsx, 2)).toEqual(["C2:C35", "D2:D35", "E2:E35"])
    expect(await validationRanges(xlsx, 3)).toEqual([])
  })

  it("stores a target that begins with = as text, never as a formula", async () => {
    const out = join(dir, "inject.xlsx")
    expect(runJixiao(["template", "--targets", injectTargets, "--out", out]).status).toBe(0)
    const sheet = (await loadWorkbook(out)).getWorksheet("实际完成值")!
    for (const address of ["F2", "G2"]) {
      const cell = sheet.getCell(address)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
    }
    expect(sheet.getCell("G2").value).toBe("=1+1")
  })

  it("grades a filled-in template with jixiao assess", async () => {
    const workbook = await loadWorkbook(xlsx)
    const sheet = workbook.getWorksheet("实际完成值")!
    for (const { row, project, no, actual, tier } of FILLED) {
      expect([sheet.getCell(`B${row}`).value, sheet.getCell(`C${row}`).value]).toEqual([project, String(no)])
      if (actual) sheet.getCell(`I${row}`).value = actual
      if (tier) sheet.getCell(`J${row}`).value = tier
    }
    const filled = join(dir, "填好.xlsx")
    await workbook.xlsx.writeFile(filled)
    const out = join(dir, "out-xlsx")
    const args = ["assess", "--targets", seed, "--actuals", filled, "--budget", filled, "--year", "2024"]
    const run = runJixiao([...args, "--out", out])
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    const results = readResults(out)
    expect(results.rows).toMatchObject({ in: 168, rejected: 0 })
    expect(FILLED.map((f) => graded(results, f.project, f.no))).toMatchObject([
      { status: "met", actual: "1个" },
      { status: "partially_met", actual: "96.5%" },
      { status: "partially_met", received: "部分达成 75%" },
    ])
  })
})

describe("jixiao template --out FILE.csv", () => {
  const csv = join(dir, "模板.csv")
  const budgetCsv = join(dir, "模板.budget.csv")

  it("writes UTF-8 CSV with a BOM and CRLF, and the budget sheet beside it", () => {
    const run = runJixiao(["template", "--targets", seed, "--out", csv])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(budgetCsv)
    const bytes = readFileSync(csv)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString("utf8").split("\r\n")
    expect(lines.at(-1)).toBe("") // a CRLF ends the last row
    expect(lines).toHaveLength(169 + 1)
    expect(lines[0]).toBe(
      "\uFEFF单位,项目,序号,一级指标,二级指标,三级指标,年度指标值,期望（规范化）,实际完成值,评价等级,扣分,扣分原因,偏差原因,年度总体目标实际完成情况",
    )
    expect(readFileSync(budgetCsv, "utf8").split("\r\n")).toHaveLength(35 + 1)
  })

  it("round-trips through jixiao assess", () => {
    const lines = readFileSync(csv, "utf8").split("\r\n")
    // Fill 实际完成值 (the 6th column from the end) of the first indicator, and the project's own sentence.
    const cells = lines[1]!.split(",")
    cells[cells.length - 6] = "1个"
    cells[cells.length - 1] = "项目年度总体目标已全部完成"
    lines[1] = cells.join(",")
    const filled = join(dir, "填好.csv")
    writeFileSync(filled, lines.join("\r\n"))
    const out = join(dir, "out-csv")
    const run = runJixiao([
      "assess",
      "--targets",
      seed,
      "--actuals",
      filled,
      "--budget",
      budgetCsv,
      "--out",
      out,
    ])
    expect(run.status).toBe(0)
    const results = readResults(out)
    expect(results.rows).toMatchObject({ in: 168, rejected: 0 })
    expect(graded(results, FILLED[0].project, 1)).toMatchObject({ status: "met", actual: "1个" })
    // The unit's sentence for the goal is printed as its 实际完成情况.
    const project = results.projects.find((p) => p.name === FILLED[0].project) as unknown as {
      goalActual: string | null
    }
    expect(project.goalActual).toBe("项目年度总体目标已全部完成")
  })

  it("rejects an --out that is neither .xlsx nor .csv, in Chinese", () => {
    const run = runJixiao(["template", "--targets", seed, "--out", join(dir, "模板.xls")])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("应为 .xlsx 或 .csv")
  })
})

describe("CSV injection", () => {
  it("prefixes a cell that begins with = + - @ with a quote", () => {
    const out = join(dir, "inject-out.csv")
    expect(runJixiao(["template", "--targets", injectTargets, "--out", out]).status).toBe(0)
    const row = readFileSync(out, "utf8").split("\r\n")[1]!
    expect(row.split(",").slice(5, 7)).toEqual(["'@名称", "'=1+1"])
  })
})
