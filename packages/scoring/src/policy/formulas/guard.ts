/**
 * The cost bound of custom formulas. mathjs evaluates a compiled expression synchronously and offers no way
 * to stop it (nor a time limit), and its exact Fractions grow without bound: `(actual/3)^100000` ran for
 * more than a minute. So the arithmetic of a formula goes through guarded steps that refuse, before
 * computing, any power whose result would pass the digit budget, and after each step any number past it.
 * With at most {@link FORMULA_MAX_NODES} nodes per formula, every evaluation is bounded, and being counted
 * in digits rather than in milliseconds the bound gives the same answer on every machine.
 */
import type { MathJsInstance, MathNode } from "mathjs"
import { type Exact, exact } from "../../numbers.ts"

/** Numerator and denominator of every number in a formula have at most this many decimal digits. */
export const FORMULA_DIGITS = 1000
/** A power's constant exponent is at most this in absolute value (10^1000 already has 1001 digits). */
export const FORMULA_MAX_EXPONENT = 1000
/** A formula has at most this many nodes (numbers, variables, operators, calls). */
export const FORMULA_MAX_NODES = 200
/**
 * Fraction.js takes a non-integer power by factoring numerator and denominator (trial division up to the
 * square root): above this, the power is taken in floating point, as mathjs does for irrational results.
 */
const EXACT_ROOT_BELOW = 10n ** 10n

/** Why a formula could not give a number. */
export type FormulaFailure = "division_by_zero" | "not_a_number" | "digit_budget" | "not_computable"

/** Thrown by a guarded step: the evaluation stops there. */
export class FormulaStop extends Error {
  constructor(
    readonly reason: FormulaFailure,
    /** The sub-expression that was stopped (`(actual / 3) ^ 100000`). */
    readonly node: string,
  ) {
    super(reason)
  }
}

type Parts = { readonly s: bigint; readonly n: bigint; readonly d: bigint }
const LIMIT = 10n ** BigInt(FORMULA_DIGITS)
const isFractionValue = (x: unknown): x is Parts =>
  typeof x === "object" && x !== null && "n" in x && "d" in x && typeof (x as Parts).n === "bigint"

/** True when a value passes the digit budget. */
export const overBudget = (x: unknown): boolean => isFractionValue(x) && (x.n >= LIMIT || x.d >= LIMIT)

/** log10 of a positive bigint, to a few digits. */
const log10 = (x: bigint): number => {
  const text = x.toString()
  return text.length - 1 + Math.log10(Number(`${text[0]}.${text.slice(1, 15)}`))
}

/** The arithmetic a formula may grow numbers with; comparisons, min, max, abs, floor, ceil, round do not. */
const growing = new Set(["add", "subtract", "multiply", "divide", "mod", "pow", "unaryMinus", "unaryPlus"])

const STEP = "jixiaoFormulaStep"

/** A power, refused before it is taken when its result would pass the budget. */
const power = (math: MathJsInstance, base: unknown, exponent: unknown, node: string): unknown => {
  // A float (from an irrational power before) stays a float: cheap, and never exact anyway.
  if (typeof base === "number" || typeof exponent === "number") return Number(base) ** Number(exponent)
  if (!isFractionValue(base) || !isFractionValue(exponent)) return math.pow(base as never, exponent as never)
  const trivial = base.n === 0n || (base.n === 1n && base.d === 1n)
  const digits = (Number(exponent.n) / Number(exponent.d)) * Math.max(log10(base.n || 1n), log10(base.d))
  if (!trivial && digits > FORMULA_DIGITS) throw new FormulaStop("digit_budget", node)
  if (trivial && exponent.d === 1n) {
    // 0, 1 and −1 to any integer power: only the exponent's sign and parity matter (1n ** 10n ** 500n throws).
    const small = exponent.n === 0n ? 0n : exponent.s * (exponent.n % 2n === 0n ? 2n : 1n)
    return math.pow(base as never, math.fraction(Number(small)) as never)
  }
  const result =
    exponent.d !== 1n && (base.n >= EXACT_ROOT_BELOW || base.d >= EXACT_ROOT_BELOW)
      ? (Number(base.s * base.n) / Number(base.d)) ** (Number(exponent.s * exponent.n) / Number(exponent.d))
      : math.pow(base as never, exponent as never)
  // An irrational power comes back as a float: as the decimal it prints, so that min, max and the rest,
  // which do not mix floats with fractions, still take it.
  return typeof result === "number" && Number.isFinite(result) ? exact(result) : result
}

let installed: MathJsInstance | undefined

/** Adds the guarded step to the formulas' mathjs instance (once). */
const install = (math: MathJsInstance): void => {
  if (installed === math) return
  const step = (fn: string, node: string, ...args: ReadonlyArray<unknown>): unknown => {
    const result =
      fn === "pow"
        ? power(math, args[0], args[1], node)
        : (math[fn as keyof MathJsInstance] as (...xs: ReadonlyArray<unknown>) => unknown)(...args)
    if (overBudget(result)) throw new FormulaStop("digit_budget", node)
    return result
  }
  math.import({ [STEP]: step })
  installed = math
}

/** A node as people wrote it: constants as decimals (`3`, not mathjs's `3/1`). */
export const showNode = (node: MathNode): string =>
  node.toString({
    handler: (n: MathNode) => {
      const value = (n as MathNode & { value?: unknown }).value
      return n.type === "ConstantNode" && isFractionValue(value) ? String(value) : undefined
    },
  })

/** The tree with every growing operator replaced by a guarded step naming it. */
export const guardTree = (math: MathJsInstance, root: MathNode): MathNode => {
  install(math)
  const rewrite = (node: MathNode): MathNode =>
    node.transform((inner) => {
      const op = inner as MathNode & { fn?: string; args?: ReadonlyArray<MathNode> }
      if (inner.type !== "OperatorNode" || !growing.has(op.fn ?? "")) return inner
      return new math.FunctionNode(new math.SymbolNode(STEP), [
        new math.ConstantNode(op.fn),
        new math.ConstantNode(showNode(inner)),
        ...(op.args ?? []).map(rewrite),
      ])
    })
  return rewrite(root)
}

/** What one evaluation gave: a number, or why not (with the sub-expression stopped, if one was). */
export type FormulaOutcome =
  | { readonly ok: true; readonly value: Exact }
  | { readonly ok: false; readonly reason: FormulaFailure; readonly node?: string; readonly got?: string }

/** A thrown evaluation as an outcome. Fraction.js throws `Division by Zero`; other throws are type errors. */
export const failed = (error: unknown): FormulaOutcome => {
  if (error instanceof FormulaStop) return { ok: false, reason: error.reason, node: error.node }
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, reason: /division by zero/i.test(message) ? "division_by_zero" : "not_computable" }
}

/** The value a formula gave, as an outcome: a Fraction or a finite float is a number; nothing else is. */
export const outcomeOf = (math: MathJsInstance, result: unknown): FormulaOutcome => {
  if (math.isFraction(result))
    return overBudget(result) ? { ok: false, reason: "digit_budget" } : { ok: true, value: result }
  if (typeof result === "number" && Number.isFinite(result)) return { ok: true, value: exact(result) }
  const got = typeof result === "boolean" ? String(result) : math.typeOf(result)
  return { ok: false, reason: "not_a_number", got }
}
