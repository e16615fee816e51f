/**
 * Grades one indicator: its target (annual or period) against the reported actual, then applies a
 * reviewer's deduction and raises the findings a reviewer expects (deviation reason missing where
 * points were lost, approximate or comparator-written actuals, over-achievement).
 *
 * @example
 * gradeIndicator({ indicator, target: compileTarget("不少于150家"), actual: { text: "120家" }, weight, policy })
 * // → { status: "partially_met", computed: weight × 120 ÷ 150, … }
 */
import {
  type CompiledTarget,
  type Indicator,
  isCostIndicator,
  type Measurement,
  parseActual,
  type SourceRef,
  type Tier,
} from "@jixiao/core"
import type { IndicatorResult, ScoreFinding } from "../model.ts"
import { type Exact, exact, max, presentText, type Rounding, zero } from "../numbers.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Group, Policy } from "../policy/policy.ts"
import { gradeCompound } from "./compound.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradePart } from "./part.ts"
import { readTierCell } from "./qualitative.ts"

/** The tier a 评价等级 cell names; an unreadable cell is graded through the tier path, which reports it. */
const tierOf = (cell: string): { tier: Tier; word: string } => ({
  tier: readTierCell(cell)?.tier ?? "failed",
  word: cell,
})

/** What was reported for an indicator: cells as text (null when the input has no such cell). */
export interface ReportedActual {
  readonly text: string | null
  readonly tier: string | null
  readonly deduction: string | null
  readonly deductionReason: string | null
  readonly deviationReason: string | null
  /** 上年实际值: the baseline of a previous-year reference (`比上年增长8%`), when reported. */
  readonly baseline?: string | null
  /** Where `baseline` came from when not from the actuals sheet (last year's run in the ledger). */
  readonly baselineSource?: string
  /** The unit's own sentence for the project's 年度总体目标 (实际完成情况), when this row carries it. */
  readonly goalActual?: string
  /**
   * Where the reported row is (the actuals sheet's row, or a filled-in 自评表's), and the columns of its
   * 实际完成值 and 评价等级 cells: a finding about what was reported points there, not at the target table.
   */
  readonly file?: string
  readonly row?: number
  readonly sheet?: string | undefined
  readonly actualColumn?: number | undefined
  readonly tierColumn?: number | undefined
}

/** Findings about the 评价等级 cell, and about the 实际完成值 cell: they point at those cells. */
const tierCodes: ReadonlySet<string> = new Set([
  "tier_unreadable",
  "tier_share_outside_band",
  "tier_conflict",
])
const actualCodes: ReadonlySet<string> = new Set([
  "actual_unreadable",
  "actual_negated",
  "actual_with_comparator",
  "approximate_actual",
  "negative_actual",
  "unit_mismatch",
  "unit_assumed",
  "magnitude_suspect",
  "actual_restates_target",
  "tier_from_words",
  "deadline_missed",
  "deadline_same_year",
  "growth_from_actual",
  "over_achievement",
])

/** The place of a reported cell, when the report says where its row is. */
const cellAt = (actual: ReportedActual | null, column: number | undefined): SourceRef | undefined =>
  actual?.file === undefined || actual.row === undefined
    ? undefined
    : {
        file: actual.file,
        row: actual.row,
        ...(actual.sheet === undefined ? {} : { sheet: actual.sheet }),
        ...(column === undefined ? {} : { column }),
      }

export interface GradeInput {
  readonly indicator: Indicator
  readonly group: Group
  readonly target: CompiledTarget | null
  readonly actual: ReportedActual | null
  readonly weight: Exact
  readonly policy: Policy
  readonly year?: number | undefined
  readonly formulas?: Formulas | undefined
}

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === ""

