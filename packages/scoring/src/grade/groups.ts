import type { Indicator } from "@jixiao/core"
import type { Group, Policy } from "../policy/policy.ts"

/** The group an indicator's points come from, by its 一级指标 (or, failing that, its code: 1x, 2x, 3x). */
export const groupOf = (indicator: Indicator): Group | undefined => {
  const name = indicator.level1.name
  if (name.includes("产出")) return "output"
  if (name.includes("效益")) return "benefit"
  if (name.includes("满意")) return "satisfaction"
  if (name.includes("成本")) return "cost"
  const code = indicator.level1.code ?? indicator.level2.code ?? ""
  return ({ "1": "output", "2": "benefit", "3": "satisfaction", "4": "cost" } as const)[code.charAt(0)]
}

/** The group whose points an indicator shares, after the policy's merges (满意度 → 效益 in 20/40/40). */
export const scoringGroup = (group: Group, policy: Policy): Group => policy.weights.mergeInto[group] ?? group
