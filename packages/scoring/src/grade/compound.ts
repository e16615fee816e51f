/**
 * Compound targets: each part weighs an equal share and is graded on its own; the actual's parts are
 * matched to the target's by label (`合格率100%，优秀率92%`), else by position when the counts agree.
 * A single judgment in words (`已完成`) answers every qualitative part; a quantitative part still needs
 * its figure. The indicator is met when every part is.
 */
import type { CompoundTarget, Measurement, SimpleTarget } from "@jixiao/core"
import type { PartResult, ScoreFinding, Status } from "../model.ts"
import { type Exact, sum } from "../numbers.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradePart, type PartContext } from "./part.ts"

const labelOf = (m: Measurement): string | null => ("label" in m ? m.label : null)

const sameLabel = (a: string | null, b: string | null) =>
  a !== null && b !== null && (a === b || a.endsWith(b) || b.endsWith(a))

/** The actual's part answering each target part (by label, else in order), or undefined; a tier answers all. */
export const matchParts = (
  parts: ReadonlyArray<SimpleTarget>,
  actual: Measurement,
): Array<Measurement | undefined> => {
  if (actual.kind !== "compound") return parts.map(() => (actual.kind === "tier" ? actual : undefined))
  const pool = [...actual.parts]
  const byLabel = parts.map((part) => {
    const at = pool.findIndex((m) => sameLabel(part.label, labelOf(m)))
    return at === -1 ? undefined : pool.splice(at, 1)[0]
  })
  // Parts no label matched take the unlabelled actual parts left over, in order.
  const unlabelled = pool.filter(
    (m) => labelOf(m) === null || !parts.some((p) => sameLabel(p.label, labelOf(m))),
  )
  return byLabel.map((m) => m ?? unlabelled.shift())
}

const overall = (statuses: ReadonlyArray<Status>): Status => {
  if (statuses.includes("needs_review")) return "needs_review"
  if (statuses.every((s) => s === "met")) return "met"
  return statuses.every((s) => s === "not_met") ? "not_met" : "partially_met"
}

/** Grades a compound target; returns the whole outcome and each part's result. */
export const gradeCompound = (
  target: CompoundTarget,
  actual: Measurement,
  weight: Exact,
  context: PartContext,
): Outcome & { readonly parts: ReadonlyArray<PartResult> } => {
  const share = weight.div(target.parts.length)
  const matched = matchParts(target.parts, actual)
  const findings: ScoreFinding[] = []
  const parts = target.parts.map((part, i): PartResult => {
    const m = matched[i]
    const outcome =
      m === undefined
        ? needsReview("", { code: "compound_unmatched", severity: "warning", data: { part: part.expects } })
        : gradePart(part, m, share, context)
    findings.push(...outcome.findings)
    return {
      expects: part.expects,
      received: outcome.received,
      status: outcome.status,
      weight: share,
      score: outcome.score,
      ratio: outcome.ratio,
    }
  })
  const unique = findings.filter(
    (f, i) =>
      findings.findIndex((g) => g.code === f.code && JSON.stringify(g.data) === JSON.stringify(f.data)) === i,
  )
  const status = overall(parts.map((p) => p.status))
  const score = status === "needs_review" ? null : sum(parts.map((p) => p.score!))
  return { status, score, ratio: null, received: actual.text, findings: unique, parts }
}

export { needsReview }
