/**
 * Pass 8 — classify-qualitative: what a qualitative target asks for, from its key word
 * (`进一步提高` → improve, `按时上报` → complete, `全部符合` → comply, `二级备案` → file). A text with
 * no key word is a plain description; check-target reports it as vague.
 */
import { pass } from "../draft.ts"
import { findQualitativeWord } from "../lexicon/qualitative.ts"
import { yesOrNo } from "../lexicon/yes-no.ts"

export const classifyQualitative = pass([], (draft) => {
  if (draft.kind !== "qualitative") return
  // Yes/no targets (`是否…` indicators): `是` asks for a yes, `否` for a no.
  const answer = yesOrNo(draft.text)
  if (answer !== undefined) {
    draft.sense = answer ? "affirm" : "deny"
    draft.keyword = draft.text
    return
  }
  const found = findQualitativeWord(draft.text)
  draft.sense = found?.sense ?? "describe"
  draft.keyword = found?.word ?? null
})
