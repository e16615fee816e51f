import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cleanSheetName, SHEET_NAME_MAX, sheetNamer } from "./sheet-names.ts"

const valid = (name: string) =>
  name.length > 0 &&
  name.length <= SHEET_NAME_MAX &&
  !/[[\]:*?/\\]|^'|'$/u.test(name) &&
  name.toLowerCase() !== "history"

describe("sheet names", () => {
  it("replaces forbidden characters by their full-width forms", () => {
    expect(cleanSheetName("a/b:c*d?e[f]g\\h'")).toBe("a／b：c＊d？e［f］g＼h’")
    expect(cleanSheetName("  ")).toBe("表")
    expect(cleanSheetName("History")).toBe("History表")
  })

  it("de-duplicates with (2), (3) …, ignoring case, and keeps the suffix within 31", () => {
    const name = sheetNamer()
    expect([name("购置经费"), name("购置经费"), name("购置经费")]).toEqual([
      "购置经费",
      "购置经费(2)",
      "购置经费(3)",
    ])
    expect(name("Abc")).toBe("Abc")
    expect(name("aBC")).toBe("aBC(2)")
    const long = "广州市工业和信息化局2023年广州市智能网联汽车(自动驾驶)应用示范运营监控平台建设项目"
    expect(name(long)).toBe(long.slice(0, 31))
    expect(name(long)).toBe(`${long.slice(0, 28)}(2)`)
  })

  it("never splits a surrogate pair", () => {
    const name = sheetNamer()(`${"a".repeat(30)}𠀀`)
    expect(name).toBe("a".repeat(30))
  })

  it("always hands out valid, distinct names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40, unit: "binary" }), { maxLength: 30 }), (wanted) => {
        const name = sheetNamer()
        const names = wanted.concat(wanted).map(name)
        expect(names.every(valid)).toBe(true)
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
      }),
    )
  })
})
