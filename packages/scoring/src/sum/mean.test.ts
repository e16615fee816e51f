import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Exact, exact, presentText } from "../numbers.ts"
import { ExactSum, quotient } from "./mean.ts"

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

  it("keeps every term across its joined chunks (thousands of terms, negative ones among them)", () => {
    const total = new ExactSum()
    // 2,600 terms over 40 prime denominators: past 256 bits, and summed exactly per denominator here.
    const ps = primes(1000, 40)
    const byDenominator = new Map<number, bigint>()
    for (let i = 0; i < 2600; i++) {
      const p = ps[i % ps.length]!
      const n = i % 7 === 0 ? -i : i
      total.add(exact(`${n}/${p}`))
      byDenominator.set(p, (byDenominator.get(p) ?? 0n) + BigInt(n))
    }
    const expected = [...byDenominator].reduce((sum: Exact, [p, n]) => sum.add(exact(`${n}/${p}`)), exact(0))
    expect(total.isExact).toBe(false)
    expect(total.exact().equals(expected)).toBe(true)
  })

  it("a sum of sums keeps no terms and gives what one sum of every term gives, exact fallback included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -500, max: 10_000 }), fc.integer({ min: 2, max: 99_991 }), fc.nat(4)),
          { minLength: 1, maxLength: 200 },
        ),
        (terms) => {
          const units = Array.from({ length: 5 }, () => new ExactSum())
          const department = new ExactSum(() => units)
          const alone = new ExactSum()
          for (const [n, d, unit] of terms) {
            const term = exact(`${n}/${d}`)
            units[unit]!.add(term)
            department.add(term)
            alone.add(term)
          }
          expect(department.isExact).toBe(alone.isExact)
          expect(department.exact().equals(alone.exact())).toBe(true)
          const [low, high] = department.bounds()
          const [aloneLow, aloneHigh] = alone.bounds()
          expect(low.equals(aloneLow) && high.equals(aloneHigh)).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
  })

  it("a sum of sums falls back to its parts' exact sums when its bounds straddle a rounding boundary", () => {
    const units = [new ExactSum(), new ExactSum()]
    const department = new ExactSum(() => units)
    let rest: Exact = exact("0.125")
    for (const [i, p] of primes(1000, 60).entries()) {
      units[i % 2]!.add(exact(`1/${p}`))
      department.add(exact(`1/${p}`))
      rest = rest.sub(exact(`1/${p}`))
    }
    units[0]!.add(rest)
    department.add(rest)
    expect(department.isExact).toBe(false)
    const [low, high] = department.bounds()
    expect(presentText(low, rounding)).not.toBe(presentText(high, rounding))
    expect(quotient(department, exact(1), rounding).equals(exact("0.125"))).toBe(true)
  })
})

describe("presentText", () => {
  it("rounds non-negative values as Fraction.round and Fraction.floor do, half up or truncated", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half_up" as const, "truncate" as const),
        (n, d, decimals, mode) => {
          const x = exact(`${n}/${d}`)
          const slow = mode === "truncate" ? x.floor(decimals) : x.round(decimals)
          const [int = "0", frac = ""] = slow.toString().split(".")
          const expected = decimals === 0 ? int : `${int}.${frac.padEnd(decimals, "0")}`
          expect(presentText(x, { decimals, mode })).toBe(expected)
        },
      ),
      { numRuns: 2000 },
    )
    expect(presentText(exact("0.125"), { decimals: 2, mode: "half_up" })).toBe("0.13")
    expect(presentText(exact("0.005"), { decimals: 2, mode: "half_up" })).toBe("0.01")
    expect(presentText(exact("99.999"), { decimals: 2, mode: "truncate" })).toBe("99.99")
  })
})
