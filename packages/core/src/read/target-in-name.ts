/**
 * Targets that live in the name: a row whose two target cells are empty while its name states a measurable
 * target (`资金拨付率100%`, `完成验收2024年底前`) keeps the name as its annual target, with a finding, instead
 * of being rejected. Only measures count: a number needs a unit or a percent (a name such as `2023 广州…场次`
 * holds a year, not a target), and a sentence in words is no target.
 */
import { compileTarget } from "../compile/compile-target.ts"
import type { CompiledTarget, SimpleTarget } from "../model/target.ts"

const measurable = (t: SimpleTarget): boolean =>
  t.kind === "range" ||
  t.kind === "deadline" ||
  (t.kind === "reference" && t.baseline !== null) ||
  ((t.kind === "quantity" || t.kind === "per_item") && t.unit !== null)

const holdsTarget = (target: CompiledTarget): boolean =>
  target.kind === "compound" ? target.parts.every(measurable) : measurable(target)

/** Whether an indicator name states a target of its own. */
export const nameHoldsTarget = (name: string, context: { level1?: string; level2?: string }): boolean =>
  holdsTarget(compileTarget(name, context))
