/**
 * Roll-ups above the project (domain §3.6; no national rule): the mean of project totals weighted by
 * 全年预算数 (default) or the simple mean, with the grade distribution, min and max. A budget-weighted mean
 * needs every project's budget: if any project has none (or none usable), weighting would silently drop
 * it, so the simple mean is used and `method` says so.
 */
import { gradeOf } from "./grades.ts"
import type { ProjectResult, Rollup } from "./model.ts"
import { type Exact, exact, max, min, sum, zero } from "./numbers.ts"
import type { Grade, Policy } from "./policy/policy.ts"

const emptyGrades = (): Record<Grade, number> => ({ 优: 0, 良: 0, 中: 0, 差: 0 })

export const rollup = (name: string, projects: ReadonlyArray<ProjectResult>, policy: Policy): Rollup => {
  const grades = emptyGrades()
  for (const p of projects) grades[p.grade]++
  if (projects.length === 0)
    return {
      name,
      method: "mean",
      score: zero,
      grade: gradeOf(zero, policy),
      projects: 0,
      grades,
      min: zero,
      max: zero,
    }
  const totals = projects.map((p) => p.total)
  const budgets = projects.map((p) => p.budget?.planned ?? zero)
  const budgetSum = sum(budgets)
  let score: Exact
  const weighted = policy.rollup === "budget_weighted" && budgets.every((b) => b.compare(0) > 0)
  if (weighted) {
    score = sum(totals.map((t, i) => t.mul(budgets[i]!))).div(budgetSum)
  } else {
    score = sum(totals).div(exact(projects.length))
  }
  return {
    name,
    method: weighted ? "budget_weighted" : "mean",
    score,
    grade: gradeOf(score, policy),
    projects: projects.length,
    grades,
    min: totals.reduce(min),
    max: totals.reduce(max),
  }
}
