import { describe, expect, it } from "vitest"
import { compare, sum } from "./exact.ts"

describe("exact policy numbers", () => {
  it.each([
    [1, "1.0", 0],
    ["0.1", 0.2, -1],
    ["100.0000000000000000001", 100, 1],
    ["-0.5", 0, -1],
    [1e-7, "0.0000001", 0],
    ["1.30", 1.3, 0],
    // Found by fuzzing: 1e21 and up used to throw (toFixed answers in exponent form from there on).
    [1e308, 100, 1],
    [-1e21, "-1000000000000000000000", 0],
    [1.5e-10, "0.00000000015", 0],
  ] as const)("compare(%s, %s) = %i", (a, b, expected) => {
    expect(compare(a, b)).toBe(expected)
  })

  it("sums without float drift", () => {
    expect(sum(["0.1", "0.2"])).toBe("0.3")
    expect(sum([0.1, 0.2])).toBe("0.3")
    expect(sum([10, "50", 30, "9.5", "0.5"])).toBe("100")
    expect(sum(["-1.25", "0.25"])).toBe("-1")
    expect(sum(["-0.25", "0"])).toBe("-0.25")
    expect(sum([])).toBe("0")
  })
})
