import type { Severity } from "@jixiao/core"

/** The `--fail-on` levels: the lowest severity that turns a finished run into exit 2. */
export const failOnLevels = ["error", "warning", "never"] as const

/** A `--fail-on` level. */
export type FailOn = (typeof failOnLevels)[number]

const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 }

/** How many findings reach the `--fail-on` level (none for `never`). */
export const countAtOrAbove = (
  findings: ReadonlyArray<{ readonly severity: Severity }>,
  failOn: FailOn,
): number =>
  failOn === "never" ? 0 : findings.filter((finding) => rank[finding.severity] >= rank[failOn]).length
