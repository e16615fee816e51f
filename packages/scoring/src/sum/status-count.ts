/** Indicators by status: the one count that the summary, the reports and the terminal all print. */
import type { Status } from "../model.ts"

/** The statuses in the order every report lists them. */
export const STATUSES: ReadonlyArray<Status> = [
  "met",
  "partially_met",
  "not_met",
  "needs_review",
  "not_evaluated",
]

/** A count of none of each status. */
export const noStatuses = (): Record<Status, number> => ({
  met: 0,
  partially_met: 0,
  not_met: 0,
  needs_review: 0,
  not_evaluated: 0,
})

/** How many of the indicators have each status. */
export const countStatuses = (indicators: Iterable<{ readonly status: Status }>): Record<Status, number> => {
  const counts = noStatuses()
  for (const indicator of indicators) counts[indicator.status] += 1
  return counts
}
