/**
 * Pass 4b — merge-parts: drafts of one target that are one thing.
 * - Two bounds on the same measure, one from below and one from above (`≥90%、≤110%`), are a range.
 * - Clauses that measure nothing (`严格执行预算，控制在批复范围内`) are one qualitative target: a compound is
 *   made only of parts that each measure something, and a sentence is judged whole.
 */
import type { Draft } from "../draft.ts"
import { emptyDraft } from "../draft.ts"

const lower = (d: Draft) => d.kind === "quantity" && (d.op === ">=" || d.op === ">")
const upper = (d: Draft) => d.kind === "quantity" && (d.op === "<=" || d.op === "<")
const sameMeasure = (a: Draft, b: Draft) =>
  a.percent === b.percent &&
  (a.unit === null || b.unit === null || a.unit === b.unit) &&
  (b.label === null || a.label === b.label)

const mergeBounds = (drafts: Draft[]): Draft[] => {
  if (drafts.length !== 2) return drafts
  const [a, b] = drafts as [Draft, Draft]
  const [low, high] = lower(a) && upper(b) ? [a, b] : upper(a) && lower(b) ? [b, a] : []
  if (low === undefined || high === undefined || !sameMeasure(a, b)) return drafts
  const range = emptyDraft(`${a.text}、${b.text}`, [a.span[0], b.span[1]])
  range.kind = "range"
  range.direction = "explicit"
  range.label = a.label
  range.literal = high.literal
  range.magnitude = high.magnitude
  range.lowLiteral = low.literal
  range.lowMagnitude = low.magnitude
  range.minOp = low.op === ">" ? ">" : ">="
  range.maxOp = high.op === "<" ? "<" : "<="
  range.percent = a.percent || b.percent
  range.unit = high.unit ?? low.unit
  range.unitSource = range.unit === null ? null : "written"
  range.approximate = a.approximate || b.approximate
  return [range]
}

const mergeSentence = (drafts: Draft[], text: string): Draft[] => {
  const words = drafts.filter((d) => d.kind === "qualitative")
  if (words.length < 2) return drafts
  const first = words[0]!
  const last = words.at(-1)!
  if (words.length === drafts.length) {
    // Shown as people write it: clause marks full-width again (normalize-text made them half-width).
    const whole = emptyDraft(text.replaceAll(",", "，").replaceAll(";", "；"), [first.span[0], last.span[1]])
    whole.kind = "qualitative"
    whole.issues.push({ code: "sentence_as_one", severity: "info", data: { clauses: words.length } })
    return [whole]
  }
  // Measured parts stay parts; the clauses in words around them are judged as one.
  const joined = emptyDraft(words.map((d) => d.text).join("，"), [first.span[0], last.span[1]])
  joined.kind = "qualitative"
  const at = drafts.indexOf(first)
  return drafts.flatMap((d, i) => (d.kind !== "qualitative" ? [d] : i === at ? [joined] : []))
}

/** Merges a target's drafts where they are one thing; `text` is the normalised whole text. */
export const mergeParts = (drafts: Draft[], text: string): Draft[] => mergeSentence(mergeBounds(drafts), text)
