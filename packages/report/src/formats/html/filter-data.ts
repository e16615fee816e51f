/**
 * The data attributes the inline script filters on. The script reads only these (lower-cased search
 * text, grade, problem flag) and toggles `hidden`; it never builds markup, so input cannot reach it as
 * code. Attribute values are escaped like any other text.
 */
import { html, type SafeHtml } from "./escape.ts"
import { type Project, problemsOf } from "./model.ts"

export const filterData = (project: Project): SafeHtml =>
  html` data-search="${`${project.unit} ${project.name}`.toLowerCase()}" data-grade="${project.grade}" data-problem="${problemsOf(project).length > 0 ? "1" : "0"}"`
