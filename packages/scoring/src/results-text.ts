/**
 * results.json as text, in pieces a writer can stream: the head (everything before `projects`), one
 * project at a time, and the tail. Put together they are byte for byte `JSON.stringify(results, null, 2)`
 * and a final newline, which is what a whole-assessment writer produces (a test holds the two together).
 */
import type { ResultsJson } from "./results-json.ts"

type Head = Pick<ResultsJson, "engine" | "inputs" | "year" | "basis" | "policy" | "department" | "units">
type Tail = Pick<ResultsJson, "rows" | "budgetRows" | "rejected" | "notMet" | "needsReview">
type ProjectJson = ResultsJson["projects"][number]

/** Everything before the first project, ending with `"projects": [`. */
export const resultsHeadText = (head: Head): string =>
  `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "projects": [`

/** One project as it sits in the array (indented 4), without separators: `    {…}`. */
export const projectText = (project: ProjectJson): string =>
  // Nested twice, the project gets exactly the indentation it has inside results.json.
  JSON.stringify([[project]], null, 2).slice(6, -6)

/** What goes before the `index`-th project (0-based). */
export const projectSeparator = (index: number): string => (index === 0 ? "\n" : ",\n")

/** Everything after the last of `projects` projects: the closing bracket, the tail keys, the final newline. */
export const resultsTailText = (tail: Tail, projects: number): string =>
  `${projects === 0 ? "]" : "\n  ]"},${JSON.stringify(tail, null, 2).slice(1)}\n`
