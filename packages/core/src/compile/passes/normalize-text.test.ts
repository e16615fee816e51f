import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { normalizeText, originalSpan } from "./normalize-text.ts"

describe("normalizeText", () => {
  it.each([
    ["≧９５％", "≥95%"],
    ["≥ 95 %", "≥95%"],
    ["＞＝３", ">=3"],
    ["‹=5次", "<=5次"],
    ["﹦0次", "=0次"],
    ["═1", "=1"],
    ["500㎡", "500平方米"],
    ["合格率100%，优秀率达90%", "合格率100%,优秀率达90%"],
    ["（个）", "(个)"],
  ])("%s → %s", (input, output) => {
    expect(normalizeText(input).text).toBe(output)
  })

  it("maps every normalised span back to the characters it came from", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => {
        const normalized = normalizeText(text)
        const [from, to] = originalSpan(normalized, 0, normalized.text.length)
        expect(from).toBeGreaterThanOrEqual(0)
        expect(to).toBeLessThanOrEqual(text.length)
        expect(from).toBeLessThanOrEqual(to)
      }),
    )
    const normalized = normalizeText("达 ９５ ％")
    expect(originalSpan(normalized, 1, 4)).toEqual([2, 6])
  })
})
