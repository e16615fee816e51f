/**
 * A one-sided bound seen as a quantity target, so that ranges and previous-year references are graded by
 * the one quantity grader (gradeQuantity) and never by a copy of its formulas.
 */
import type { Comparator, Decimal, QuantityTarget } from "@jixiao/core"

export const asBound = (
  from: { readonly text: string; readonly span: readonly [number, number]; readonly label: string | null },
  op: Comparator,
  value: Decimal,
  unit: string | null,
  magnitude: string | null,
): QuantityTarget => ({
  text: from.text,
  span: from.span,
  label: from.label,
  expects: "",
  issues: [],
  op,
  direction: "explicit",
  value,
  unit,
  magnitude,
  noun: null,
  kind: "quantity",
})
