import type { LintReport } from "@jixiao/core"

/** The machine form of `lint`: the `LintReport` contract as one JSON document, indented by 2. */
export const renderLintJson = (report: LintReport): string => JSON.stringify(report, null, 2)
