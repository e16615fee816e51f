/**
 * The light of one indicator, its target whole: a simple target is judged as it is (judge.ts); a compound
 * one (`合格率100%，优秀率达90%`) part by part, its value to date's parts matched to the target's as the
 * year-end grading matches them (by label, else in order), and lit by its worst part.
 */
import type { CompoundTarget, MonitorKind } from "@jixiao/core"
import { matchParts } from "../grade/compound.ts"
import { type Judged, type JudgeInput, judgeMeasured, measure, type Noted, review } from "./judge.ts"
import type { Light } from "./lights.ts"
import { treatmentOf } from "./treatment.ts"

/** Lights from worst to best: a compound indicator takes the first any of its parts has. */
const WORST_FIRST: ReadonlyArray<Light> = ["red", "yellow", "needs_review", "not_due", "green"]

export interface TargetInput extends JudgeInput {
  /** The indicator's name (the lexicon reads it for each part) and the sheet's 监控口径. */
  readonly name: string
  readonly override: MonitorKind | null
}

const judgeCompound = (target: CompoundTarget, input: TargetInput): Judged => {
  const m = measure(input)
  // Nothing reported: each part says what that means for it (a survey not due, a count missing).
  const matched = m === null ? target.parts.map(() => null) : matchParts(target.parts, m)
  const judged = target.parts.map((part, i) => {
    const treatment = treatmentOf({ name: input.name }, part, input.override)
    const answer = matched[i]
    return answer === undefined
      ? review("actual_missing", { part: part.expects })
      : judgeMeasured({ ...input, target: part, treatment }, answer)
  })
  const light = WORST_FIRST.find((l) => judged.some((j) => j.light === l)) ?? "needs_review"
  const noted: Noted[] = judged.flatMap((j) => j.noted)
  return { light, completion: null, value: null, noted }
}

/** Judges one indicator against its whole target. */
export const judgeIndicator = (input: TargetInput): Judged =>
  input.target.kind === "compound" && input.treatment.kind === "compound"
    ? judgeCompound(input.target, input)
    : judgeMeasured(input, measure(input))
