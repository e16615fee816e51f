import type { Renderer, ReportFormat } from "../report-file.ts"
import { renderCsv } from "./csv.ts"
import { renderDocx } from "./docx/index.ts"
import { renderHtml } from "./html/index.ts"
import { renderMarkdown } from "./markdown.ts"
import { renderXlsx } from "./xlsx/index.ts"

/**
 * The formats and their renderers. The renderers load their heavy libraries (exceljs, jszip) themselves on
 * first use, so a run asking for Markdown still never loads exceljs. They are imported statically: a
 * dynamic `import()` here made the bundler wrap every module of the CLI in a lazy initialiser, which
 * defeated tree-shaking, so that starting the CLI (and each grading worker) instantiated all of mathjs
 * (start-up 0.5 s → 0.2 s).
 */
export const renderers: Readonly<Record<ReportFormat, () => Promise<Renderer>>> = {
  html: async () => renderHtml,
  xlsx: async () => renderXlsx,
  md: async () => renderMarkdown,
  csv: async () => renderCsv,
  docx: async () => renderDocx,
}

/** Every format, in the order `--format` lists them in help. */
export const reportFormats: ReadonlyArray<ReportFormat> = ["html", "xlsx", "md", "csv", "docx"]

/**
 * What `report` and `run` write when no format is named: all but docx, which writes a file per project
 * (a run asks for it by name).
 */
export const defaultReportFormats: ReadonlyArray<ReportFormat> = ["html", "xlsx", "md", "csv"]
