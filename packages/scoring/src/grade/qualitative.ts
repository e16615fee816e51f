/**
 * Qualitative grading (domain §3.3): a tier, from the evaluator's 评价等级 or the words of the actual,
 * gives a share of the weight: the evaluator's own share when inside the tier's band, else the policy's
 * default share. Words that map to no tier leave the indicator to a person.
 */
import { findTier, type Tier, tierNames } from "@jixiao/core"
import type { ScoreFinding } from "../model.ts"
import { type Exact, exact, hundred } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import { needsReview, type Outcome } from "./outcome.ts"

const tierStatus = { achieved: "met", partial: "partially_met", failed: "not_met" } as const
const tierWords = { achieved: "达成", partial: "部分达成", failed: "未达成" } as const

/** Reads a 评价等级 cell: a tier name, optionally with a share (`部分达成 75%`, `达成 95`). */
export const readTierCell = (text: string): { tier: Tier; share: Exact | null } | undefined => {
  const match = /^\s*([^\d\s%]+?)\s*[:：]?\s*(\d+(?:\.\d+)?)?\s*%?\s*$/u.exec(text)
  const tier = match && Object.hasOwn(tierNames, match[1]!) ? tierNames[match[1]!] : undefined
  if (!match || tier === undefined) return undefined
  return { tier, share: match[2] ? exact(match[2]) : null }
}

/** Scores a tier, with the evaluator's share when one is given and lies in the tier's band. */
export const gradeTier = (
  tier: Tier,
  share: Exact | null,
  received: string,
  weight: Exact,
  policy: Policy,
  fromWords: boolean,
): Outcome => {
  const findings: ScoreFinding[] = []
  if (fromWords) findings.push({ code: "tier_from_words", severity: "info", data: { tier: tierWords[tier] } })
  const [low, high] = policy.qualitative.bands[tier].map((b) => exact(b)) as [Exact, Exact]
  let chosen = exact(policy.qualitative.defaultShare[tier])
  if (share !== null) {
    const inBand =
      share.compare(low) >= 0 && (tier === "achieved" ? share.compare(high) <= 0 : share.compare(high) < 0)
    if (!inBand) {
      return needsReview(received, {
        code: "tier_share_outside_band",
        severity: "warning",
        data: { tier: tierWords[tier], share: share.toString(), low: low.toString(), high: high.toString() },
      })
    }
    chosen = share
  }
  return { status: tierStatus[tier], score: weight.mul(chosen).div(hundred), ratio: null, received, findings }
}

/** Grades a qualitative target: the explicit tier cell first, then the words of the actual. */
export const gradeQualitative = (
  actualText: string,
  tierCell: string | null,
  weight: Exact,
  policy: Policy,
): Outcome => {
  if (tierCell !== null && tierCell.trim() !== "") {
    const explicit = readTierCell(tierCell)
    if (explicit === undefined) {
      // The 评价等级 cell is what is wrong, not the 实际完成值: say so.
      return needsReview(tierCell, { code: "tier_unreadable", severity: "warning", data: { text: tierCell } })
    }
    const words = findTier(actualText.trim())
    const outcome = gradeTier(explicit.tier, explicit.share, actualText || tierCell, weight, policy, false)
    if (words !== undefined && words.tier !== explicit.tier) {
      return {
        ...outcome,
        findings: [
          ...outcome.findings,
          { code: "tier_conflict", severity: "info", data: { words: words.word, tier: tierCell } },
        ],
      }
    }
    return outcome
  }
  const words = findTier(actualText.trim())
  if (words === undefined) {
    return needsReview(actualText, {
      code: "actual_unreadable",
      severity: "warning",
      data: { text: actualText },
    })
  }
  return gradeTier(words.tier, null, actualText, weight, policy, true)
}
