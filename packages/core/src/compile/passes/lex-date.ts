/**
 * Dates as targets write them: `2024年12月前`, `2024年底`, `11月底前`, `2021年12月31日`, `2024.10.31前`,
 * `上半年`, `第三季度`. Reads the date and a following `前`/`之前`/`以前`; resolve-deadline gives it a day.
 */
import type { WrittenDate } from "../draft.ts"

const quarterNumber: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  一: 1,
  "1": 1,
  二: 2,
  "2": 2,
  三: 3,
  "3": 3,
  四: 4,
  "4": 4,
}

/**
 * A year, month and day first (`2024/12/31`), so that the year-month after it never takes their place. Any
 * four-digit year is read (`0024-11-30`), so that resolve-deadline can refuse one outside the year window
 * rather than the lexer reading it as numbers.
 */
const yearMonthDay = /^(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})[日号]?/
/** A lone year with a part of it (`2024年底`, `上半年`): patterns the others leave. */
const yearPart = /^(?:(\d{4})年)?(上半年|下半年|年底|年末|底|末|内|度|年内)?/

const patterns: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Omit<WrittenDate, "before">]> = [
  // One separator throughout (`2024.10.31`, `2024-10-31`): `1000.1-10` is a number and a range.
  [yearMonthDay, (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), part: null })],
  // `2024.01`, `2023.7前`, `2023.07-2024.01`: a year and a month, when the text ends there, a date word
  // follows, or a span to another year does; `2023.5万`, `1990.1`, `2022.12至29674家` stay numbers.
  [
    /^(20\d\d)[./](?:(0[1-9]|1[0-2])(?=$|前|之前|以前|底|末|(?:-+|~+|至|到)20\d\d(?:[./年]|$))|([1-9])(?=前|之前|以前|底|末))/,
    (m) => ({ year: Number(m[1]), month: Number(m[2] ?? m[3]), day: null, part: null }),
  ],
  // `6-8月`, `2024年3-6月`: a span of months ends with its last month.
  [
    /^(?:(\d{4})年)?(\d{1,2})(?:-+|~+|至|到)(\d{1,2})月(底|末)?/,
    (m) => ({ year: m[1] ? Number(m[1]) : null, month: Number(m[3]), day: null, part: m[4] ? "end" : null }),
  ],
  // `2023-2025年`, `2023年至2025年`: a span of years ends with its last year.
  [
    /^(\d{4})年?(?:-+|~+|至|到)(\d{4})年(?!\d|\d{0,2}月)/,
    (m) => ({ year: Number(m[2]), month: null, day: null, part: null }),
  ],
  [
    /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/,
    (m) => ({ year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]), part: null }),
  ],
  [
    /^(?:(\d{4})年)?(\d{1,2})月(底|末|份)?/,
    (m) => ({
      year: m[1] ? Number(m[1]) : null,
      month: Number(m[2]),
      day: null,
      part: m[3] === "底" || m[3] === "末" ? "end" : null,
    }),
  ],
  [
    /^(?:(\d{4})年)?(?:度)?第?([一二三四1-4])季度末?/,
    (m) => ({
      year: m[1] ? Number(m[1]) : null,
      month: null,
      day: null,
      part: `q${quarterNumber[m[2]!]}` as WrittenDate["part"],
    }),
  ],
  [
    yearPart,
    (m) => {
      const which = m[2] ?? ""
      const part = which === "上半年" ? "h1" : which === "下半年" ? "h2" : which === "" ? null : "end"
      return { year: m[1] ? Number(m[1]) : null, month: null, day: null, part }
    },
  ],
]

const dateStart = /^[\d上下年底末内度第一二三四]/u

/** Reads a date at the start of `text`, with the length it covers; undefined when none starts there. */
export const lexDate = (
  text: string,
): { readonly date: WrittenDate; readonly length: number } | undefined => {
  // Every date starts with a digit or one of these: the lexer asks at every character, most of them no date.
  if (!dateStart.test(text)) return undefined
  for (const [pattern, read] of patterns) {
    const m = pattern.exec(text)
    if (!m || m[0].length === 0) continue
    // A lone `底`/`末`/`内`/`度` without a year is not a date.
    if (m[0].length === 1 && !/\d/.test(m[0])) continue
    if (pattern === yearPart && m[1] === undefined && !/^(?:上半年|下半年|年底|年末|年内)/.test(m[0]))
      continue
    const after = /^(?:之前|以前|前)/.exec(text.slice(m[0].length))
    const date = { ...read(m), before: after !== null }
    const month = date.month
    if (month !== null && (month < 1 || month > 12)) return undefined
    return { date, length: m[0].length + (after?.[0].length ?? 0) }
  }
  return undefined
}
