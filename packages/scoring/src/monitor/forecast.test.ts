import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import { type ForecastInput, forecastOf } from "./forecast.ts"

const base: ForecastInput = {
  unitForecast: null,
  toDate: null,
  cumulative: false,
  value: null,
  unit: null,
  share: exact(1).div(2),
  certainTarget: null,
}

describe("forecastOf", () => {
  it("takes the unit's own figure first", () => {
    expect(
      forecastOf({ ...base, unitForecast: "140家", toDate: "70家", cumulative: true, value: exact(70) }),
    ).toEqual({ text: "140家", source: "unit" })
  })

  it("projects a running total linearly, exactly", () => {
    const f = forecastOf({ ...base, toDate: "70家", cumulative: true, value: exact(70), unit: "家" })!
    expect(f).toMatchObject({ text: "140家", source: "linear" })
    expect(f.projected!.value.equals(140)).toBe(true)
    const third = forecastOf({
      ...base,
      toDate: "1个",
      cumulative: true,
      value: exact(1),
      unit: "个",
      share: exact(1).div(3),
    })!
    expect(third.text).toBe("3个")
  })

  it("keeps a rate or a judgment as it stands, and takes the target only on 确定能 with nothing reported", () => {
    expect(forecastOf({ ...base, toDate: "96%" })).toEqual({ text: "96%", source: "to_date" })
    expect(forecastOf({ ...base, certainTarget: "95%" })).toEqual({ text: "95%", source: "target" })
    expect(forecastOf({ ...base, toDate: "90%", certainTarget: "95%" })).toEqual({
      text: "90%",
      source: "to_date",
    })
    expect(forecastOf(base)).toBeNull()
  })
})
