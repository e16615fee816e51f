/**
 * Checks custom formulas: each must parse as a mathjs expression built only from numbers, arithmetic,
 * comparisons, `? :`, a few functions, and the variables its key allows. The full mathjs is created only
 * when a policy has formulas.
 */
import type { MathNode } from "mathjs"
import { fullMath } from "../full-math.ts"
import type { PolicyIssue } from "./errors.ts"
import type { Policy } from "./policy.ts"

type FormulaKey = keyof Policy["formulas"]

/** Variables each formula may use. */
export const formulaVariables: Readonly<Record<FormulaKey, ReadonlyArray<string>>> = {
  positive: ["actual", "target", "weight"],
  reverse: ["actual", "target", "weight"],
  budget: ["rate", "weight"],
}

/** Functions a formula may call (all defined on exact decimals). */
export const formulaFunctions: ReadonlyArray<string> = ["min", "max", "abs", "floor", "ceil", "round"]

const allowedNodes = new Set([
  "ConstantNode",
  "SymbolNode",
  "OperatorNode",
  "ParenthesisNode",
  "FunctionNode",
  "ConditionalNode",
])

type Parse = (text: string) => MathNode

/**
 * A number constant as the formulas' mathjs parses it: a Fraction. `Infinity` and `NaN` parse as plain
 * numbers and are refused (no exact value); exponent notation (`1e3`) does not parse as a Fraction at all.
 */
const isNumber = (value: unknown): boolean =>
  fullMath().isFraction(value) || (typeof value === "number" && Number.isFinite(value))

/** The issues of one formula (none when it is usable). */
const checkFormula = (parse: Parse, key: FormulaKey, text: string): Array<PolicyIssue> => {
  const path = `formulas.${key}`
  let root: MathNode
  try {
    root = parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [{ path, code: "formula_syntax", data: { formula: key, reason } }]
  }
  const issues: Array<PolicyIssue> = []
  const seen = new Set<string>()
  const once = (issue: PolicyIssue) => {
    const id = JSON.stringify(issue.data)
    if (!seen.has(id)) issues.push(issue)
    seen.add(id)
  }
  root.traverse((node, nodePath, parent) => {
    const named = node as MathNode & { readonly name?: string; readonly value?: unknown }
    if (!allowedNodes.has(node.type) || (node.type === "ConstantNode" && !isNumber(named.value)))
      once({ path, code: "formula_unsupported", data: { formula: key, node: node.toString() } })
    else if (node.type === "SymbolNode" && parent?.type === "FunctionNode" && nodePath === "fn") {
      if (!formulaFunctions.includes(named.name ?? ""))
        once({
          path,
          code: "formula_function",
          data: { formula: key, name: named.name ?? "", allowed: formulaFunctions },
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
