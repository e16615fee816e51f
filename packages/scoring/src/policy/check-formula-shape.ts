/**
 * What a formula's shape shows before any indicator is graded: a result that is true or false by
 * construction, a number where a condition belongs, a division by a constant zero, a constant exponent
 * past the budget, and constant parts that fail (`0 ^ -1`, `2 ^ 100000`), each evaluated once here within
 * the digit budget. What depends on the values (`weight / (actual - target)`) is a finding when grading.
 */
import type { MathNode } from "mathjs"
import type { PolicyIssue } from "./errors.ts"
import { fullMath } from "./formulas/full-math.ts"
import {
  FORMULA_DIGITS,
  FORMULA_MAX_EXPONENT,
  type FormulaOutcome,
  failed,
  guardTree,
  outcomeOf,
  showNode,
} from "./formulas/guard.ts"
import type { Policy } from "./policy.ts"

type FormulaKey = keyof Policy["formulas"]
type Node = MathNode & {
  readonly name?: string
  readonly fn?: string | MathNode
  readonly args?: ReadonlyArray<MathNode>
  readonly content?: MathNode
  readonly condition?: MathNode
  readonly trueExpr?: MathNode
  readonly falseExpr?: MathNode
}

const comparisons = new Set(["equal", "unequal", "smaller", "larger", "smallerEq", "largerEq"])
const logical = new Set(["and", "or", "xor", "not"])
const arithmetic = new Set(["add", "subtract", "multiply", "divide", "mod", "pow", "unaryMinus", "unaryPlus"])

const unwrap = (node: MathNode): Node => {
  let at = node as Node
  while (at.type === "ParenthesisNode" && at.content !== undefined) at = at.content as Node
  return at
}

/** True or false whatever the values: a comparison, a logical operator, or a choice between two such. */
const isBoolean = (node: MathNode): boolean => {
  const at = unwrap(node)
  if (at.type === "OperatorNode") return comparisons.has(String(at.fn)) || logical.has(String(at.fn))
  if (at.type === "ConditionalNode") return isBoolean(at.trueExpr!) && isBoolean(at.falseExpr!)
  return false
}

/** A number whatever the values: a number, a variable, arithmetic, or functions and choices of numbers. */
const isNumeric = (node: MathNode): boolean => {
  const at = unwrap(node)
  if (at.type === "ConstantNode" || at.type === "SymbolNode") return true
  if (at.type === "OperatorNode") return arithmetic.has(String(at.fn))
  if (at.type === "FunctionNode") return (at.args ?? []).every(isNumeric)
  if (at.type === "ConditionalNode") return isNumeric(at.trueExpr!) && isNumeric(at.falseExpr!)
  return false
}

/** The nodes whose value is the formula's result: the root, and the branches of choices there. */
const resultNodes = (node: MathNode): ReadonlyArray<MathNode> => {
  const at = unwrap(node)
  return at.type === "ConditionalNode"
    ? [...resultNodes(at.trueExpr!), ...resultNodes(at.falseExpr!)]
    : [node]
}

/** Evaluates a part without variables once, guarded. */
const evaluateConstant = (node: MathNode): FormulaOutcome => {
  try {
    return outcomeOf(fullMath(), guardTree(fullMath(), node).compile().evaluate({}))
  } catch (error) {
    return failed(error)
  }
}

/** The issues of one formula's shape (its nodes are already known to be allowed). */
export const shapeIssues = (
  root: MathNode,
  key: FormulaKey,
  path: string,
  variables: ReadonlyArray<string>,
): Array<PolicyIssue> => {
  const issues: Array<PolicyIssue> = []
  const issue = (code: PolicyIssue["code"], node: MathNode, data: PolicyIssue["data"] = {}) =>
    issues.push({ path, code, data: { formula: key, node: showNode(node), ...data } })
  const constant = (node: MathNode) =>
    node.filter((n) => n.type === "SymbolNode" && variables.includes((n as Node).name ?? "")).length === 0
  for (const result of resultNodes(root)) if (isBoolean(result)) issue("formula_boolean", result)
  const visit = (node: MathNode): void => {
    const at = node as Node
    // A function's name is no value; a variable is no constant.
    if (node.type === "SymbolNode") return
    if (constant(node) && node.type !== "ParenthesisNode") {
      // A part without variables is evaluated once: it fails for every indicator or for none.
      const outcome = evaluateConstant(node)
      // A constant comparison (`1 > 0`) is no number, and may be used as one (`(1 > 0) * weight`).
      const truth = !outcome.ok && (outcome.got === "true" || outcome.got === "false")
      if (!outcome.ok && !truth)
        issue("formula_constant_fails", node, {
          reason: outcome.reason,
          ...(outcome.node === undefined ? {} : { stopped: outcome.node }),
        })
      return
    }
    if (at.type === "ConditionalNode" && isNumeric(at.condition!)) issue("formula_condition", at.condition!)
    if (at.type === "OperatorNode" && logical.has(String(at.fn)))
      for (const arg of at.args ?? []) if (isNumeric(arg)) issue("formula_condition", arg)
    if (at.type === "OperatorNode" && at.fn === "divide" && constant(at.args![1]!)) {
      const divisor = evaluateConstant(at.args![1]!)
      if (divisor.ok && divisor.value.equals(0)) issue("formula_division_by_zero", node)
    }
    if (at.type === "OperatorNode" && at.fn === "pow" && constant(at.args![1]!)) {
      const exponent = evaluateConstant(at.args![1]!)
      if (exponent.ok && exponent.value.abs().compare(FORMULA_MAX_EXPONENT) > 0)
        issue("formula_exponent_too_large", node, {
          exponent: exponent.value.toString(),
          max: FORMULA_MAX_EXPONENT,
          digits: FORMULA_DIGITS,
        })
    }
    node.forEach((child) => {
      visit(child)
    })
  }
  visit(root)
  return issues
}
