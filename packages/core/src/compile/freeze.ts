import type { Comparator, SimpleTarget } from "../model/target.ts"
import type { Draft } from "./draft.ts"

/**
 * Turns a finished draft into an immutable compiled target of its kind. Each kind is one object literal
 * with its keys in one order (no spreads): compiling is a hot path, and objects of one shape stay fast.
 * `text` is the text the target reports (the whole text for a single part, else the part's own).
 */
export const freezeDraft = (draft: Draft, expects: string, text: string = draft.text): SimpleTarget => {
  const { span, label } = draft
  const issues = Object.freeze(draft.issues)
  switch (draft.kind) {
    case "quantity":
    case "per_item": {
      if (draft.value === null || draft.op === null) break
      const quantity = {
        text,
        span,
        label,
        expects,
        issues,
        op: draft.op as Comparator,
        direction: draft.direction,
        value: draft.value,
        unit: draft.unit,
        magnitude: draft.magnitude,
        noun: draft.noun,
        kind: "quantity" as const,
      }
      // Per-item targets are rare: the spread there (same keys, `item` last) costs nothing that matters.
      return draft.kind === "per_item"
        ? Object.freeze({ ...quantity, kind: "per_item" as const, item: draft.item ?? "" })
        : Object.freeze(quantity)
    }
    case "range":
      if (draft.value === null || draft.low === null) break
      return Object.freeze({
        text,
        span,
        label,
        expects,
        issues,
        kind: "range" as const,
        min: draft.low,
        max: draft.value,
        minOp: draft.minOp,
        maxOp: draft.maxOp,
        unit: draft.unit,
        magnitude: draft.magnitude,
        noun: draft.noun,
      })
    case "deadline":
      return Object.freeze({
        text,
        span,
        label,
        expects,
        issues,
        kind: "deadline" as const,
        op: "<=" as const,
        deadline: draft.deadline,
        monthDay: draft.monthDay,
      })
    case "qualitative":
      return Object.freeze({
        text,
        span,
        label,
        expects,
        issues,
        kind: "qualitative" as const,
        sense: draft.sense ?? "describe",
        keyword: draft.keyword,
      })
    case "reference":
      return Object.freeze({
        text,
        span,
        label,
        expects,
        issues,
        kind: "reference" as const,
        op: draft.op ?? ">=",
        direction: draft.direction,
        reference: draft.reference ?? draft.text,
        standard: draft.standard,
        baseline: draft.baseline,
        change: draft.change,
      })
    default:
      break
  }
  const unparsed =
    draft.issues.length > 0 ? issues : [{ code: "unparsed_target" as const, severity: "error" as const }]
  return Object.freeze({ text, span, label, expects, issues: unparsed, kind: "unparsed" as const })
}
