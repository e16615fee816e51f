import type { Renderer, ReportFormat } from "../report-file.ts"

/**
 * The formats and where each renderer lives. Loaded on demand, so that a run asking for Markdown never
 * loads exceljs, and the CLI starts fast.
 */
export const renderers: Readonly<Record<ReportFormat, () => Promise<Renderer>>> = {
  html: async () => (await import("./html/index.ts")).renderHtml,
  xlsx: async () => (await import("./xlsx/index.ts")).renderXlsx,
  md: async () => (await import("./markdown.ts")).renderMarkdown,
  csv: async () => (await import("./csv.ts")).renderCsv,
}

/** Every format, in the order `--format` lists them in help. */
export const reportFormats: ReadonlyArray<ReportFormat> = ["html", "xlsx", "md", "csv"]
