/**
 * The rules monitoring forms enforce (domain §5): a yellow or red light needs a 偏差原因 (policy `reasonFor`:
 * red only in Ningxia), so does a 完成目标可能性 of 有可能 or 完全不可能 (Tianjin), and a 确定能 under a red
 * light contradicts itself.
 */
import type { Likelihood } from "@jixiao/core"
import type { MonitorPolicy } from "../policy/policy.ts"
import type { Noted } from "./judge.ts"
import type { Light } from "./lights.ts"

export interface FormInput {
  readonly light: Light
  readonly likelihood: Likelihood | null
  /** Whether a 偏差原因类别 or 原因说明 was written. */
  readonly hasReason: boolean
  readonly policy: MonitorPolicy
}

const likelihoodWord: Readonly<Record<Likelihood, string>> = {
  certain: "确定能",
  possible: "有可能",
  impossible: "完全不可能",
}

/** The form rules broken by one indicator's row. */
export const formFindings = (input: FormInput): Noted[] => {
  const { light, likelihood, hasReason, policy } = input
  const out: Noted[] = []
  const needsReason = light === "red" || (light === "yellow" && policy.reasonFor === "yellow_red")
  if (needsReason && !hasReason) out.push({ code: "reason_missing", severity: "warning", data: { light } })
  const doubtful = likelihood === "possible" || likelihood === "impossible"
  if (doubtful && policy.likelihoodNeedsReason && !hasReason && !needsReason)
    out.push({
      code: "likelihood_without_reason",
      severity: "warning",
      data: { likelihood: likelihoodWord[likelihood] },
    })
  if (likelihood === "certain" && light === "red")
    out.push({ code: "certain_under_red", severity: "warning" })
  return out
}
