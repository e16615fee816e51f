/**
 * Pass 6 — infer-direction: a bare value takes its direction from the indicator (domain §2). A template
 * placeholder in the name (`(≥**%)`) says it; cost indicators are upper bounds; so are names that say
 * lower is better (`预算调整率`, `投诉次数`: one lexicon, lower-is-better.ts) and 时效 targets in units of
 * time (`办结时间5个工作日`); a zero target is an equality (`0次`); everything else is ≥.
 */
import { pass } from "../draft.ts"
import { lowerIsBetterWord } from "../lexicon/lower-is-better.ts"
import { durationUnits } from "../lexicon/units.ts"

export const inferDirection = pass(
  ["compliance", "cost", "lasting", "lowerIsBetter", "nameUnit", "timely"],
  (draft, features) => {
    if (draft.op !== null) return
    if (draft.kind !== "quantity" && draft.kind !== "per_item" && draft.kind !== "reference") return
    const lower =
      features.lowerIsBetter ?? (draft.label === null ? undefined : lowerIsBetterWord(draft.label))
    const named = features.nameUnit?.op ?? null
    if (draft.value?.isZero()) {
      draft.op = "="
      draft.direction = "default"
    } else if (named !== null) {
      draft.op = named
      draft.direction = "name"
    } else if (features.cost && !(draft.unit === "%" && features.compliance)) {
      draft.op = "<="
      draft.direction = "cost"
    } else if (lower !== undefined) {
      draft.op = "<="
      draft.direction = "reverse"
    } else if (features.timely && !features.lasting && draft.unit !== null && durationUnits.has(draft.unit)) {
      draft.op = "<="
      draft.direction = "reverse"
    } else {
      draft.op = ">="
      draft.direction = draft.kind === "reference" ? "reference" : "default"
    }
    draft.issues.push({
      code: "direction_inferred",
      severity: "info",
      data: {
        op: draft.op,
        reason: draft.direction,
        ...(lower !== undefined && draft.direction === "reverse" ? { word: lower } : {}),
      },
    })
  },
)
