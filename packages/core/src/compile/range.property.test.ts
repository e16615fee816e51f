/** Laws of ranges (issue #12): a range's `expects` compiles back to the same range; compiling never throws. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { compileTarget } from "./compile-target.ts"
import { targetToJson } from "./to-json.ts"

const dashes = ["-", "～", "~", "至", "到", "—"] as const
const units = ["", "次", "家", "%", "万元", "人", "天", "平方米"] as const
const bound = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? String(int) : `${int}.${frac}`))

const written = fc
  .tuple(bound, bound, fc.constantFrom(...dashes), fc.constantFrom(...units), fc.boolean())
  .map(([a, b, dash, unit, both]) => {
    const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a]
    // `80%-90%` writes the unit twice, `2-4次` once.
    return `${low}${both && unit === "%" ? "%" : ""}${dash}${high}${unit}`
  })

const meaning = (text: string) => {
  const { kind, min, max, minOp, maxOp, unit } = targetToJson(compileTarget(text))
  return {
    kind,
    min: min === null ? null : Number(min),
    max: max === null ? null : Number(max),
    minOp,
    maxOp,
    unit,
  }
}

describe("range laws", () => {
  it("a number, a dash and a number form a range whose expects compiles back to it", () => {
    fc.assert(
      fc.property(written, (text) => {
        const first = meaning(text)
        expect(first.kind).toBe("range")
        expect(first.min! <= first.max!).toBe(true)
        expect(meaning(compileTarget(text).expects)).toEqual(first)
      }),
      { numRuns: 400 },
    )
  })

  it("a pair of bounds from both sides, and ±, compile back to the same range", () => {
    const pair = fc
      .tuple(bound, bound, fc.constantFrom("≥", ">"), fc.constantFrom("≤", "<"), fc.constantFrom("%", "次"))
      .map(([a, b, lo, hi, unit]) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a]
        return `${lo}${low}${unit}、${hi}${high}${unit}`
      })
    const spread = bound.map((v) => `误差±${v}%以内`)
    fc.assert(
      fc.property(fc.oneof(pair, spread), (text) => {
        const first = meaning(text)
        expect(first.kind).toBe("range")
        expect(meaning(compileTarget(text).expects)).toEqual(first)
      }),
      { numRuns: 300 },
    )
  })

  it("never throws on range-like text", () => {
    const alphabet = fc.constantFrom(
      "1",
      "2",
      "9",
      "-",
      "~",
      "至",
      "与",
      "之间",
      "介于",
      "±",
      "%",
      "次",
      "、",
      "≥",
      "≤",
      "万",
      ".",
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (chars) => {
        expect(() => compileTarget(chars.join(""))).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })
})
