/**
 * 绩效自评报告.docx opened as a bureau opens it: LibreOffice headless turns the department's report and one
 * project's report into PDF; the PDF is checked for what the paper shows (A4 pages, the outline, the
 * attachment table on its own page at the 28 mm left margin, both charts drawn, Chinese set in a CJK
 * font), and page one of each is kept as PNG in test/artifacts/docx/ for a person to look at.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { renderers } from "@jixiao/report"
import { beforeAll, describe, expect, it } from "vitest"
import { seedResults } from "../support/seed-results.ts"
import { hasCommand } from "./launch.ts"
import { pageImages, pageTexts } from "./pdf-pages.ts"

const artifacts = "test/artifacts/docx"
const dir = mkdtempSync(join(tmpdir(), "jixiao-docx-"))
const missing = (tool: string) =>
  `${tool} not found: the LibreOffice tests need soffice and poppler-utils. Run \`bash scripts/ensure-chromium.sh && bash scripts/ensure-libreoffice.sh\` as root (未找到 ${tool}，请以 root 运行这两个脚本安装)`

/** The PDF LibreOffice makes of a .docx, with a private profile so that no open LibreOffice is joined. */
const toPdf = (docx: string): string => {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { stdio: "ignore", timeout: 120_000 },
  )
  return docx.replace(/\.docx$/, ".pdf")
}

/** The leftmost column of dark pixels on a page, in millimetres from the paper's edge. */
const leftInkMm = (image: { width: number; height: number; rgb: Uint8Array }, dpi: number): number => {
  for (let x = 0; x < image.width; x++)
    for (let y = 0; y < image.height; y++) {
      const i = (y * image.width + x) * 3
      if (image.rgb[i]! < 100 && image.rgb[i + 1]! < 100 && image.rgb[i + 2]! < 100) return (x / dpi) * 25.4
    }
  return Number.NaN
}

let department: string
let project: string

describe("绩效自评报告.docx in LibreOffice", () => {
  beforeAll(async () => {
    for (const tool of ["soffice", "pdftoppm", "pdftotext", "pdfinfo", "pdfimages", "pdffonts"])
      if (!hasCommand(tool)) throw new Error(missing(tool))
    const files = await (await renderers.docx())(await seedResults())
    const [dept, first] = files.map((f) => {
      const path = join(dir, f.name)
      writeFileSync(path, f.contents)
      return path
    })
    department = toPdf(dept!)
    project = toPdf(first!)
    mkdirSync(artifacts, { recursive: true })
    for (const [pdf, name] of [
      [department, "department"],
      [project, "project"],
    ] as const)
      execFileSync("pdftoppm", [
        "-r",
        "80",
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        join(artifacts, name),
      ])
  }, 240_000)

  it("prints on A4 pages, the department's report opening with its title and outline", () => {
    expect(execFileSync("pdfinfo", [department], { encoding: "utf8" })).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    )
    const pages = pageTexts(department)
    expect(pages.length).toBeGreaterThan(2)
    const first = pages[0]!.replace(/\s+/g, "")
    expect(first).toContain("项目支出绩效自评报告")
    expect(first).toContain("一、总体情况")
    expect(first).toMatch(/部门综合得分95\.83分/)
    const all = pages.join("").replace(/\s+/g, "")
    for (const heading of [
      "二、得分分布",
      "三、各单位情况",
      "四、需要关注的指标",
      "五、存在的问题及改进措施",
    ])
      expect(all).toContain(heading)
    expect(all).toContain("【待单位填写：")
    expect(pages.some((p) => p.replace(/\s+/g, "").startsWith("附件项目自评得分一览表"))).toBe(true)
    expect(pages[0]).toMatch(/—\s*1\s*—/)
  })

  it("draws both charts and sets the Chinese in a CJK font", () => {
    const images = execFileSync("pdfimages", ["-list", department], { encoding: "utf8" })
      .trim()
      .split("\n")
      .slice(2)
    expect(images.length).toBeGreaterThanOrEqual(2)
    expect(execFileSync("pdffonts", [department], { encoding: "utf8" })).toMatch(
      /CJK|Song|Fang|Hei|Kai|Ming/i,
    )
  })

  it("puts a project's 自评表 on a page of its own, at the 28 mm left margin", () => {
    const pages = pageTexts(project)
    const attachment = pages.findIndex((p) => p.replace(/\s+/g, "").startsWith("附件项目支出绩效自评表"))
    expect(attachment).toBeGreaterThan(0)
    expect(pages[0]!.replace(/\s+/g, "")).toContain("一、项目基本情况")
    const imageDir = mkdtempSync(join(dir, "pages-"))
    const dpi = 100
    const image = pageImages(project, dpi, imageDir)[attachment]!
    // The table's left rule and the 附件 label sit at the left margin (text block 28 mm from the edge).
    expect(Math.abs(leftInkMm(image, dpi) - 28)).toBeLessThan(1.5)
  })
})
