/**
 * Deadlines: met when the completion date is on or before the deadline (domain §2). A missed deadline
 * keeps the policy's `lateShare` of the weight (0 by default). An actual in words (`按时完成`) is judged
 * by its tier.
 */
import type { DeadlineTarget, Measurement } from "@jixiao/core"
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
  if (target.deadline === null) {
    return needsReview(actual.text, {
      code: "deadline_unknown",
      severity: "warning",
      data: { target: target.text },
    })
  }
  if (actual.kind === "tier") return gradeTier(actual.tier, null, actual.text, weight, policy, true)
  if (actual.kind !== "date" || actual.date === null) {
    return needsReview(actual.text, {
      code: "actual_unreadable",
      severity: "warning",
      data: { text: actual.text },
    })
  }
  const met = actual.date <= target.deadline
  const score = met ? weight : weight.mul(exact(policy.lateShare)).div(hundred)
  return {
    status: met ? "met" : "not_met",
    score,
    ratio: null,
    received: actual.date,
    findings: met
      ? []
      : [
          {
            code: "deadline_missed",
            severity: "warning",
            data: { deadline: target.deadline, date: actual.date },
          },
        ],
  }
}
