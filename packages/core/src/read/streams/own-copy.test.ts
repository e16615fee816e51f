import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ownCopy } from "./own-copy.ts"

describe("ownCopy", () => {
  it("gives back the same text, short or long, cut from a longer one or not", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(50), (text, from) => {
        const cut = `${"前".repeat(from)}${text}`.slice(from)
        expect(ownCopy(cut)).toBe(text)
      }),
    )
  })

  it("keeps any UTF-16 text as it is, lone surrogates and control characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
        expect(ownCopy(`前${text}`.slice(1))).toBe(text)
      }),
    )
    expect(ownCopy("\ud800项目\u0000名称\udfff-12345")).toBe("\ud800项目\u0000名称\udfff-12345")
  })
})
