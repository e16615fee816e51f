/**
 * `--format docx`: the 绩效自评报告 in Word, one for the department (`绩效自评报告.docx`) and one per project,
 * each with its 自评表 attached (see file-names.ts). Built with the `docx` package; laid out as a Chinese
 * official document (layout.ts). Sentences state what the results hold; what only the unit can write is
 * left as a marked 【待单位填写】 paragraph.
 */
import type { ResultsJson } from "@jixiao/scoring"
import type { Renderer, ReportFile } from "../../report-file.ts"
import { departmentReport } from "./department-report.ts"
import { DOCX_FILE, projectDocxFile } from "./file-names.ts"
import { DOCUMENT_STYLES, footers, PAGE } from "./layout.ts"
import { docx, loadDocx } from "./library.ts"
import { contextOf } from "./model.ts"
import { projectReport } from "./project-report.ts"
import { stableDocx } from "./stable-docx.ts"

export { DOCX_FILE, projectDocxFile } from "./file-names.ts"

type Children = ReturnType<typeof projectReport>

/** One document: A4, the standard's margins and fonts, page numbers at the foot. */
const pack = async (titleText: string, children: Children): Promise<Uint8Array> => {
  const { Document, Packer } = docx()
  const document = new Document({
    creator: "jixiao",
    lastModifiedBy: "jixiao",
    title: titleText,
    evenAndOddHeaderAndFooters: true,
    styles: DOCUMENT_STYLES,
    sections: [{ properties: { page: PAGE }, footers: footers(), children }],
  })
  return stableDocx(new Uint8Array(await Packer.toBuffer(document)))
}

/** Renders results.json as the department's report and one report per project. */
export const renderDocx: Renderer = async (results: ResultsJson) => {
  await loadDocx()
  const context = contextOf(results)
  const files: ReportFile[] = [
    {
      name: DOCX_FILE,
      contents: await pack(`${context.department}项目支出绩效自评报告`, departmentReport(results, context)),
    },
  ]
  for (const [i, project] of results.projects.entries())
    files.push({
      name: projectDocxFile(project.name, i, results.projects.length),
      contents: await pack(`${project.name}绩效自评报告`, projectReport(project, context)),
    })
  return files
}
