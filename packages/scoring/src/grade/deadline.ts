/**
 * Deadlines: met when the completion date is on or before the deadline (domain §2). A missed deadline
 * keeps the policy's `lateShare` of the weight (0 by default). An actual in words (`按时完成`) is judged
 * by its tier.
 */
import { type DeadlineTarget, lateWords, type Measurement } from "@jixiao/core"
import { type Exact, exact, hundred } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradeTier } from "./qualitative.ts"

export const gradeDeadline = (
  target: DeadlineTarget,
  actual: Measurement,
  weight: Exact,
  policy: Policy,
): Outcome => {
  if (actual.kind === "tier") {
    if (target.deadline === null && target.monthDay === null) return unknown(target, actual)
    // `延期完成` against a deadline: done, but late: the deadline was missed, as a date past it would say.
    if (lateWords.test(actual.text)) {
      return {
        status: "not_met",
        score: weight.mul(exact(policy.lateShare)).div(hundred),
        ratio: null,
        received: actual.text,
        findings: [
          {
            code: "deadline_missed",
            severity: "warning",
            data: { deadline: target.deadline ?? target.monthDay ?? "", date: actual.text },
          },
        ],
      }
    }
    return gradeTier(actual.tier, null, actual.text, weight, policy, true)
  }
  if (actual.kind !== "date" || (actual.date === null && actual.monthDay === null)) {
    if (target.deadline === null && target.monthDay === null) return unknown(target, actual)
    return needsReview(actual.text, {
      code: "actual_unreadable",
      severity: "warning",
      data: { text: actual.text },
    })
  }
  // `10月前` against `8月`: an actual without a year is of the deadline's year (known or not). An actual
  // with a year against a deadline without one cannot be compared.
  const sameYear = actual.date === null
  if (!sameYear && target.deadline === null) return unknown(target, actual)
  if (sameYear && (target.monthDay === null || actual.monthDay === null)) return unknown(target, actual)
  const deadline = sameYear ? target.monthDay! : target.deadline!
  const date = sameYear ? actual.monthDay! : actual.date!
  const findings = sameYear
    ? [{ code: "deadline_same_year", severity: "info", data: { deadline, date } } as const]
    : []
  const met = date <= deadline
  const score = met ? weight : weight.mul(exact(policy.lateShare)).div(hundred)
  return {
    status: met ? "met" : "not_met",
    score,
    ratio: null,
    received: actual.date ?? actual.text,
    findings: met
      ? findings
      : [...findings, { code: "deadline_missed", severity: "warning", data: { deadline, date } }],
  }
}

const unknown = (target: DeadlineTarget, actual: Measurement): Outcome =>
  needsReview(actual.text, { code: "deadline_unknown", severity: "warning", data: { target: target.text } })
