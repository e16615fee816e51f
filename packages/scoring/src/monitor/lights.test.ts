import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { deviationOf, lightOfDeviation, lightOfProgress, lightOfRate } from "./lights.ts"

const thresholds = presets.national!.monitor.indicators

describe("lights against 序时进度 (half-open bands, default 15 % and 30 %)", () => {
  it.each([
    ["-0.5", "green"],
    ["0", "green"],
    ["0.1499999", "green"],
    ["0.15", "yellow"],
    ["0.2999999", "yellow"],
    ["0.3", "red"],
    ["1", "red"],
  ])("deviation %s is %s", (deviation, light) => {
    expect(lightOfDeviation(exact(deviation), thresholds)).toBe(light)
  })

  it("deviation is (序时进度 − 完成率) ÷ 序时进度, exactly", () => {
    // 213/366 of the year gone, 85 % of 213/366 done: exactly on the yellow boundary.
    const progress = exact(213).div(366)
    const completion = progress.mul(exact("0.85"))
    expect(deviationOf(completion, progress).equals(exact("0.15"))).toBe(true)
    expect(lightOfProgress(completion, progress, thresholds)).toBe("yellow")
    expect(lightOfProgress(completion.add(exact(1).div(10 ** 9)), progress, thresholds)).toBe("green")
  })

  it("thresholds are the policy's", () => {
    expect(lightOfDeviation(exact("0.1"), { yellowFrom: 5, redFrom: "10" })).toBe("red")
    expect(lightOfDeviation(exact("0.05"), { yellowFrom: 5, redFrom: 10 })).toBe("yellow")
  })

  it("a rate is green only when met, else yellow or red by its shortfall from the target", () => {
    expect(lightOfRate(true, exact("1"), thresholds)).toBe("green")
    expect(lightOfRate(false, exact("0.99"), thresholds)).toBe("yellow")
    expect(lightOfRate(false, exact("0.7000001"), thresholds)).toBe("yellow")
    expect(lightOfRate(false, exact("0.7"), thresholds)).toBe("red")
  })
})

describe("lights are monotone", () => {
  const rank = { green: 0, yellow: 1, red: 2 } as const
  it("more done by the same day never gives a worse light", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 366 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (elapsed, a, b) => {
          const progress = exact(elapsed).div(366)
          const [low, high] = a <= b ? [a, b] : [b, a]
          const worse = lightOfProgress(exact(low).div(1000), progress, thresholds)
          const better = lightOfProgress(exact(high).div(1000), progress, thresholds)
          expect(rank[better as keyof typeof rank]).toBeLessThanOrEqual(rank[worse as keyof typeof rank])
        },
      ),
    )
  })

  it("the same completion later in the year never gives a better light", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 1000 }), (day, done) => {
        const completion = exact(done).div(1000)
        const earlier = lightOfProgress(completion, exact(day).div(366), thresholds)
        const later = lightOfProgress(completion, exact(day + 1).div(366), thresholds)
        expect(rank[later as keyof typeof rank]).toBeGreaterThanOrEqual(rank[earlier as keyof typeof rank])
      }),
    )
  })
})
