/**
 * How numbers, statuses and grades look. Scores arrive rounded by the policy (results.json) and are printed
 * with the policy's number of decimals (`95.9` → `95.90`, as the CLI and 报告.md print it): padded, never
 * re-rounded; amounts get thousands separators. Status and grade always
 * carry a word and a symbol beside their colour, so they read in black and white and without colour vision.
 */
import { statusNames } from "@jixiao/scoring"
import { html, type SafeHtml } from "./escape.ts"
import type { Status } from "./model.ts"

const dash = "—"

/** A score or weight with the policy's `decimals` (results.json holds it rounded to those); `—` when absent. */
export const score = (n: number | null | undefined, decimals: number): string =>
  n === null || n === undefined ? dash : n.toFixed(decimals)

/** An amount with thousands separators (`52000` → `52,000`). */
export const amount = (n: number | null | undefined): string => {
  if (n === null || n === undefined) return dash
  const [whole = "", fraction] = String(n).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** A rate in percent points, with the policy's `decimals` as results.json rounds it (`88.7` → `88.70%`). */
export const percent = (n: number | null | undefined, decimals: number): string =>
  n === null || n === undefined ? dash : `${n.toFixed(decimals)}%`

/** Status words from the scoring catalogue, so the report says what the CLI says. */
export const statusName = (status: Status): string => statusNames["zh-CN"][status]

const statusSymbols: Readonly<Record<Status, string>> = {
  met: "✓",
  partially_met: "◐",
  not_met: "✗",
  needs_review: "?",
  not_evaluated: "–",
}

/** A status as symbol + word + colour. */
export const statusBadge = (status: Status): SafeHtml =>
  html`<span class="status s-${status}"><span aria-hidden="true">${statusSymbols[status]}</span> ${statusName(status)}</span>`

/** The grades best first, and the class that colours each. */
export const grades = ["优", "良", "中", "差"] as const
const gradeClasses: Readonly<Record<string, string>> = { 优: "g-a", 良: "g-b", 中: "g-c", 差: "g-d" }

export const gradeClass = (grade: string): string => gradeClasses[grade] ?? "g-x"

/** A grade as a word in a coloured box. */
export const gradeBadge = (grade: string): SafeHtml =>
  html`<span class="grade ${gradeClass(grade)}">${grade}</span>`
