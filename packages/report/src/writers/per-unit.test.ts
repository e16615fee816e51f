import { describe, expect, it } from "vitest"
import { UNIT_PART_BYTES, uniqueUnitParts, unitFileName } from "./per-unit.ts"

const bytes = (text: string) => Buffer.byteLength(text, "utf8")

describe("per-unit report names", () => {
  it("never let two units write the same file", () => {
    const long = "单".repeat(90)
    const parts = uniqueUnitParts(["a/b", "a_b", `${long}甲`, `${long}乙`, "A_B"])
    const values = [...parts.values()]
    expect(values.slice(0, 2)).toEqual(["a_b", "a_b(2)"])
    expect(values[4]).toBe("A_B(3)")
    expect(new Set(values.map((p) => p.toLowerCase())).size).toBe(5)
  })

  it("keep the name of a unit within 200 bytes as it is", () => {
    const name = "广州市工业和信息化局下属某某某某事业单位".repeat(3) // 60 characters, 180 bytes
    expect(unitFileName(name)).toBe(name)
    expect(unitFileName("单位甲")).toBe("单位甲")
  })

  it("cut a long name by bytes between characters, with a stable digest of the whole name", () => {
    const name = `${"很长的单位名称".repeat(12)}一处` // 86 characters, 258 bytes: more than a file name holds
    const part = unitFileName(name)
    expect(bytes(`自评表-${part}.xlsx`)).toBeLessThanOrEqual(255)
    expect(bytes(part)).toBeLessThanOrEqual(UNIT_PART_BYTES)
    expect(part).toMatch(/^(很长的单位名称)+很?长?的?单?位?名?称?~[0-9a-f]{8}$/)
    expect(unitFileName(name)).toBe(part)
    expect(unitFileName(`${"很长的单位名称".repeat(12)}二处`)).not.toBe(part)
    // An emoji with a skin tone (two code points, 8 bytes) is kept whole or dropped whole.
    const emoji = unitFileName("👍🏽".repeat(40))
    expect(emoji.replace(/~[0-9a-f]{8}$/, "")).toBe("👍🏽".repeat(23))
  })

  it("keep control and bidi characters out of the name", () => {
    expect(unitFileName("evil\u202Egpj.exe")).toBe("evil_gpj.exe")
    expect(unitFileName("a\x1b[2Jb\nc\u0085d\u2066e")).toBe("a_[2Jb_c_d_e")
  })
})
