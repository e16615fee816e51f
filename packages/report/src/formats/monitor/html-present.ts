/** How the monitoring page shows a light, and the element ids of its projects and indicators. */
import type { Light } from "@jixiao/scoring"
import { html, type SafeHtml } from "../html/escape.ts"
import { LIGHT_SYMBOLS, lightWord } from "./words.ts"

/** A light as symbol + word + colour, so it reads in black and white too. */
export const lightBadge = (light: string): SafeHtml =>
  html`<span class="light l-${light}"><span aria-hidden="true">${LIGHT_SYMBOLS[light as Light] ?? ""}</span> ${lightWord(light)}</span>`

/** The id of the n-th project's section (0-based, in results order). */
export const projectId = (n: number): string => `mp-${n + 1}`

/** The id of an indicator's row in its project's table. */
export const indicatorId = (n: number, no: number): string => `mp-${n + 1}-i${no}`

/** The id of a project's budget row. */
export const budgetId = (n: number): string => `mp-${n + 1}-budget`
