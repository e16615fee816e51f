/**
 * Indicator weights of one project (domain §3.1): the table's 分值 where given; otherwise the policy's
 * group points split evenly, a missing group's points going to the others in proportion (or nowhere).
 */
import type { Indicator } from "@jixiao/core"
import type { ScoreFinding } from "../model.ts"
import { type Exact, exact, hundred, max, type Rounding, rounded, sum, zero } from "../numbers.ts"
import type { Group, Policy } from "../policy/policy.ts"
import { groupOf, scoringGroup } from "./groups.ts"

export interface Weights {
  readonly weights: ReadonlyArray<Exact>
  readonly groups: ReadonlyArray<Group>
  readonly findings: ReadonlyArray<ScoreFinding>
}

const written = (indicator: Indicator): Exact | undefined => {
  const text = indicator.weight?.text.trim().replace(/分$/, "")
  if (!text) return undefined
  return /^\d+(?:\.\d+)?$/.test(text) ? exact(text) : undefined
}

/** Splits `points` evenly over the indicators that have no written weight. */
const fill = (given: ReadonlyArray<Exact | undefined>, points: Exact): Exact[] => {
  const free = given.filter((w) => w === undefined).length
  const rest = max(zero, points.sub(sum(given.filter((w): w is Exact => w !== undefined))))
  return given.map((w) => w ?? (free === 0 ? zero : rest.div(free)))
}

// Projects of a table share a handful of group sets: their points are worked out once per policy and set.
const pointsSeen = new WeakMap<Policy, Map<string, ReadonlyMap<Group, Exact>>>()

/** Group points for the groups present in a project, after merges and the missing-group rule. */
const groupPoints = (present: ReadonlySet<Group>, policy: Policy): ReadonlyMap<Group, Exact> => {
  let byGroups = pointsSeen.get(policy)
  if (byGroups === undefined) {
    byGroups = new Map()
    pointsSeen.set(policy, byGroups)
  }
  const key = [...present].sort().join(",")
  let points = byGroups.get(key)
  if (points === undefined) {
    points = pointsOf(present, policy)
    byGroups.set(key, points)
  }
  return points
}

const pointsOf = (present: ReadonlySet<Group>, policy: Policy): Map<Group, Exact> => {
  const points = new Map<Group, Exact>()
  for (const [group, value] of Object.entries(policy.weights.groups) as [Group, number | string][]) {
    const into = scoringGroup(group, policy)
    points.set(into, (points.get(into) ?? zero).add(exact(value)))
  }
  const all = sum([...points.values()])
  const kept = sum([...points].filter(([g]) => present.has(g)).map(([, p]) => p))
  const scale = policy.weights.missingGroup === "proportional" && !kept.equals(0) ? all.div(kept) : exact(1)
  return new Map([...points].filter(([g]) => present.has(g)).map(([g, p]) => [g, p.mul(scale)]))
}

/** Weights worked out from the policy alone (none written), by policy and the groups in table order. */
const splitSeen = new WeakMap<Policy, Map<string, ReadonlyArray<Exact>>>()

/**
 * Every indicator's weight from the written ones and the group points (findings where a group's written
 * weights do not add up). Projects with no written weight and the same groups in the same order (most of
 * a big table) get the same weights: those are worked out once.
 */
const splitWeights = (
  groups: ReadonlyArray<Group>,
  given: ReadonlyArray<Exact | undefined>,
  policy: Policy,
  findings: ScoreFinding[],
): ReadonlyArray<Exact> => {
  if (!given.every((w) => w === undefined)) return split(groups, given, policy, findings)
  let byGroups = splitSeen.get(policy)
  if (byGroups === undefined) {
    byGroups = new Map()
    splitSeen.set(policy, byGroups)
  }
  const key = groups.join(",")
  const known = byGroups.get(key)
  if (known !== undefined) return known
  const own: ScoreFinding[] = []
  const weights = split(groups, given, policy, own)
  if (own.length > 0) findings.push(...own)
  else {
    if (byGroups.size >= 10_000) byGroups.clear()
    byGroups.set(key, weights)
  }
  return weights
}

