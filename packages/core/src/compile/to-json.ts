import { formatTargetIssue, type Locale } from "../messages/target-issues.ts"
import { plain } from "../model/decimal.ts"
import type { CompiledTarget } from "../model/target.ts"
import type { TargetJson } from "./target-json.ts"

/**
 * The machine form of a compiled target (the `compile --json` contract). `value` is a JSON number for
 * convenience; `exact` keeps the decimal string for consumers that must not round.
 */
export const targetToJson = (target: CompiledTarget, locale: Locale = "zh-CN"): TargetJson => {
  const quantity = target.kind === "quantity" || target.kind === "per_item" ? target : null
  return {
    text: target.text,
    kind: target.kind,
    op: "op" in target ? target.op : null,
    value: quantity ? Number(plain(quantity.value)) : null,
    exact: quantity ? plain(quantity.value) : null,
    unit: quantity || target.kind === "range" ? (quantity ?? (target as { unit: string | null })).unit : null,
    deadline: target.kind === "deadline" ? target.deadline : null,
    label: target.label,
    item: target.kind === "per_item" ? target.item : null,
    reference: target.kind === "reference" ? target.reference : null,
    sense: target.kind === "qualitative" ? target.sense : null,
    min: target.kind === "range" ? Number(plain(target.min)) : null,
    max: target.kind === "range" ? Number(plain(target.max)) : null,
    minExact: target.kind === "range" ? plain(target.min) : null,
    maxExact: target.kind === "range" ? plain(target.max) : null,
    minOp: target.kind === "range" ? target.minOp : null,
    maxOp: target.kind === "range" ? target.maxOp : null,
    baseline:
      target.kind === "reference" && target.baseline !== null
        ? target.baseline.kind === "year"
          ? String(target.baseline.year)
          : "上年"
        : null,
    change:
      target.kind === "reference" && target.change !== null
        ? { by: target.change.by, value: plain(target.change.value), unit: target.change.unit }
        : null,
    monthDay: target.kind === "deadline" ? target.monthDay : null,
    parts: target.kind === "compound" ? target.parts.map((p) => targetToJson(p, locale)) : null,
    expects: target.expects,
    span: target.span,
    issues: target.issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      message: formatTargetIssue(issue, locale),
    })),
  }
}
