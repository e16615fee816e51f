/**
 * Targets that live in the name: a row whose two target cells are empty while its name states a measurable
 * target (`资金拨付率100%`, `完成验收2024年底前`) keeps the name as its annual target, with a finding, instead
 * of being rejected. Only measures count: a number needs a unit or a percent (a name such as `2023 广州…场次`
 * holds a year, not a target), and a sentence in words is no target.
 */
import { compileTarget } from "../compile/compile-target.ts"
import type { CompiledTarget, SimpleTarget } from "../model/target.ts"

/** A deadline in a name is a target only when written as one (`完成验收2024年底前`), not a period (`2024年新增…`). */
const writtenAsDeadline = /前|不晚于|不迟于|截止|截至/u

const measurable = (t: SimpleTarget): boolean =>
  t.kind === "range" ||
  (t.kind === "deadline" && writtenAsDeadline.test(t.text)) ||
  (t.kind === "reference" && t.baseline !== null) ||
  ((t.kind === "quantity" || t.kind === "per_item") && t.unit !== null)

const holdsTarget = (target: CompiledTarget): boolean =>
  target.kind === "compound" ? target.parts.every(measurable) : measurable(target)

/** Whether an indicator name states a target of its own. */
export const nameHoldsTarget = (name: string, context: { level1?: string; level2?: string }): boolean =>
  holdsTarget(compileTarget(name, context))
