/**
 * Checks custom formulas when the policy is loaded: each must parse as a mathjs expression built only from
 * numbers, arithmetic, comparisons, `? :`, a few functions, and the variables its key allows, within the
 * size bounds of `formulas-guard.ts`. What can be seen from the formula alone is refused here rather than
 * found on every indicator (see `check-formula-shape.ts`). The full mathjs is created only when a policy
 * has formulas.
 */
import type { MathNode } from "mathjs"
import { shapeIssues } from "./check-formula-shape.ts"
import type { PolicyIssue } from "./errors.ts"
import { fullMath } from "./formulas/full-math.ts"
import { FORMULA_MAX_NODES, showNode } from "./formulas/guard.ts"
import type { Policy } from "./policy.ts"

type FormulaKey = keyof Policy["formulas"]

/** Variables each formula may use. */
export const formulaVariables: Readonly<Record<FormulaKey, ReadonlyArray<string>>> = {
  positive: ["actual", "target", "weight"],
  reverse: ["actual", "target", "weight"],
  budget: ["rate", "weight"],
}

/** Functions a formula may call (all defined on exact decimals), with how many arguments each takes. */
const functionArity: Readonly<Record<string, "one" | "some">> = {
  min: "some",
  max: "some",
  abs: "one",
  floor: "one",
  ceil: "one",
  round: "one",
}

/** Functions a formula may call. */
export const formulaFunctions: ReadonlyArray<string> = Object.keys(functionArity)

const allowedNodes = new Set([
  "ConstantNode",
  "SymbolNode",
  "OperatorNode",
  "ParenthesisNode",
  "FunctionNode",
  "ConditionalNode",
])

/**
 * Operators defined on exact fractions. The others (`!`, bitwise and matrix operators, `to`, `'`) fail on
 * every input or mean nothing for a score.
 */
const allowedOperators = new Set([
  ...["add", "subtract", "multiply", "divide", "mod", "pow", "unaryMinus", "unaryPlus"],
  ...["equal", "unequal", "smaller", "larger", "smallerEq", "largerEq", "and", "or", "xor", "not"],
])

/** A number in exponent form (`1e308`): Fraction.js cannot read it, and mathjs's error says only `Invalid argument`. */
const exponentForm = /(?<![\w.])(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+/iu

type Parse = (text: string) => MathNode
type Named = MathNode & {
  readonly name?: string
  readonly value?: unknown
  readonly fn?: string | MathNode
  readonly args?: ReadonlyArray<MathNode>
}

/**
 * A number constant as the formulas' mathjs parses it: a Fraction. `Infinity` and `NaN` parse as plain
 * numbers and are refused (no exact value).
 */
const isNumber = (value: unknown): boolean =>
  fullMath().isFraction(value) || (typeof value === "number" && Number.isFinite(value))

/** The issues of the nodes themselves: kinds, operators, functions and their arguments, symbols. */
const nodeIssues = (root: MathNode, key: FormulaKey, path: string): Array<PolicyIssue> => {
  const issues: Array<PolicyIssue> = []
  const seen = new Set<string>()
  const once = (issue: PolicyIssue) => {
    const id = JSON.stringify(issue.data)
    if (!seen.has(id)) issues.push(issue)
    seen.add(id)
  }
  root.traverse((node, nodePath, parent) => {
    const named = node as Named
    const unsupported =
      !allowedNodes.has(node.type) ||
      (node.type === "ConstantNode" && !isNumber(named.value)) ||
      (node.type === "OperatorNode" && !allowedOperators.has(String(named.fn)))
    if (unsupported) once({ path, code: "formula_unsupported", data: { formula: key, node: showNode(node) } })
    else if (node.type === "SymbolNode" && parent?.type === "FunctionNode" && nodePath === "fn") {
      const name = named.name ?? ""
      const arity = functionArity[name]
      const given = (parent as Named).args?.length ?? 0
      if (arity === undefined)
        once({ path, code: "formula_function", data: { formula: key, name, allowed: formulaFunctions } })
      else if (arity === "one" ? given !== 1 : given === 0)
        once({
          path,
          code: "formula_arity",
          data: { formula: key, name, expected: arity === "one" ? 1 : "1+", actual: given },
        })
    } else if (node.type === "SymbolNode" && !formulaVariables[key].includes(named.name ?? ""))
      once({
        path,
        code: "formula_symbol",
        data: { formula: key, symbol: named.name ?? "", allowed: formulaVariables[key] },
      })
  })
  return issues
}

/** The issues of one formula (none when it is usable). */
const checkFormula = (parse: Parse, key: FormulaKey, text: string): Array<PolicyIssue> => {
  const path = `formulas.${key}`
  const exponent = exponentForm.exec(text)
  if (exponent !== null)
    return [{ path, code: "formula_number_form", data: { formula: key, number: exponent[0] } }]
  let root: MathNode
  try {
    root = parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [{ path, code: "formula_syntax", data: { formula: key, reason } }]
  }
  const nodes = root.filter(() => true).length
  if (nodes > FORMULA_MAX_NODES)
    return [{ path, code: "formula_too_long", data: { formula: key, nodes, max: FORMULA_MAX_NODES } }]
  const issues = nodeIssues(root, key, path)
  return issues.length > 0 ? issues : shapeIssues(root, key, path, formulaVariables[key])
}

/** Every issue of a policy's custom formulas; loads mathjs only when there is a formula to check. */
export const checkFormulas = async (formulas: Policy["formulas"]): Promise<Array<PolicyIssue>> => {
  const entries = (Object.keys(formulaVariables) as Array<FormulaKey>).flatMap((key) => {
    const text = formulas[key]
    return text === undefined ? [] : [{ key, text }]
  })
  if (entries.length === 0) return []
  const { parse } = fullMath()
  return entries.flatMap(({ key, text }) => checkFormula(parse as Parse, key, text))
}
