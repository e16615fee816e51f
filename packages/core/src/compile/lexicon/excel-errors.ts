/**
 * Excel's error values (`#DIV/0!`, `#N/A`, `#REF!` …): what a cell shows when its formula failed, cached in an
 * .xlsx or typed into a CSV exported from one. They are no value at all: a target or an actual that holds one
 * is unreadable (never the `0` of `#DIV/0!`). Matched in any case, since a CSV may hold them as typed.
 */
export const excelErrorValues: ReadonlyArray<string> = [
  "#DIV/0!",
  "#N/A",
  "#REF!",
  "#NUM!",
  "#VALUE!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]

const escaped = excelErrorValues.map((v) => v.slice(1).replace(/[/?]/gu, (c) => `\\${c}`))
const anywhere = new RegExp(`#(?:${escaped.join("|")})`, "iu")

/** The first Excel error value in a text (`≥#REF!` → `#REF!`), in Excel's spelling; undefined when none. */
export const excelError = (text: string): string | undefined => {
  const found = anywhere.exec(text)?.[0]
  return found === undefined ? undefined : excelErrorValues.find((v) => v === found.toUpperCase())
}
