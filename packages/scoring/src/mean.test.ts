import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ExactSum, quotient } from "./mean.ts"
import { type Exact, exact, presentText } from "./numbers.ts"

const rounding = { decimals: 2, mode: "half_up" } as const
const primes = (from: number, count: number): number[] => {
  const out: number[] = []
  for (let n = from; out.length < count; n++)
    if (![...Array(Math.floor(Math.sqrt(n)) - 1)].some((_, i) => n % (i + 2) === 0)) out.push(n)
  return out
}

describe("ExactSum", () => {
  it("stays exact while the fraction is small", () => {
    const total = new ExactSum()
    for (const t of ["18.75", "56.25", "1/3"]) total.add(exact(t))
    expect(total.isExact).toBe(true)
    expect(quotient(total, exact(3), rounding).toFraction()).toBe(
      exact("18.75").add(exact("56.25")).add(exact("1/3")).div(exact(3)).toFraction(),
    )
  })

  it("drops the exact sum past 256 bits, and still presents what the exact sum would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 99_991 })), {
          minLength: 60,
          maxLength: 300,
        }),
        (pairs) => {
          const total = new ExactSum()
          let exactTotal: Exact = exact(0)
          for (const [n, d] of pairs) {
            total.add(exact(`${n}/${d}`))
            exactTotal = exactTotal.add(exact(`${n}/${d}`))
          }
          expect(total.isExact).toBe(false)
          const divisor = exact(pairs.length)
          expect(presentText(quotient(total, divisor, rounding), rounding)).toBe(
            presentText(exactTotal.div(divisor), rounding),
          )
        },
      ),
      { numRuns: 30 },
    )
  })

  it("falls back to the exact sum when the bounds straddle a rounding boundary (an exact 0.125)", () => {
    const total = new ExactSum()
    let rest: Exact = exact("0.125")
    for (const p of primes(1000, 60)) {
      total.add(exact(`1/${p}`))
      rest = rest.sub(exact(`1/${p}`))
    }
    total.add(rest)
    expect(total.isExact).toBe(false)
    const [low, high] = total.bounds()
    expect(presentText(low, rounding)).not.toBe(presentText(high, rounding))
    expect(quotient(total, exact(1), rounding).equals(exact("0.125"))).toBe(true)
  })
})
