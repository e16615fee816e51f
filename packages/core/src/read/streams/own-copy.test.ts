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
})
