/**
 * Golden files of the Markdown and CSV reports for the seed with the illustrative samples. A difference
 * fails; `UPDATE_GOLDEN=1` rewrites the files, which are then reviewed by eye before committing.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { parseActualsTable } from "@jixiao/core"
import { csvDocument, renderReports } from "@jixiao/report"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { seedResults } from "../support/seed-results.ts"

const files = new Map(
  (await renderReports(await seedResults("golden"), ["md", "csv"])).map((f) => [f.name, f.contents] as const),
)

/** Compares with the committed file; writes it only when asked to. */
const expectGolden = (name: string) => {
  const actual = files.get(name)
  if (typeof actual !== "string") throw new Error(`${name} was not rendered as text`)
  const golden = new URL(name, import.meta.url)
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, actual)
  if (!existsSync(golden))
    throw new Error(`test/golden/${name} is missing: run with UPDATE_GOLDEN=1 and review it`)
  expect(actual, `differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(golden, "utf8"),
  )
}

describe("golden reports of the seed (national policy, 2024, sample actuals and budget)", () => {
  it("报告.md", () => expectGolden("报告.md"))
  it("指标明细.csv", () => expectGolden("指标明细.csv"))

  it("gives the CSV one row per indicator, with the BOM and CRLF Excel needs", () => {
    const csv = files.get("指标明细.csv") as string
    expect(csv.startsWith("\uFEFF单位,项目,序号,")).toBe(true)
    expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(1 + 168)
    expect(csv.replaceAll("\r\n", "")).not.toContain("\n")
  })

  it("gives every project of the Markdown a 自评表 with its total and grade", () => {
    const md = files.get("报告.md") as string
    expect(md.match(/^### \d+\. /gm)).toHaveLength(34)
    expect(md.match(/^\| \*\*总分\*\* /gm)).toHaveLength(34)
    expect(md).toContain("- **综合得分**：95.83（优）")
  })
})

describe("CSV written by the reports reads back through jixiao's own reader", () => {
  it("undoes the formula guard and the quoting, cell for cell", async () => {
    // (A leading tab is guarded too, but the reader trims cells, so it cannot come back as written.)
    const hostile = ["=1+1", "-5%", "+86 20", "@SUM(A1)", '他说"已完成"', "1,420家", "第一行\n第二行"]
    const csv = csvDocument([
      ["单位", "项目", "序号", "实际完成值", "偏差原因"],
      ...hostile.map((text, i) => ["=单位", "项目", i + 1, text, text]),
    ])
    const table = await Effect.runPromise(
      parseActualsTable({ file: "x.csv", bytes: new TextEncoder().encode(csv) }),
    )
    expect(table.rows.map((r) => r.actual?.text)).toEqual(hostile)
    expect(table.rows.map((r) => r.deviationReason?.text)).toEqual(hostile)
    expect(new Set(table.rows.map((r) => r.unit))).toEqual(new Set(["=单位"]))
  })
})
