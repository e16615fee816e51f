/**
 * The HTML report: one self-contained file (inline CSS, script and SVG; a CSP that forbids every load)
 * with the department overview and charts, a section per unit, the findings, and every project's
 * 项目支出绩效自评表. Every text from input is escaped by the `html` tag.
 */
import type { ResultsJson } from "@jixiao/scoring"
import type { Renderer } from "../../report-file.ts"
import { findingsSection } from "./findings.ts"
import { reportIds } from "./ids.ts"
import { documentShell } from "./layout.ts"
import { overviewSection } from "./overview.ts"
import { projectsSection } from "./self-evaluation.ts"
import { unitsSection } from "./units.ts"

/** The file name the HTML report is written under. */
export const htmlReportName = "报告.html"

/** Renders the whole report as a string of HTML. */
export const reportHtml = (results: ResultsJson): string => {
  const ids = reportIds(
    results.projects,
    results.units.map((u) => u.name),
  )
  return documentShell(results, [
    overviewSection(results),
    unitsSection(results, ids),
    findingsSection(results, ids),
    projectsSection(results, ids),
  ])
}

/** Renders results.json as `报告.html`. */
export const renderHtml: Renderer = async (results) => [
  { name: htmlReportName, contents: reportHtml(results) },
]
