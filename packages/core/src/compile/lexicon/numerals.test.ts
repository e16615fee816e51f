import { describe, expect, it } from "vitest"
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
