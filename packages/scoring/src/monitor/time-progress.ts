/**
 * 序时进度 (domain §5): the days of the fiscal year elapsed by the as-of date, the date itself counted,
 * ÷ the days of the year, as calendar days in Asia/Shanghai (a leap year has 366, 29 February among them).
 * 1 January is 1 ÷ 365 (or 366); 31 December is the whole year.
 */
import { TZDate } from "@date-fns/tz"
import { differenceInCalendarDays, getDaysInYear } from "date-fns"
import { type Exact, exact } from "../numbers.ts"

/** The time zone of every Chinese fiscal calendar. */
export const FISCAL_ZONE = "Asia/Shanghai"

/** How far the fiscal year has run on the as-of date. */
export interface TimeProgress {
  readonly asOf: string
  readonly year: number
  /** Days elapsed, the as-of date included (1 on 1 January). */
  readonly elapsed: number
  /** Days of the fiscal year (365 or 366). */
  readonly days: number
  /** elapsed ÷ days, exactly: a share in (0, 1]. */
  readonly share: Exact
}

/** Why no time progress could be worked out: a date that is no calendar date, or one outside the year. */
export type TimeProgressError =
  | { readonly code: "as_of_invalid"; readonly data: { readonly asOf: string } }
  | { readonly code: "as_of_outside_year"; readonly data: { readonly asOf: string; readonly year: number } }

/** `YYYY-MM-DD` as a calendar day in Asia/Shanghai, or null when no such day exists (`2023-02-29`). */
export const fiscalDay = (text: string): TZDate | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const day = new TZDate(y, m - 1, d, FISCAL_ZONE)
  return day.getFullYear() === y && day.getMonth() === m - 1 && day.getDate() === d ? day : null
}

/**
 * The calendar day (`YYYY-MM-DD`) in Asia/Shanghai at an instant: what "today" is for a Chinese fiscal
 * calendar, whatever the machine's zone (2024-12-31T16:30Z is 2025-01-01 there).
 *
 * @example
 * fiscalDateAt(Date.parse("2024-12-31T16:30:00Z")) // → "2025-01-01"
 */
export const fiscalDateAt = (epochMillis: number): string => {
  const day = new TZDate(epochMillis, FISCAL_ZONE)
  const two = (n: number) => String(n).padStart(2, "0")
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` comes first. */
export const daysBetween = (from: TZDate, to: TZDate): number => differenceInCalendarDays(to, from)

/**
 * 序时进度 on `asOf` in fiscal year `year` (the as-of date's own year when not given).
 *
 * @example
 * timeProgress("2024-07-31") // → { elapsed: 213, days: 366, share: 213/366 }
 */
export const timeProgress = (
  asOf: string,
  year?: number,
): { readonly ok: true; readonly value: TimeProgress } | ({ readonly ok: false } & TimeProgressError) => {
  const day = fiscalDay(asOf)
  if (day === null) return { ok: false, code: "as_of_invalid", data: { asOf } }
  const fiscalYear = year ?? day.getFullYear()
  if (day.getFullYear() !== fiscalYear)
    return { ok: false, code: "as_of_outside_year", data: { asOf, year: fiscalYear } }
  const first = new TZDate(fiscalYear, 0, 1, FISCAL_ZONE)
  const elapsed = daysBetween(first, day) + 1
  const days = getDaysInYear(first)
  return { ok: true, value: { asOf, year: fiscalYear, elapsed, days, share: exact(elapsed).div(days) } }
}
