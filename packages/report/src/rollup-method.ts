/**
 * How a roll-up was computed, in the words every report and the terminal use: the method actually used,
 * and why when it is not the policy's (a budget-weighted mean falls back to the simple mean when a project
 * has no usable 全年预算数). One home for the wording, so no report can claim a method it did not use.
 */

interface RollupLike {
  readonly method?: "budget_weighted" | "mean" | undefined
  readonly fallback?: { readonly projectsWithoutBudget: number } | undefined
}

/** `按全年预算数加权平均项目总分`, `项目总分简单平均`, or the fallback with its reason. */
export const rollupMethodText = (rollup: RollupLike, policyMethod: "budget_weighted" | "mean"): string => {
  if (rollup.fallback !== undefined)
    return `项目总分简单平均（评分规则要求按全年预算数加权，但 ${rollup.fallback.projectsWithoutBudget} 个项目没有可用的全年预算数）`
  return (rollup.method ?? policyMethod) === "budget_weighted"
    ? "按全年预算数加权平均项目总分"
    : "项目总分简单平均"
}
