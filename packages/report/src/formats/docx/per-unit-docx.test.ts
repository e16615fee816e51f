import type { ResultsJson } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"
import { renderReports } from "../../index.ts"
import { readWordDocument, seedResults } from "../../testing/index.ts"
import {
  type ResultsFrame,
  renderPerUnit,
  type SpooledProjects,
  unitFileName,
} from "../../writers/per-unit.ts"
import type { Spooled } from "../../writers/results-layout.ts"

/** The seed's projects as a streamed run's spool holds them (only unit and size matter to renderPerUnit). */
const spoolOf = (results: ResultsJson): SpooledProjects => {
  const spooled = results.projects.map(
    (p, i) => ({ unit: p.unit, indicators: p.indicators.length, spool: i }) as unknown as Spooled,
  )
  return { ordered: () => spooled, project: (s) => results.projects[s.spool]! }
}

describe("docx above the whole-report limit", () => {
  it("writes each unit's department report and project reports, names within 255 bytes", async () => {
    const results = await seedResults()
    const { projects: _, ...frame } = results
    const written: string[] = []
    const texts = new Map<string, Uint8Array>()
    await renderPerUnit(frame as ResultsFrame, spoolOf(results), ["docx"], renderReports, async (file) => {
      written.push(file.name)
      texts.set(file.name, file.contents as Uint8Array)
    })
    expect(written).toHaveLength(results.projects.length + results.units.length)
    for (const unit of results.units) {
      expect(written).toContain(`绩效自评报告-${unit.name}.docx`)
      const projects = results.projects.filter((p) => p.unit === unit.name)
      const doc = await readWordDocument(texts.get(`绩效自评报告-${unit.name}.docx`)!)
      const list = doc.tables.at(-1)!
      expect(list.slice(1).map((r) => r[2]!.text)).toEqual(projects.map((p) => p.name))
      expect(
        written.filter((n) => n.startsWith("自评报告-") && n.endsWith(`-${unit.name}.docx`)),
      ).toHaveLength(projects.length)
    }
    for (const name of written) expect(Buffer.byteLength(name, "utf8")).toBeLessThanOrEqual(255)
    // The longest names there can be: a project's and a unit's of 258 bytes each.
    const long = "很长的单位名称".repeat(12)
    const project = { ...results.projects[0]!, name: long, unit: long }
    const [, first] = await renderReports({ ...results, projects: [project] }, ["docx"])
    const perUnitName = first!.name.replace(/(\.docx)$/, `-${unitFileName(long)}$1`)
    expect(Buffer.byteLength(perUnitName, "utf8")).toBeLessThanOrEqual(255)
    expect(first!.name).toMatch(/^自评报告-01-很长的单位名称/)
  })

  it("says a project had no budget data instead of printing figures", async () => {
    const results = await seedResults({ budget: false })
    const [, first] = await renderReports(results, ["docx"])
    const doc = await readWordDocument(first!.contents)
    expect(doc.paragraphs).toContain("评价时未提供该项目的预算执行数据。")
    expect(doc.paragraphs.join("\n")).not.toMatch(/全年执行数\d/)
    const form = doc.tables.at(-1)!
    expect(form[3]!.map((c) => c.text).slice(0, 4)).toEqual(["", "年度资金总额", "未提供", "未提供"])
  })
})