const split = (
  groups: ReadonlyArray<Group>,
  given: ReadonlyArray<Exact | undefined>,
  policy: Policy,
  findings: ScoreFinding[],
): Exact[] => {
  if (policy.weights.mode === "free") return fill(given, exact(policy.weights.indicators))
  const points = groupPoints(new Set(groups), policy)
  const weights = given.map(() => zero)
  for (const [group, groupTotal] of points) {
    const members = groups.flatMap((g, i) => (g === group ? [i] : []))
    const filled = fill(
      members.map((i) => given[i]),
      groupTotal,
    )
    members.forEach((i, k) => {
      weights[i] = filled[k]!
    })
    const allGiven = members.every((i) => given[i] !== undefined)
    const groupSum = sum(members.map((i) => weights[i]!))
    if (allGiven && !groupSum.equals(groupTotal)) {
      findings.push({
        code: "weights_group_mismatch",
        severity: "warning",
        data: { group, written: groupSum.round(2).toString(), expected: groupTotal.round(2).toString() },
      })
    }
  }
  return weights
}

/**
 * Whether every written 分值 is the policy's own split as printed (rounded as the policy rounds): then the
 * split itself is meant, and its exact values are used. A 自评表 shows `5.11` for 56.25 ÷ 11; read back,
 * the eleven printed weights add up to 56.21, yet they are the even split that gave the printed scores.
 */
const asPolicySplit = (
  groups: ReadonlyArray<Group>,
  given: ReadonlyArray<Exact | undefined>,
  policy: Policy,
): boolean => {
  if (given.length === 0 || given.some((w) => w === undefined)) return false
  const scratch: ScoreFinding[] = []
  const derived = splitWeights(
    groups,
    given.map(() => undefined),
    policy,
    scratch,
  )
  const rounding = policy.rounding as Rounding
  return scratch.length === 0 && derived.every((d, i) => rounded(d, rounding).equals(given[i]!))
}

/** Computes every indicator's weight in a project, with findings where written weights do not add up. */
export const projectWeights = (
  indicators: ReadonlyArray<Indicator>,
  policy: Policy,
  budgetWeight: Exact,
): Weights => {
  const findings: ScoreFinding[] = []
  const groups = indicators.map((indicator) => {
    const group = groupOf(indicator)
    if (group === undefined) {
      findings.push({
        code: "group_unknown",
        severity: "warning",
        data: { level1: indicator.level1.raw },
        at: indicator.at,
      })
    }
    return scoringGroup(group ?? "output", policy)
  })
  const given = indicators.map((indicator) => {
    const w = written(indicator)
    if (w === undefined && indicator.weight && indicator.weight.text.trim() !== "") {
      findings.push({
        code: "weight_unreadable",
        severity: "warning",
        data: { text: indicator.weight.text },
        at: indicator.weight.at,
      })
    }
    return w
  })
  const weights = splitWeights(
    groups,
    asPolicySplit(groups, given, policy) ? given.map(() => undefined) : given,
    policy,
    findings,
  )
  if (policy.weights.mode !== "free") {
    const points = groupPoints(new Set(groups), policy)
    indicators.forEach((indicator, i) => {
      if (!points.has(groups[i]!) && given[i] === undefined) {
        findings.push({
          code: "group_without_points",
          severity: "warning",
          data: { level1: indicator.level1.raw },
          at: indicator.at,
        })
      }
    })
  }
  indicators.forEach((indicator, i) => {
    if (given[i] === undefined && weights[i]!.equals(0) && !findings.some((f) => f.at === indicator.at)) {
      findings.push({
        code: "weight_zero",
        severity: "warning",
        data: { no: indicator.no },
        at: indicator.at,
      })
    }
  })
  if (given.some((w) => w !== undefined)) {
    const total = sum(weights).add(budgetWeight)
    if (!total.equals(hundred))
      findings.push({
        code: "weights_total_mismatch",
        severity: "warning",
        data: { total: total.round(2).toString() },
      })
  }
  return { weights, groups, findings }
}
