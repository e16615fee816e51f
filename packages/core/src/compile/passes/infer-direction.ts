/**
 * Pass 6 — infer-direction: a bare value takes its direction from the indicator (domain §2). Cost
 * indicators are upper bounds; so are names that count bad things (`投诉次数`) and 时效 targets in
 * units of time (`办结时间5个工作日`); a zero target is an equality (`0次`); everything else is ≥.
 */
import type { Pass } from "../draft.ts"
import { reverseNameWords } from "../lexicon/qualitative.ts"
import { durationUnits } from "../lexicon/units.ts"

export const inferDirection: Pass = (draft, context) => {
  if (draft.op !== null) return
  if (draft.kind !== "quantity" && draft.kind !== "per_item" && draft.kind !== "reference") return
  const levels = `${context.level1 ?? ""}${context.level2 ?? ""}`
  const name = `${context.name ?? ""}${draft.label ?? ""}`
  if (draft.value?.isZero()) {
    draft.op = "="
    draft.direction = "default"
  } else if (levels.includes("成本")) {
    draft.op = "<="
    draft.direction = "cost"
  } else if (reverseNameWords.some((w) => name.includes(w))) {
    draft.op = "<="
    draft.direction = "reverse"
  } else if (levels.includes("时效") && draft.unit !== null && durationUnits.has(draft.unit)) {
    draft.op = "<="
    draft.direction = "reverse"
  } else {
    draft.op = ">="
    draft.direction = draft.kind === "reference" ? "reference" : "default"
  }
  draft.issues.push({
    code: "direction_inferred",
    severity: "info",
    data: { op: draft.op, reason: draft.direction },
  })
}
