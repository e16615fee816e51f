import { type Exact, exact, type Rounding, rounded } from "../numbers.ts"
import type { Grade, Policy } from "../policy/policy.ts"

/**
 * The grade of a total (domain §3.5): bands are half-open with the lower bound included, decided on the
 * total rounded as the policy says, so the grade always agrees with the score people read.
 */
export const gradeOf = (total: Exact, policy: Policy): Grade => {
  const shown = rounded(total, policy.rounding as Rounding)
  for (const band of policy.grades) {
    if (shown.compare(exact(band.min)) >= 0) return band.grade
  }
  return policy.grades.at(-1)?.grade ?? "差"
}
