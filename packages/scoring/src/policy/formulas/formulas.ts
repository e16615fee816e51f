/**
 * Custom scoring formulas from a policy: mathjs expressions compiled once, evaluated per indicator on
 * exact fractions, within the digit budget of `formulas-guard.ts`. The full mathjs (parser included) is
 * created only when a policy has formulas.
 */
import type { MathNode } from "mathjs"
import type { ScoreFinding } from "../../model.ts"
import type { Exact } from "../../numbers.ts"
import type { Policy } from "../policy.ts"
import { fullMath } from "./full-math.ts"
import { type FormulaOutcome, failed, guardTree, outcomeOf, overBudget } from "./guard.ts"

/** Which formula of the policy: `formulas.positive`, `formulas.reverse` or `formulas.budget`. */
export type FormulaKey = keyof Policy["formulas"]

/** What one evaluation gave: the score, or the finding that says why the built-in formula scored instead. */
export type FormulaResult =
  | { readonly ok: true; readonly value: Exact }
  | { readonly ok: false; readonly finding: ScoreFinding }

type Evaluate = (scope: Readonly<Record<string, Exact>>) => FormulaResult

/** Compiled formulas; an absent one means the built-in formula applies. */
export interface Formulas {
  readonly positive?: Evaluate | undefined
  readonly reverse?: Evaluate | undefined
  readonly budget?: Evaluate | undefined
}

/** `actual = 120，target = 150，weight = 10`: the values a formula was given, in its scope's order. */
const showScope = (scope: Readonly<Record<string, Exact>>): string =>
  Object.entries(scope)
    .map(([name, value]) => `${name} = ${value.toString()}`)
    .join("，")

/**
 * The finding of a formula that gave no number for one indicator (or budget block): which formula, on
 * which values, why, and that the built-in formula scored instead (`formula_failed`).
 */
const failure = (
  key: FormulaKey,
  text: string,
  scope: Readonly<Record<string, Exact>>,
  outcome: Extract<FormulaOutcome, { ok: false }>,
): ScoreFinding => ({
  code: "formula_failed",
  severity: "warning",
  data: {
    formula: key,
    text,
    values: showScope(scope),
    reason: outcome.reason,
    ...(outcome.node === undefined ? {} : { node: outcome.node }),
    ...(outcome.got === undefined ? {} : { got: outcome.got }),
  },
})

/** Evaluates a guarded tree on one scope. */
const evaluateOnce = (code: { evaluate: (scope: object) => unknown }, scope: object): FormulaOutcome => {
  try {
    return outcomeOf(fullMath(), code.evaluate({ ...scope }))
  } catch (error) {
    return failed(error)
  }
}

/**
 * Compiles a policy's formulas once (they were checked when the policy was loaded). An evaluation that
 * fails (a division by zero, a result that is no number, a number past the digit budget) answers the
 * `formula_failed` finding: the built-in formula scores that indicator, and the finding says so.
 */
export const compileFormulas = async (policy: Policy): Promise<Formulas> => {
  const { positive, reverse, budget } = policy.formulas
  if (!positive && !reverse && !budget) return {}
  const math = fullMath()
  const compile = (key: FormulaKey, text: string | undefined): Evaluate | undefined => {
    if (!text) return undefined
    const code = guardTree(math, math.parse(text) as MathNode).compile()
    return (scope) => {
      const outcome = Object.values(scope).some(overBudget)
        ? ({ ok: false, reason: "digit_budget" } as const)
        : evaluateOnce(code, scope)
      return outcome.ok ? outcome : { ok: false, finding: failure(key, text, scope, outcome) }
    }
  }
  return {
    positive: compile("positive", positive),
    reverse: compile("reverse", reverse),
    budget: compile("budget", budget),
  }
}
