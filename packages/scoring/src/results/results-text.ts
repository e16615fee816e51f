/**
 * results.json as text. Its layout: the keys around `projects` indented by two spaces, as
 * `JSON.stringify(…, null, 2)` writes them, and each project compact on a line of its own:
 *
 *     {
 *       "engine": {…}, … "units": […],
 *       "projects": [
 *         {"unit":"…","name":"…",…,"indicators":[…]},
 *         {"unit":"…",…}
 *       ],
 *       "rows": {…}, …
 *     }
 *
 * A big run's results.json is half the size of a fully indented one (at 10⁶ indicators, 0.7 GB instead
 * of 1.2 GB) and is written faster, while the summary at the top stays readable and a project is a line
 * (grep, diff, `jq '.projects[]'`). The pieces (head, one project at a time, tail) let a writer stream;
 * {@link resultsText} puts whole results together the same way (a test holds the two together).
 */
import type { ResultsJson } from "./results-json.ts"

type Head = Pick<ResultsJson, "engine" | "inputs" | "year" | "basis" | "policy" | "department" | "units">
type Tail = Pick<ResultsJson, "rows" | "budgetRows" | "rejected" | "notMet" | "needsReview" | "budgetMissing">
type ProjectJson = ResultsJson["projects"][number]

/** Everything before the first project, ending with `"projects": [`. */
export const resultsHeadText = (head: Head): string =>
  `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "projects": [`

/** How far a project's line is indented in the array. */
export const PROJECT_INDENT = "    "

/** One project's line, without its indent: the project as compact JSON. */
export const projectLine = (project: ProjectJson): string => JSON.stringify(project)

/** One project as it sits in the array: indented 4, compact, without separators. */
export const projectText = (project: ProjectJson): string => `${PROJECT_INDENT}${projectLine(project)}`

/** What goes before the `index`-th project (0-based). */
export const projectSeparator = (index: number): string => (index === 0 ? "\n" : ",\n")

/** Everything after the last of `projects` projects: the closing bracket, the tail keys, the final newline. */
export const resultsTailText = (tail: Tail, projects: number): string =>
  `${projects === 0 ? "]" : "\n  ]"},${JSON.stringify(tail, null, 2).slice(1)}\n`

/** The whole of results.json. */
export const resultsText = (results: ResultsJson): string => {
  const { engine, inputs, year, basis, policy, department, units, projects } = results
  const { rows, budgetRows, rejected, notMet, needsReview, budgetMissing } = results
  return [
    resultsHeadText({ engine, inputs, year, basis, policy, department, units }),
    ...projects.map((p, i) => projectSeparator(i) + projectText(p)),
    resultsTailText({ rows, budgetRows, rejected, notMet, needsReview, budgetMissing }, projects.length),
  ].join("")
}
