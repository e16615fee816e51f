import type { Severity } from "../model/issue.ts"
import type { SourceRef } from "../model/source.ts"
import type { Indicator, Project } from "../model/table.ts"
import type { CompiledTarget } from "../model/target.ts"
import type { FindingCode, FindingField } from "./types.ts"

/** An indicator with its compiled targets, as every rule sees it. */
export interface LintedIndicator {
  readonly project: Project
  readonly indicator: Indicator
  readonly annual: CompiledTarget | null
  readonly period: CompiledTarget | null
}

/** A finding before wording: what, how serious, which cell, and the data that explains it. */
export interface RawFinding {
  readonly code: FindingCode
  readonly severity: Severity
  readonly field: FindingField
  readonly at: SourceRef
  readonly data?: Readonly<Record<string, string | number>>
}

/** A review rule over one indicator. */
export type IndicatorRule = (item: LintedIndicator) => ReadonlyArray<RawFinding>