export const gradeIndicator = (input: GradeInput): IndicatorResult => {
  const { indicator, target, actual, weight, policy } = input
  const cost = isCostIndicator(indicator.level1.raw, indicator.level2.raw)
  const actualText = actual?.text ?? null
  const tierCell = blank(actual?.tier) ? null : actual!.tier
  const parsed = blank(actualText)
    ? null
    : parseActual(actualText!, { year: input.year, target: target ?? undefined })
  // `-`, `—`, `/` say nothing was reported, like an empty cell.
  const measurement = parsed?.kind === "missing" ? null : parsed
  let outcome: Outcome & { parts?: IndicatorResult["parts"] }
  if (target === null) {
    outcome = {
      status: "not_evaluated",
      score: null,
      ratio: null,
      received: actualText ?? "",
      findings: [{ code: "target_missing", severity: "warning" }],
    }
  } else if (measurement === null && tierCell === null) {
    outcome = {
      status: "not_evaluated",
      score: null,
      ratio: null,
      received: "",
      findings: [{ code: "actual_missing", severity: "warning" }],
    }
  } else {
    // Only a 评价等级 was given: it is a judgment, never a number (`达成 80` is a tier and a share).
    const m: Measurement = measurement ?? { kind: "tier", text: tierCell!, ...tierOf(tierCell!), label: null }
    const baseline = blank(actual?.baseline) ? null : actual!.baseline!
    const baselineSource = actual?.baselineSource ?? "上年实际值"
    const context = {
      policy,
      cost,
      formulas: input.formulas,
      tierCell,
      baseline,
      baselineSource,
      year: input.year,
    }
    outcome =
      target.kind === "compound"
        ? gradeCompound(target, m, weight, context)
        : target.kind === "unparsed"
          ? needsReview(m.text, {
              code: "target_unparsed",
              severity: "warning",
              data: { target: target.text },
            })
          : gradePart(target, m, weight, context)
  }
  const findings: ScoreFinding[] = [...outcome.findings]
  const issues =
    target === null ? [] : target.kind === "compound" ? target.parts.flatMap((p) => p.issues) : target.issues
  // A bound the name decided (`预算调整率` 5% → ≤ 5%) changes the grade: said beside it, once.
  const named = issues.find(
    (i) => i.code === "direction_inferred" && (i.data?.reason === "reverse" || i.data?.reason === "name"),
  )
  if (named !== undefined)
    findings.push({
      code: "direction_from_name",
      severity: "info",
      data: { op: String(named.data!.op), word: String(named.data!.word ?? "") },
    })
  if (indicator.targetSource === "name")
    findings.push({ code: "target_from_name", severity: "warning", data: { name: indicator.name } })
  let deduction: Exact | null = null
  if (!blank(actual?.deduction)) {
    const text = actual!.deduction!.trim().replace(/分$/, "")
    if (/^\d+(?:\.\d+)?$/.test(text)) deduction = exact(text)
    else
      findings.push({ code: "deduction_unreadable", severity: "warning", data: { text: actual!.deduction! } })
    if (blank(actual?.deductionReason))
      findings.push({ code: "deduction_without_reason", severity: "warning" })
  }
  const actualAt = cellAt(actual, actual?.actualColumn)
  const tierAt = cellAt(actual, actual?.tierColumn ?? actual?.actualColumn)
  const placeOf = (code: string): SourceRef =>
    (tierCodes.has(code) ? tierAt : actualCodes.has(code) ? actualAt : undefined) ?? indicator.at
  const computed = outcome.score
  const score = computed === null ? zero : max(zero, computed.sub(deduction ?? zero))
  const lost =
    outcome.status !== "needs_review" && outcome.status !== "not_evaluated" && score.compare(weight) < 0
  if (lost && blank(actual?.deviationReason)) {
    findings.push({
      code: "deviation_reason_missing",
      severity: "warning",
      data: { lost: presentText(weight.sub(score), policy.rounding as Rounding) },
    })
  }
  return {
    indicator,
    group: input.group,
    target,
    actualText,
    tierText: tierCell,
    baselineText: blank(actual?.baseline) || actual?.baselineSource !== undefined ? null : actual!.baseline!,
    measurement,
    tier: measurement?.kind === "tier" ? measurement.tier : null,
    weight,
    status: outcome.status,
    ratio: outcome.ratio,
    computed,
    deduction,
    deductionReason: blank(actual?.deductionReason) ? null : actual!.deductionReason,
    score,
    expects: target?.expects ?? "",
    received: outcome.received,
    deviationReason: blank(actual?.deviationReason) ? null : actual!.deviationReason,
    parts: outcome.parts ?? null,
    findings: findings.map((f) => ({ ...f, at: f.at ?? placeOf(f.code) })),
  }
}
