/**
 * HTML that is safe by construction. Every text of the report comes from input (names, targets,
 * actuals, reasons, finding messages), so escaping is the default: the `html` tag escapes whatever it
 * interpolates unless it is already `SafeHtml`. Markup can only be written as a template literal.
 */

const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Escapes `& < > " '`: safe as element text and inside a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]!)

/** Markup that was built by `html` (or is a constant of this module's own), never raw input. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** What may be interpolated: text and numbers are escaped; null, undefined and false print nothing. */
export type Hole = SafeHtml | string | number | null | undefined | false | ReadonlyArray<Hole>

const render = (hole: Hole): string => {
  if (hole === null || hole === undefined || hole === false) return ""
  if (hole instanceof SafeHtml) return hole.value
  if (typeof hole === "number") return escapeHtml(String(hole))
  if (typeof hole === "string") return escapeHtml(hole)
  return hole.map(render).join("")
}

/** Template tag for markup: `html\`<td>${name}</td>\`` escapes `name`. Arrays are joined. */
export const html = (strings: TemplateStringsArray, ...holes: ReadonlyArray<Hole>): SafeHtml => {
  let out = strings[0]!
  holes.forEach((hole, i) => {
    out += render(hole) + strings[i + 1]!
  })
  return new SafeHtml(out)
}

/** Trusted constant markup (CSS, the inline script). Never pass input through this. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup)
