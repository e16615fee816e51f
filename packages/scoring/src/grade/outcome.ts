import type { ScoreFinding, Status } from "../model.ts"
import type { Exact } from "../numbers.ts"

/** What grading one target part against one measurement gives: status, score (null: a person decides). */
export interface Outcome {
  readonly status: Status
  readonly score: Exact | null
  readonly ratio: Exact | null
  readonly received: string
  readonly findings: ReadonlyArray<ScoreFinding>
}

/** An outcome that needs a person: no score until someone decides. */
export const needsReview = (received: string, finding: ScoreFinding): Outcome => ({
  status: "needs_review",
  score: null,
  ratio: null,
  received,
  findings: [finding],
})

/** Status from a score: full → met, some → partially met, none → not met. */
export const statusOf = (score: Exact, met: boolean): Status =>
  met ? "met" : score.compare(0) > 0 ? "partially_met" : "not_met"
