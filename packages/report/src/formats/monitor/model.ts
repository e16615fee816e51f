/** The monitoring reports' formats and the shape of their renderers. */
import type { MonitorResultsJson } from "@jixiao/scoring"
import type { ReportFile } from "../../report-file.ts"

/** The formats `jixiao monitor --format` writes. */
export type MonitorFormat = "html" | "xlsx" | "md" | "csv"

/** Renders a monitoring results.json into its files; pure, like every renderer. */
export type MonitorRenderer = (results: MonitorResultsJson) => Promise<ReadonlyArray<ReportFile>>
