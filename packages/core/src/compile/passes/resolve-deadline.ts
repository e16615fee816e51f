/**
 * Pass 7 — resolve-deadline: a written date into the last day that still counts, as a calendar date
 * in Asia/Shanghai (this machine and CI run in UTC; a deadline is a Chinese calendar day).
 *
 * Readings (documented in README): `2024年12月前` is before December begins → 2024-11-30; `11月底前`
 * and `2024年12月` → the month's last day; `2024年底` → 12-31; `上半年` → 06-30; `第三季度` → 09-30; a
 * full date, with or without `前`, counts that day (`2024.10.31前` → 2024-10-31). No year written and
 * none in the context → null, with an issue; a year outside YEAR_WINDOW (`0024年`) → null, with an error.
 */
import { TZDate } from "@date-fns/tz/date"
import { endOfQuarter } from "date-fns/endOfQuarter"
import { format } from "date-fns/format"
import { getDaysInMonth } from "date-fns/getDaysInMonth"
import { lastDayOfMonth } from "date-fns/lastDayOfMonth"
import { subMonths } from "date-fns/subMonths"
import { pass, type WrittenDate } from "../draft.ts"
import { plausibleYear, YEAR_WINDOW } from "../lexicon/year-window.ts"

/** The time zone of every deadline. */
export const deadlineZone = "Asia/Shanghai"

const day = (year: number, month: number, date: number) => new TZDate(year, month - 1, date, deadlineZone)

const lastDay = (written: WrittenDate, year: number): Date | undefined => {
  const { month, day: date, part, before } = written
  if (month !== null && date !== null) {
    if (date < 1 || date > getDaysInMonth(day(year, month, 1))) return undefined
    return day(year, month, date)
  }
  if (month !== null) {
    const first = day(year, month, 1)
    return before && part !== "end" ? lastDayOfMonth(subMonths(first, 1)) : lastDayOfMonth(first)
  }
  if (part === "h1") return day(year, 6, 30)
  if (part?.startsWith("q")) return endOfQuarter(day(year, (Number(part.slice(1)) - 1) * 3 + 1, 1))
  // A year alone, 年底, 下半年: the year's last day; `2025年前` is before that year begins.
  return before && part === null ? day(year - 1, 12, 31) : day(year, 12, 31)
}

/** A leap year, so that a month-only deadline resolves every day that exists (`2月29日前`). */
const anyYear = 2024

export const resolveDeadline = pass(["year"], (draft, features) => {
  if (draft.kind !== "deadline" || draft.date === null) return
  const year = draft.date.year ?? features.year ?? null
  // `0024年11月30日前`: a JavaScript Date would make it 1924; a year outside the window is an error instead.
  if (year !== null && !plausibleYear(year)) {
    const { min, max } = YEAR_WINDOW
    draft.issues.push({ code: "deadline_year_implausible", severity: "error", data: { year, min, max } })
    return
  }
  // The month and day are known without the year (a leap year stands in, so 2月29日 exists): a month-only
  // actual compares within one fiscal year. One day is worked out either way (time-zone dates are not free).
  const last = lastDay(draft.date, year ?? anyYear)
  const day = last === undefined ? undefined : format(last, "yyyy-MM-dd")
  // `2025年前` is the last day of 2024: a month and day of another year than the one asked are none.
  draft.monthDay = day?.startsWith(String(year ?? anyYear)) ? day.slice(5) : null
  if (year === null) {
    draft.issues.push({ code: "deadline_year_missing", severity: "warning" })
    return
  }
  if (day === undefined) {
    draft.issues.push({ code: "deadline_invalid", severity: "error", data: { text: draft.text } })
    return
  }
  draft.deadline = day
})
