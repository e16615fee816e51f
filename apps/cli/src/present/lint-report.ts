import type { LintReport } from "@jixiao/core"
import { renderLintHuman } from "./lint-human.ts"
import { renderLintJson } from "./lint-json.ts"
import type { Style } from "./style.ts"

/** A report format of `lint`: one file each, chosen by name. */
export type LintFormat = "human" | "json"

/** Renders a lint report in the chosen format. */
export const renderLintReport = (format: LintFormat, report: LintReport, style: Style): string =>
  format === "json" ? renderLintJson(report) : renderLintHuman(report, style)
