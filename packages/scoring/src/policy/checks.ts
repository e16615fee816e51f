/**
 * Checks across fields of a policy (band order, grade order, weight totals), as schema filters.
 * Each failure is an `InvalidValue` whose annotations carry the stable `code` and its `data`,
 * at the path of the key to fix.
 */
import { Schema, SchemaIssue } from "effect"
import type { PolicyIssueCode, PolicyIssueData } from "./errors.ts"
import { compare, type PolicyNumber, sum } from "./exact.ts"
import type { Grade, Group, TierName } from "./policy.ts"

type Found = { readonly path: ReadonlyArray<PropertyKey>; readonly issue: SchemaIssue.Issue }

/** An issue at `path` (relative to the checked value) with a code and its data. */
export const found = (
  path: ReadonlyArray<PropertyKey>,
  code: PolicyIssueCode,
  data: PolicyIssueData = {},
): Found => ({
  path,
  issue: new SchemaIssue.InvalidValue({ code, data }),
})

/** `[min, max]` with min ≤ max. */
export const bandInOrder = Schema.makeFilter<readonly [PolicyNumber, PolicyNumber]>(([min, max]) =>
  compare(min, max) <= 0 ? undefined : found([], "band_reversed", { min, max }),
)

/** Monitoring lights: yellow from no higher a deviation than red (both equal: no yellow band). */
export const lightsInOrder = Schema.makeFilter<{
  readonly yellowFrom: PolicyNumber
  readonly redFrom: PolicyNumber
}>(({ yellowFrom, redFrom }) =>
  compare(yellowFrom, redFrom) <= 0
    ? undefined
    : found(["yellowFrom"], "band_reversed", { min: yellowFrom, max: redFrom }),
)

const tiersLowToHigh: ReadonlyArray<TierName> = ["failed", "partial", "achieved"]
type Bands = Readonly<Partial<Record<TierName, readonly [PolicyNumber, PolicyNumber]>>>

/** Tier bands do not overlap and rise from 未达成 to 达成 (gaps are allowed: a gap is only unreachable). */
export const bandsInOrder = Schema.makeFilter<Bands>((bands) => {
  const issues: Array<Found> = []
  const present = tiersLowToHigh.filter((tier) => bands[tier] !== undefined)
  present.forEach((tier, i) => {
    const lower = present[i - 1]
    const [min] = bands[tier]!
    if (lower !== undefined && compare(bands[lower]![1], min) > 0)
      issues.push(found([tier, 0], "bands_overlap", { tier, lower, min, lowerMax: bands[lower]![1] }))
  })
  return issues
})

type Qualitative = {
  readonly bands: Readonly<Record<TierName, readonly [PolicyNumber, PolicyNumber]>>
  readonly defaultShare: Readonly<Record<TierName, PolicyNumber>>
}

/** Each tier's default share lies in its band: half-open `[min, max)`, except the top of 达成 which is included. */
export const sharesInBands = Schema.makeFilter<Qualitative>(({ bands, defaultShare }) =>
  tiersLowToHigh.flatMap((tier) => {
    const [min, max] = bands[tier]
    const share = defaultShare[tier]
    const openTop = tier !== "achieved" && compare(min, max) < 0
    const inside = compare(share, min) >= 0 && (openTop ? compare(share, max) < 0 : compare(share, max) <= 0)
    return inside
      ? []
      : [found(["defaultShare", tier], "share_outside_band", { tier, actual: share, min, max })]
  }),
)

type Grades = ReadonlyArray<{ readonly grade: Grade; readonly min: PolicyNumber }>

/** Grades best first, by strictly descending lower bound, each named once, the last one starting at 0. */
export const gradesInOrder = Schema.makeFilter<Grades>((grades) => {
  const issues: Array<Found> = []
  grades.forEach(({ grade, min }, i) => {
    const previous = grades[i - 1]
    if (grades.findIndex((g) => g.grade === grade) < i)
      issues.push(found([i, "grade"], "grade_duplicate", { grade }))
    if (previous !== undefined && compare(previous.min, min) <= 0)
      issues.push(
        found([i, "min"], "grades_unordered", {
          grade,
          min,
          previous: previous.grade,
          previousMin: previous.min,
        }),
      )
  })
  const last = grades[grades.length - 1]
  if (last === undefined || compare(last.min, 0) !== 0) issues.push(found([], "grades_no_zero"))
  return issues
})

type MergeInto = Readonly<Partial<Record<Group, Group>>>

/** A group merges into another group that is not itself merged (no self-merges, no chains). */
export const mergesValid = Schema.makeFilter<MergeInto>((mergeInto) =>
  Object.entries(mergeInto).flatMap(([group, into]) =>
    into === group || (into !== undefined && mergeInto[into] !== undefined)
      ? [found([group], "invalid_merge", { group, into })]
      : [],
  ),
)

type Weights = {
  readonly mode: "groups" | "free"
  readonly budget: PolicyNumber
  readonly groups: Readonly<Partial<Record<Group, PolicyNumber>>>
  readonly indicators: PolicyNumber
}

/** The budget block and the indicators add up to 100 points, so that grade bounds (优 ≥ 90 …) keep their meaning. */
export const weightsTotal100 = Schema.makeFilter<Weights>((weights) => {
  const parts = weights.mode === "free" ? [weights.indicators] : Object.values(weights.groups)
  const total = sum([weights.budget, ...parts.filter((p) => p !== undefined)])
  const at = weights.mode === "free" ? ["indicators"] : ["groups"]
  return compare(total, 100) === 0 ? undefined : found(at, "weights_total", { total, mode: weights.mode })
})
