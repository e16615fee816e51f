/**
 * The target review: every target of a table compiled, and the findings a reviewer at a finance bureau
 * would raise, each with a stable code, a severity and the cell it is about, in input order.
 */
import { compileTarget } from "../compile/compile-target.ts"
import { targetToJson } from "../compile/to-json.ts"
import { formatFinding } from "../messages/lint.ts"
import type { Locale } from "../messages/target-issues.ts"
import type { Project, TargetTable, Unit } from "../model/table.ts"
import type { IndicatorRule, LintedIndicator, RawFinding } from "./rule.ts"
import { compareTargets } from "./rules/compare-targets.ts"
import { duplicateIndicators, duplicateProjects } from "./rules/duplicates.ts"
import { indicatorName } from "./rules/indicator-name.ts"
import { namePlaceholder, targetFromName } from "./rules/name-target.ts"
import { qualitativeOutput } from "./rules/qualitative-output.ts"
import { targetIssues } from "./rules/target-issues.ts"
import { sayOnce } from "./say-once.ts"
import type { Finding, LintReport, LintTarget } from "./types.ts"

/** Options of the review. */
export interface LintOptions {
  /** Fiscal year for dates written without one. */
  readonly year?: number | undefined
  readonly locale?: Locale | undefined
}

/** The indicator rules, in the order their findings are listed. */
export const indicatorRules: ReadonlyArray<IndicatorRule> = [
  targetIssues,
  compareTargets,
  indicatorName,
  targetFromName,
  namePlaceholder,
  qualitativeOutput,
]

/**
 * Compiles every target of a table and reviews it.
 *
 * @example
 * const report = lintTable(table, { year: 2024 })
 * report.counts // → { units: 3, projects: 34, indicators: 168 }
 */
export const lintTable = (table: TargetTable, options: LintOptions = {}): LintReport => {
  const locale = options.locale ?? "zh-CN"
  const findings: Finding[] = []
  const targets: LintTarget[] = []
  const add = (
    unit: Unit | null,
    project: Project | null,
    no: number | null,
    name: string | null,
    raw: RawFinding,
  ) => {
    const data = raw.data ?? {}
    findings.push({
      code: raw.code,
      severity: raw.severity,
      unit: unit?.name ?? null,
      project: project?.name ?? null,
      indicator: name,
      no,
      field: raw.field,
      data,
      message: formatFinding(raw.code, data, locale),
      at: raw.at,
    })
  }
  for (const rejection of table.rejected) {
    add(null, null, null, null, {
      code: "row_rejected",
      severity: "error",
      field: "row",
      at: rejection.at,
      data: { reason: rejection.code, ...rejection.data },
    })
  }
  let projects = 0
  let indicators = 0
  for (const unit of table.units) {
    for (const raw of duplicateProjects(unit)) add(unit, null, null, null, raw)
    for (const project of unit.projects) {
      projects++
      if (project.indicators.length === 0) {
        add(unit, project, null, null, {
          code: "project_without_indicators",
          severity: "error",
          field: "project",
          at: project.at,
        })
      }
      for (const raw of duplicateIndicators(project))
        add(unit, project, Number(raw.data?.no ?? 0), String(raw.data?.name ?? ""), raw)
      for (const indicator of project.indicators) {
        indicators++
        const context = {
          level1: indicator.level1.raw,
          level2: indicator.level2.raw,
          name: indicator.name,
          year: options.year,
        }
        const item: LintedIndicator = {
          project,
          indicator,
          annual: indicator.annual === null ? null : compileTarget(indicator.annual.text, context),
          period: indicator.period === null ? null : compileTarget(indicator.period.text, context),
        }
        for (const field of ["annual", "period"] as const) {
          const compiled = item[field]
          if (compiled !== null) {
            const json = targetToJson(compiled, locale)
            targets.push({
              unit: unit.name,
              project: project.name,
              indicator: indicator.name,
              no: indicator.no,
              field,
              compiled: json,
            })
          }
        }
        for (const raw of sayOnce(indicatorRules.flatMap((rule) => rule(item))))
          add(unit, project, indicator.no, indicator.name, raw)
      }
    }
  }
  if (indicators === 0) {
    // A header with nothing under it, or rows that were all rejected: say so once, for the whole file.
    add(null, null, null, null, {
      code: "table_without_indicators",
      severity: "error",
      field: "row",
      at: { file: table.file, row: 1 },
    })
  }
  return {
    file: table.file,
    department: table.department,
    counts: { units: table.units.length, projects, indicators },
    findings,
    targets,
  }
}
