import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import { fiscalDateAt, timeProgress } from "./time-progress.ts"

const ok = (asOf: string, year?: number) => {
  const r = timeProgress(asOf, year)
  if (!r.ok) throw new Error(r.code)
  return r.value
}

describe("timeProgress (序时进度)", () => {
  it.each([
    ["2024-01-01", 1, 366],
    ["2024-02-28", 59, 366],
    ["2024-02-29", 60, 366],
    ["2024-03-01", 61, 366],
    ["2024-07-31", 213, 366],
    ["2024-12-31", 366, 366],
    ["2023-01-01", 1, 365],
    ["2023-03-01", 60, 365],
    ["2023-12-31", 365, 365],
    ["2100-03-01", 60, 365],
    ["2000-03-01", 61, 366],
  ])("%s is day %i of %i", (asOf, elapsed, days) => {
    const p = ok(asOf)
    expect([p.elapsed, p.days]).toEqual([elapsed, days])
    expect(p.share.equals(exact(elapsed).div(days))).toBe(true)
  })

  it("the last day of the year is the whole year", () => {
    expect(ok("2024-12-31").share.equals(1)).toBe(true)
  })

  it.each(["2023-02-29", "2024-02-30", "2024-13-01", "2024-7-31", "20240731", "", "2024-00-10"])(
    "%s is no calendar date",
    (asOf) => {
      expect(timeProgress(asOf)).toMatchObject({ ok: false, code: "as_of_invalid" })
    },
  )

  it.each([
    ["2023-12-31", 2024],
    ["2025-01-01", 2024],
  ])("%s lies outside fiscal year %i", (asOf, year) => {
    expect(timeProgress(asOf, year)).toMatchObject({ ok: false, code: "as_of_outside_year", data: { year } })
  })

  it("a later day never has less progress, and progress lies in (0, 1]", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1950, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 30)),
          noInvalidDate: true,
        }),
        (d) => {
          const text = d.toISOString().slice(0, 10)
          const next = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10)
          const a = ok(text)
          expect(a.share.compare(0)).toBeGreaterThan(0)
          expect(a.share.compare(1)).toBeLessThanOrEqual(0)
          const b = timeProgress(next, a.year)
          if (b.ok) expect(b.value.share.compare(a.share)).toBeGreaterThan(0)
          else expect(text.endsWith("-12-31")).toBe(true)
        },
      ),
    )
  })
})

describe("fiscalDateAt (today in Asia/Shanghai)", () => {
  it.each([
    ["2024-12-31T15:59:59.999Z", "2024-12-31"],
    ["2024-12-31T16:00:00.000Z", "2025-01-01"],
    ["2024-12-31T16:30:00.000Z", "2025-01-01"],
    ["2024-02-28T16:00:00.000Z", "2024-02-29"],
    ["2024-07-31T00:00:00.000Z", "2024-07-31"],
    ["2024-07-30T16:00:00.000Z", "2024-07-31"],
  ])("%s is %s in Shanghai", (instant, day) => {
    expect(fiscalDateAt(Date.parse(instant))).toBe(day)
  })

  it("is always a date timeProgress accepts, in its own year", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse("1950-01-01"), max: Date.parse("2199-12-31") }), (t) => {
        const day = fiscalDateAt(t)
        expect(timeProgress(day).ok).toBe(true)
      }),
    )
  })
})
