import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { compileTarget } from "../compile-target.ts"
import { targetToJson } from "../to-json.ts"
import { readChineseNumeral } from "./numerals.ts"

describe("readChineseNumeral", () => {
  it.each([
    ["一", "1"],
    ["两", "2"],
    ["十", "10"],
    ["十二", "12"],
    ["二十", "20"],
    ["一百零五", "105"],
    ["一千二百", "1200"],
    ["三万五千", "35000"],
    ["十亿", "1000000000"],
    ["一亿零五百万", "105000000"],
    ["九千九百九十九万九千九百九十九", "99999999"],
  ])("%s → %s", (text, value) => {
    expect(readChineseNumeral(text)).toBe(value)
  })

  it.each(["", "二二", "百", "abc"])("rejects %s", (text) => {
    expect(readChineseNumeral(text)).toBeUndefined()
  })
})

describe("Chinese numerals up to 亿 round-trip", () => {
  it("reads back what an independent encoder (nzh) writes, for every n below 10¹²", async () => {
    const { default: Nzh } = await import("nzh")
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(readChineseNumeral(Nzh.cn.encodeS(n))).toBe(String(n))
        expect(readChineseNumeral(Nzh.cn.encodeS(n, { tenMin: false }))).toBe(String(n))
      }),
      { numRuns: 3000 },
    )
  })

  it("compiles a numeral with its unit as an exact quantity", async () => {
    const { default: Nzh } = await import("nzh")
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.constantFrom("人", "场", "个", "家"),
        (n, unit) => {
          const json = targetToJson(compileTarget(`不少于${Nzh.cn.encodeS(n)}${unit}`))
          expect([json.kind, json.op, json.exact, json.unit]).toEqual(["quantity", ">=", String(n), unit])
        },
      ),
      { numRuns: 1000 },
    )
  })
})
