import { describe, expect, it } from "vitest"
import { renderReports } from "../../index.ts"
import { readWordDocument, seedResults, type WordCell } from "../../testing/index.ts"
import { amount, fixed } from "./figures.ts"
import { DOCX_NAME_BYTES } from "./file-names.ts"
import { DOCX_FILE, renderDocx } from "./index.ts"
import { TO_WRITE } from "./paragraphs.ts"

const texts = (row: ReadonlyArray<WordCell>) => row.map((c) => c.text)

const renderSeed = async () => {
  const results = await seedResults()
  return { results, files: await renderDocx(results) }
}

/** A project's report, read back. */
const projectDocument = async (files: Awaited<ReturnType<typeof renderDocx>>, i: number) =>
  readWordDocument(files[i + 1]!.contents)

describe("docx: the 绩效自评报告", () => {
  it("writes the department's report and one per project, named within the per-unit room", async () => {
    const { results, files } = await renderSeed()
    expect(files).toHaveLength(results.projects.length + 1)
    expect(files[0]!.name).toBe(DOCX_FILE)
    expect(files[1]!.name).toMatch(/^自评报告-01-支持发展第/)
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length)
    for (const f of files) expect(Buffer.byteLength(f.name, "utf8")).toBeLessThanOrEqual(DOCX_NAME_BYTES)
  })

  it("is one of the formats renderReports writes", async () => {
    const files = await renderReports(await seedResults(), ["docx"])
    expect(files[0]!.name).toBe(DOCX_FILE)
  })

  it("renders the same bytes for the same results, with fixed dates in the package", async () => {
    const results = await seedResults()
    const [a, b] = [await renderDocx(results), await renderDocx(structuredClone(results))]
    expect(a.map((f) => f.name)).toEqual(b.map((f) => f.name))
    for (const [i, f] of a.entries())
      expect(Buffer.from(f.contents).equals(Buffer.from(b[i]!.contents))).toBe(true)
    const core = await (await readWordDocument(a[0]!.contents)).zip.file("docProps/core.xml")!.async("string")
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>',
    )
  })

  it("lays the page out as GB/T 9704: A4, margins 37/35/28/26 mm, fonts named with alternatives", async () => {
    const { files } = await renderSeed()
    const doc = await readWordDocument(files[0]!.contents)
    // 210 × 297 mm and 37/35/28/26 mm in twips (1 mm = 1440/25.4).
    expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc.xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    for (const font of ["方正小标宋简体", "仿宋", "黑体", "楷体"])
      expect(doc.xml + (await doc.zip.file("word/styles.xml")!.async("string"))).toContain(
        `w:eastAsia="${font}"`,
      )
    const fonts = await doc.zip.file("word/fontTable.xml")!.async("string")
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>')
    const footer = await doc.zip.file("word/footer1.xml")!.async("string")
    expect(footer).toContain("PAGE")
  })

  it("the department's tables agree with results.json", async () => {
    const { results, files } = await renderSeed()
    const doc = await readWordDocument(files[0]!.contents)
    const { decimals } = results.policy.rounding
    const unitTable = doc.tables.find((t) => t[0]![0]!.text === "单位" && t[0]![1]!.text === "项目数")!
    expect(unitTable.slice(1).map(texts)).toEqual(
      results.units.map((u) => [
        u.name,
        String(u.projects),
        fixed(u.score, decimals),
        u.grade,
        ...["优", "良", "中", "差"].map((g) => String((u.grades as Record<string, number>)[g] ?? 0)),
        fixed(u.min, decimals),
        fixed(u.max, decimals),
      ]),
    )
    const grades = doc.tables.find((t) => texts(t[0]!).join() === "优,良,中,差")!
    expect(texts(grades[1]!)).toEqual(
      ["优", "良", "中", "差"].map((g) =>
        String((results.department.grades as Record<string, number>)[g] ?? 0),
      ),
    )
    const lists = doc.tables.filter((t) => texts(t[0]!).join() === "单位,项目,序号,三级指标")
    expect(lists.map((t) => t.slice(1).map(texts))).toEqual(
      [results.notMet, results.needsReview].map((l) =>
        l.map((x) => [x.unit, x.project, String(x.no), x.name]),
      ),
    )
    const all = doc.tables.find((t) => texts(t[0]!).join() === "序号,单位,项目,总分,等级")!
    expect(all.slice(1).map(texts)).toEqual(
      results.projects.map((p, i) => [String(i + 1), p.unit, p.name, fixed(p.total, decimals), p.grade]),
    )
    expect(doc.xml.match(/<pic:pic/g)).toHaveLength(2)
    expect(doc.paragraphs.some((p) => p.startsWith(TO_WRITE))).toBe(true)
  })

  it("a project's 自评表 is a Word table with merged cells, agreeing with results.json", async () => {
    const { results, files } = await renderSeed()
    const { decimals } = results.policy.rounding
    for (const i of [0, results.projects.length - 1]) {
      const project = results.projects[i]!
      const doc = await projectDocument(files, i)
      const form = doc.tables.at(-1)!
      expect(form[0]![1]).toMatchObject({ text: project.name, gridSpan: 7 })
      expect(form[2]![0]).toMatchObject({
        text: `项目资金（${project.budget?.amountUnit ?? "万元"}）`,
        vMerge: "restart",
      })
      for (const r of [3, 4, 5, 6]) expect(form[r]![0]!.vMerge).toBe("continue")
      const header = form.findIndex((r) => r[0]!.text === "一级指标")
      const rows = form.slice(header + 1, header + 1 + project.indicators.length)
      rows.forEach((row, j) => {
        const ind = project.indicators[j]!
        const prev = project.indicators[j - 1]
        expect(row[0]!.vMerge === "continue").toBe(prev?.level1 === ind.level1)
        if (row[0]!.vMerge !== "continue") expect(row[0]!.text).toBe(ind.level1)
        expect(texts(row).slice(2, 6)).toEqual([
          ind.name,
          ind.target ?? "—",
          ind.actual ?? "—",
          fixed(ind.weight, decimals),
        ])
        expect(row[6]!.text.split("\n")[0]).toBe(fixed(ind.score, decimals))
      })
      const total = form[header + 1 + project.indicators.length]!
      expect(total[0]).toMatchObject({ text: "总分", gridSpan: 6 })
      expect(total[1]!.text).toBe(fixed(project.total, decimals))
      expect(texts(form.at(-1)!)).toEqual(["自评等级", project.grade])
    }
  })

  it("states the figures in plain sentences and marks every paragraph the unit must write", async () => {
    const { results, files } = await renderSeed()
    const project = results.projects[0]!
    const b = project.budget!
    const doc = await projectDocument(files, 0)
    expect(doc.paragraphs).toContain(
      `项目年初预算数${amount(b.initial)}${b.amountUnit}，全年预算数${amount(b.planned)}${b.amountUnit}，全年执行数${amount(b.executed)}${b.amountUnit}，预算执行率${fixed(b.rate, 2)}%。`,
    )
    expect(doc.paragraphs).toContain(
      "项目年初预算数52,000.00万元，全年预算数52,000.00万元，全年执行数52,000.00万元，预算执行率100.00%。",
    )
    expect(doc.paragraphs).toContain(
      `项目自评得分${fixed(project.total, 2)}分，自评等级为“${project.grade}”。`,
    )
    const outline = [
      "一、项目基本情况",
      "二、绩效目标实现情况",
      "三、偏差情况及原因分析",
      "四、存在的问题及改进措施",
      "五、绩效自评结果应用",
      "六、其他需要说明的问题",
    ]
    expect(doc.paragraphs.filter((p) => /^[一二三四五六]、/.test(p))).toEqual(outline)
    const marked = doc.paragraphs.filter((p) => p.startsWith(TO_WRITE))
    expect(marked.length).toBeGreaterThanOrEqual(4)
    for (const m of marked) expect(m.endsWith("】")).toBe(true)
  })

  it("lists under 三、 every indicator that lost points, with the reason given or a marked paragraph", async () => {
    const { results, files } = await renderSeed()
    const i = results.projects.findIndex((p) => p.indicators.some((x) => x.status !== "met"))
    const project = results.projects[i]!
    const doc = await projectDocument(files, i)
    const from = doc.paragraphs.indexOf("三、偏差情况及原因分析")
    const to = doc.paragraphs.indexOf("四、存在的问题及改进措施")
    const section = doc.paragraphs.slice(from, to).join("\n")
    for (const ind of project.indicators) {
      const lost = ind.status !== "met" || (ind.score ?? 0) < (ind.weight ?? 0)
      expect(section.includes(`${ind.name}（`)).toBe(lost)
    }
    // Every paragraph there is a sentence, the unit's reasons included.
    for (const p of doc.paragraphs.slice(from + 1, to)) expect(p).toMatch(/[。】]$/)
    const b = project.budget!
    if (b.score! < b.weight!)
      expect(section).toContain(
        `预算执行：预算执行率${fixed(b.rate, 2)}%，该项分值${fixed(b.weight, 2)}分，得分${fixed(b.score, 2)}分，扣${fixed(Math.round((b.weight! - b.score!) * 100) / 100, 2)}分。`,
      )
  })

  it("writes hostile names as text Word can open: escaped markup, no control characters, no U+FFFE", async () => {
    const results = structuredClone(await seedResults())
    const project = {
      ...results.projects[0]!,
      name: "甲<w:t>&乙\u0007丙\u001b[2J\uFFFE丁",
      goal: "</w:p>目标\uFFFF",
    }
    const files = await renderDocx({ ...results, projects: [project] })
    for (const file of files) {
      const doc = await readWordDocument(file.contents)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      expect(doc.xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/)
      expect(doc.xml).not.toContain("<w:t>&")
    }
    const doc = await readWordDocument(files[1]!.contents)
    expect(doc.tables.at(-1)![0]![1]!.text).toBe("甲<w:t>&乙丙[2J丁")
    expect(doc.paragraphs[0]).toBe("甲<w:t>&乙丙[2J丁绩效自评报告")
  })
})
