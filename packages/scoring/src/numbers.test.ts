import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exact, presentText } from "./numbers.ts"
import { plainDecimal } from "./policy/exact.ts"

describe("exact numbers from a policy", () => {
  it.each([
    [1e21, "1000000000000000000000"],
    [1.5e22, "15000000000000000000000"],
    [1e-7, "0.0000001"],
    [2.5e-10, "0.00000000025"],
    [-3e21, "-3000000000000000000000"],
    [1.3, "1.3"],
    [0, "0"],
  ] as const)("reads the JSON number %s exactly (Fraction.js refuses exponent form)", (value, digits) => {
    expect(exact(value).equals(exact(digits))).toBe(true)
  })

  it("keeps 1e308 and 1e-30 whole", () => {
    expect(presentText(exact(1e308), { decimals: 0, mode: "half_up" })).toBe(`1${"0".repeat(308)}`)
    expect(exact(1e-30).mul(exact(1e30)).toString()).toBe("1")
  })
})

describe("exact numbers from numbers read again and again", () => {
  it("gives each number its own value, however many numbers come and go", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 3000 }),
        (xs) => {
          for (const x of [...xs, ...xs.toReversed()]) {
            expect(exact(x).equals(exact(plainDecimal(x))), String(x)).toBe(true)
          }
        },
      ),
      { numRuns: 20 },
    )
    expect(exact(-0).equals(exact(0))).toBe(true)
  })
})
