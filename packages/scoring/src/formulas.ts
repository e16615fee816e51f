/**
 * Custom scoring formulas from a policy: mathjs expressions compiled once, evaluated per indicator on
 * exact fractions. The full mathjs (parser included) is created only when a policy has formulas.
 */
import { fullMath } from "./full-math.ts"
import { type Exact, exact } from "./numbers.ts"
import type { Policy } from "./policy/policy.ts"

type Evaluate = (scope: Readonly<Record<string, Exact>>) => Exact | undefined

/** Compiled formulas; an absent one means the built-in formula applies. */
export interface Formulas {
  readonly positive?: Evaluate | undefined
  readonly reverse?: Evaluate | undefined
  readonly budget?: Evaluate | undefined
}

/**
 * Compiles a policy's formulas once. An evaluation that fails (division by zero) or gives no number
 * answers undefined: the built-in formula scores that indicator.
 */
export const compileFormulas = async (policy: Policy): Promise<Formulas> => {
  const { positive, reverse, budget } = policy.formulas
  if (!positive && !reverse && !budget) return {}
  const math = fullMath()
  const compile = (source: string | undefined): Evaluate | undefined => {
    if (!source) return undefined
    const code = math.compile(source)
    return (scope) => {
      let result: unknown
      try {
        result = code.evaluate({ ...scope })
      } catch {
        // Found by fuzzing: `weight / (actual - target)` divides by zero when the target is met exactly, and
        // the Fraction's throw took the whole assessment down. A formula that cannot be evaluated for one
        // indicator scores it as a non-numeric result does: by the built-in formula.
        return undefined
      }
      if (result === undefined || result === null) return undefined
      const text = typeof result === "object" && "toFraction" in result ? result.toString() : String(result)
      return /^-?\d+(?:\.\d+)?(?:\(\d+\))?$/.test(text)
        ? typeof result === "object"
          ? (result as Exact)
          : exact(text)
        : undefined
    }
  }
  return { positive: compile(positive), reverse: compile(reverse), budget: compile(budget) }
}
