/**
 * Pass 8 — classify-qualitative: what a qualitative target asks for, from its key word
 * (`进一步提高` → improve, `按时上报` → complete, `全部符合` → comply, `二级备案` → file). A text with
 * no key word is a plain description; check-target reports it as vague.
 */
import type { Pass } from "../draft.ts"
import { findQualitativeWord } from "../lexicon/qualitative.ts"

/** Yes/no targets (`是否…` indicators): `是` asks for a yes, `否` for a no. */
const yes = /^(?:是|有|已|能)$/u
const no = /^(?:否|无|没有|未|不)$/u

export const classifyQualitative: Pass = (draft) => {
  if (draft.kind !== "qualitative") return
  if (yes.test(draft.text) || no.test(draft.text)) {
    draft.sense = yes.test(draft.text) ? "affirm" : "deny"
    draft.keyword = draft.text
    return
  }
  const found = findQualitativeWord(draft.text)
  draft.sense = found?.sense ?? "describe"
  draft.keyword = found?.word ?? null
}
