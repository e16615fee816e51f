/**
 * Monitoring lights (domain §5) and the one table that turns a deviation from 序时进度 into a light.
 * Deviation = (序时进度 − 完成率) ÷ 序时进度: 0 on schedule, 1 with nothing done, negative when ahead.
 * Bands are half-open: below `yellowFrom` green, from `yellowFrom` yellow, from `redFrom` red.
 */
import { type Exact, exact, hundred, one } from "../numbers.ts"
import type { LightThresholds } from "../policy/policy.ts"

/** A monitoring light; `not_due` waits for its time, `needs_review` for a person. */
export type Light = "green" | "yellow" | "red" | "not_due" | "needs_review"

/** Every light, in the order summaries count them. */
export const LIGHTS: ReadonlyArray<Light> = ["red", "yellow", "green", "not_due", "needs_review"]

/** (序时进度 − 完成率) ÷ 序时进度, exactly. */
export const deviationOf = (completion: Exact, progress: Exact): Exact =>
  progress.sub(completion).div(progress)

/** The light of a deviation under a policy's thresholds (in percent). */
export const lightOfDeviation = (deviation: Exact, thresholds: LightThresholds): Light => {
  const percent = deviation.mul(hundred)
  if (percent.compare(exact(thresholds.redFrom)) >= 0) return "red"
  if (percent.compare(exact(thresholds.yellowFrom)) >= 0) return "yellow"
  return "green"
}

/** The light of a completion against 序时进度. */
export const lightOfProgress = (completion: Exact, progress: Exact, thresholds: LightThresholds): Light =>
  lightOfDeviation(deviationOf(completion, progress), thresholds)

/** The light of a rate or share judged against its target itself: as if the whole year had run. */
export const lightOfRate = (met: boolean, completion: Exact, thresholds: LightThresholds): Light =>
  met ? "green" : lightOfProgress(completion, one, thresholds) === "red" ? "red" : "yellow"
