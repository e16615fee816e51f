import type { Comparator, SimpleTarget } from "../model/target.ts"
import type { Draft } from "./draft.ts"

/** Turns a finished draft into an immutable compiled target of its kind. */
export const freezeDraft = (draft: Draft, expects: string): SimpleTarget => {
  const base = {
    text: draft.text,
    span: draft.span,
    label: draft.label,
    expects,
    issues: Object.freeze(draft.issues),
  }
  switch (draft.kind) {
    case "quantity":
    case "per_item": {
      if (draft.value === null || draft.op === null) break
      const quantity = {
        ...base,
        op: draft.op as Comparator,
        direction: draft.direction,
        value: draft.value,
        unit: draft.unit,
        magnitude: draft.magnitude,
        noun: draft.noun,
      }
      return Object.freeze(
        draft.kind === "per_item"
          ? { ...quantity, kind: "per_item" as const, item: draft.item ?? "" }
          : { ...quantity, kind: "quantity" as const },
      )
    }
    case "deadline":
      return Object.freeze({
        ...base,
        kind: "deadline" as const,
        op: "<=" as const,
        deadline: draft.deadline,
      })
    case "qualitative":
      return Object.freeze({
        ...base,
        kind: "qualitative" as const,
        sense: draft.sense ?? "describe",
        keyword: draft.keyword,
      })
    case "reference":
      return Object.freeze({
        ...base,
        kind: "reference" as const,
        op: draft.op ?? ">=",
        direction: draft.direction,
        reference: draft.reference ?? draft.text,
        standard: draft.standard,
      })
    default:
      break
  }
  const issues =
    draft.issues.length > 0 ? base.issues : [{ code: "unparsed_target" as const, severity: "error" as const }]
  return Object.freeze({ ...base, kind: "unparsed" as const, issues })
}
