/**
 * Roll-ups above the project (domain §3.6; no national rule): the mean of project totals weighted by
 * 全年预算数 (default) or the simple mean, with the grade distribution, min and max. A budget-weighted mean
 * needs every project's budget: if any project has none (or none usable), weighting would silently drop
 * it, so the simple mean is used and `method` says so. Kept incrementally (one project at a time), so that a run of a million indicators never holds them all.
 */

import type { ProjectResult, Rollup } from "../model.ts"
import { type Exact, exact, max, min, type Rounding, zero } from "../numbers.ts"
import type { Grade, Policy } from "../policy/policy.ts"
import { gradeOf } from "./grades.ts"
import { ExactSum, quotient } from "./mean.ts"
import type { ProjectDigest } from "./project-digest.ts"

/** A roll-up being summed, one project at a time; `finish` gives the same {@link Rollup} as {@link rollup}. */
export class RollupSum {
  private readonly grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 }
  private count = 0
  private low: Exact = zero
  private high: Exact = zero
  private budgets: Exact = zero
  private withoutBudget = 0
  private readonly weighted: ExactSum
  private readonly plain: ExactSum

  /**
   * @param ofParts for a roll-up of roll-ups (the department's, over its units'): the roll-ups that are
   *   given, between them, every project given to this one. Its sums then keep no terms of their own
   *   (see ExactSum).
   */
  constructor(
    readonly name: string,
    private readonly policy: Policy,
    ofParts?: () => Iterable<RollupSum>,
  ) {
    const sums = (pick: (r: RollupSum) => ExactSum) => ofParts && (() => Array.from(ofParts(), pick))
    this.weighted = new ExactSum(sums((r) => r.weighted))
    this.plain = new ExactSum(sums((r) => r.plain))
  }

  /** Counts one project in (its total, grade and 全年预算数, null without a budget block). */
  add(project: Pick<ProjectDigest, "total" | "grade" | "planned">): void {
    const { total } = project
    this.grades[project.grade]++
    this.low = this.count === 0 ? total : min(this.low, total)
    this.high = this.count === 0 ? total : max(this.high, total)
    this.count++
    this.plain.add(total)
    const budget = project.planned ?? zero
    if (budget.compare(0) <= 0) this.withoutBudget++
    this.budgets = this.budgets.add(budget)
    this.weighted.add(total.mul(budget))
  }

  /** The roll-up of the projects added so far. */
  finish(): Rollup {
    const { name, policy, count } = this
    const grades = { ...this.grades }
    if (count === 0)
      return {
        name,
        method: "mean",
        fallback: null,
        score: zero,
        grade: gradeOf(zero, policy),
        projects: 0,
        grades,
        min: zero,
        max: zero,
      }
    const rounding = policy.rounding as Rounding
    const byBudget = policy.rollup === "budget_weighted" && this.withoutBudget === 0
    const mean = byBudget
      ? quotient(this.weighted, this.budgets, rounding)
      : quotient(this.plain, exact(count), rounding)
    // A bounded mean may sit a hair outside [min, max]; clamping keeps its presentation (see mean.ts).
    const score = max(min(mean, this.high), this.low)
    return {
      name,
      method: byBudget ? "budget_weighted" : "mean",
      // The policy asked for budget weights and did not get them: say why, with the count.
      fallback:
        policy.rollup === "budget_weighted" && !byBudget
          ? { projectsWithoutBudget: this.withoutBudget }
          : null,
      score,
      grade: gradeOf(score, policy),
      projects: count,
      grades,
      min: this.low,
      max: this.high,
    }
  }
}

/** The roll-up of a list of projects. */
export const rollup = (name: string, projects: ReadonlyArray<ProjectResult>, policy: Policy): Rollup => {
  const total = new RollupSum(name, policy)
  for (const p of projects) total.add({ total: p.total, grade: p.grade, planned: p.budget?.planned ?? null })
  return total.finish()
}
