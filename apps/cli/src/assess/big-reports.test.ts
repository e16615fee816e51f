import { describe, expect, it } from "vitest"
import { uniqueUnitParts } from "./big-reports.ts"

describe("per-unit report names", () => {
  it("never let two units write the same file", () => {
    const long = "单".repeat(90)
    const parts = uniqueUnitParts(["a/b", "a_b", `${long}甲`, `${long}乙`, "A_B"])
    expect([...parts.values()]).toEqual(["a_b", "a_b(2)", "单".repeat(80), `${"单".repeat(80)}(2)`, "A_B(3)"])
    expect(new Set([...parts.values()].map((p) => p.toLowerCase())).size).toBe(5)
  })
})
