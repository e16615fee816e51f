/** Grades one simple target part against one measurement, by the target's kind. */
import { type Measurement, type SimpleTarget, yesOrNo } from "@jixiao/core"
import type { Exact } from "../numbers.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"
import { gradeBaseline } from "./baseline.ts"
import { gradeDeadline } from "./deadline.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradeQualitative, gradeTier } from "./qualitative.ts"
import { gradeQuantity } from "./quantity.ts"
import { gradeRange } from "./range.ts"

/** What every part grader may use besides the target and the actual. */
export interface PartContext {
  readonly policy: Policy
  readonly cost: boolean
  readonly formulas?: Formulas | undefined
  /** The 评价等级 cell, when the evaluator gave one. */
  readonly tierCell: string | null
  /** 上年实际值, the baseline of a previous-year reference, when reported. */
  readonly baseline?: string | null
  /** Where the baseline came from: the actuals sheet's 上年实际值, or last year's run. */
  readonly baselineSource?: string
  /** The fiscal year: a baseline of another year than year − 1 is not the 上年实际值. */
  readonly year?: number | undefined
}

/** A measured target answered in words: the evaluator's 评价等级 decides, else a person must find the figure. */
const unmeasured = (actual: Measurement, weight: Exact, context: PartContext): Outcome =>
  context.tierCell
    ? gradeQualitative(actual.text, context.tierCell, weight, context.policy)
    : needsReview(actual.text, {
        code: "actual_unreadable",
        severity: "warning",
        data: { text: actual.text },
      })

/** A yes or a no in an actual (`是`, `否`, `无`, `未发生`, `0次`), for `是否…` targets; else undefined. */
const yesNo = (actual: Measurement): boolean | undefined =>
  actual.kind === "quantity" ? (actual.value.isZero() ? false : undefined) : yesOrNo(actual.text)

/** A count that must be 0 (`零伤亡`, `0次`, `无重大安全事故`). */
const isZeroTarget = (target: SimpleTarget): boolean =>
  (target.kind === "quantity" || target.kind === "per_item") && target.op === "=" && target.value.isZero()

/** Whether the actual counts the thing the zero target forbids (`发生一般事故1起` does not count 重大安全事故). */
const sameThing = (target: SimpleTarget, actual: Measurement): boolean => {
  const thing = target.label
  const counted =
    "label" in actual ? (actual.label?.replace(/^(?:共|全年)?(?:发生|出现)/u, "") ?? null) : null
  return thing === null || counted === null || counted === "" || counted.includes(thing)
}

const squash = (text: string) => text.replace(/[\s,，;；。.、]/gu, "")

/** How a refused actual is shown: a cell over the limit by its first characters only. */
const shown = (actual: Measurement): string =>
  actual.kind === "unreadable" && actual.reason?.code === "actual_too_long"
    ? `${actual.text.slice(0, 20)}…`
    : actual.text

/**
 * Grades one part, then hears a remark that negates the value (`1人（未完成）`): met by its number, the part
 * needs a person; otherwise the remark is noted beside the grade. An actual refused for a known reason (too
 * long, an Excel error value, an implausible year) needs a person unless the evaluator's 评价等级 decides.
 */
export const gradePart = (
  target: SimpleTarget,
  actual: Measurement,
  weight: Exact,
  context: PartContext,
): Outcome => {
  if (actual.kind === "unreadable" && actual.reason !== undefined && !context.tierCell) {
    const text = shown(actual)
    return needsReview(text, {
      code: "actual_unreadable",
      severity: "warning",
      data: { text, reason: actual.reason.code, ...actual.reason.data },
    })
  }
  const outcome = gradeByKind(target, actual, weight, context)
  const negation = actual.kind === "quantity" || actual.kind === "date" ? actual.negation : undefined
  if (negation === undefined) return outcome
  const finding = {
    code: "actual_negated",
    severity: "warning",
    data: { remark: negation.remark, word: negation.word },
  } as const
  if (outcome.status === "met") return needsReview(outcome.received, finding)
  return { ...outcome, findings: [...outcome.findings, finding] }
}

const gradeByKind = (
  target: SimpleTarget,
  actual: Measurement,
  weight: Exact,
  context: PartContext,
): Outcome => {
  const { policy, tierCell } = context
  switch (target.kind) {
    case "quantity":
    case "per_item":
      if (actual.kind === "quantity") {
        if (isZeroTarget(target) && !actual.value.isZero() && !sameThing(target, actual)) {
          return needsReview(actual.text, {
            code: "zero_target_other_thing",
            severity: "warning",
            data: { target: target.label ?? "", actual: actual.label ?? actual.text },
          })
        }
        return gradeQuantity(target, actual, weight, context)
      }
      // `零伤亡` answered `已完成` or `实现零伤亡`: a judgment in words grades a zero target.
      if (isZeroTarget(target) && actual.kind === "tier")
        return gradeTier(actual.tier, null, actual.text, weight, policy, true)
      return unmeasured(actual, weight, context)
    case "range":
      if (actual.kind === "quantity") return gradeRange(target, actual, weight, context)
      return unmeasured(actual, weight, context)
    case "deadline":
      // An evaluator's 评价等级 decides a deadline too; words or a date in the actual only explain it.
      return tierCell
        ? gradeQualitative(actual.text, tierCell, weight, policy)
        : gradeDeadline(target, actual, weight, policy)
    case "qualitative": {
      if (target.sense === "affirm" || target.sense === "deny") {
        const answer = yesNo(actual)
        if (answer !== undefined) {
          const met = answer === (target.sense === "affirm")
          return gradeTier(met ? "achieved" : "failed", null, actual.text, weight, policy, false)
        }
      }
      // An auditor who writes the target itself as the actual reports it achieved as planned.
      const restated = tierCell === null && squash(actual.text) === squash(target.text)
      if (restated) {
        const outcome = gradeTier("achieved", null, actual.text, weight, policy, false)
        return { ...outcome, findings: [{ code: "actual_restates_target", severity: "info" }] }
      }
      return gradeQualitative(actual.text, tierCell, weight, policy)
    }
    case "reference": {
      if (target.baseline !== null && actual.kind === "quantity" && !tierCell) {
        const baseline = { text: context.baseline ?? null, source: context.baselineSource ?? "上年实际值" }
        return gradeBaseline(target, actual, weight, context, baseline)
      }
      const judged = gradeQualitative(actual.text, tierCell, weight, policy)
      if (judged.status !== "needs_review") return judged
      return needsReview(
        actual.text,
        target.baseline !== null
          ? { code: "baseline_missing", severity: "warning", data: { baseline: target.reference } }
          : { code: "reference_needs_value", severity: "warning", data: { reference: target.reference } },
      )
    }
    default:
      return needsReview(actual.text, {
        code: "target_unparsed",
        severity: "warning",
        data: { target: target.text },
      })
  }
}
