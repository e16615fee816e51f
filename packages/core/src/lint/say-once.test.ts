import { describe, expect, it } from "vitest"
import type { RawFinding } from "./rule.ts"
import { sayOnce } from "./say-once.ts"

const at = { file: "t.csv", row: 3, column: 9 }
const finding = (code: RawFinding["code"], data?: RawFinding["data"], more: Partial<RawFinding> = {}) =>
  ({
    code,
    severity: "warning",
    field: "annual",
    at,
    ...(data === undefined ? {} : { data }),
    ...more,
  }) as RawFinding

describe("sayOnce", () => {
  it("folds the parts' vague_target of one cell into one", () => {
    const text = { text: "服务质量良好；群众满意" }
    expect(sayOnce([finding("vague_target", text), finding("vague_target", text)])).toEqual([
      finding("vague_target", text),
    ])
  })

  it("keeps findings that differ in data, field or cell", () => {
    const raised = [
      finding("target_issue", { issue: "percent_over_100", value: "150", text: "≥150%，≥120%" }),
      finding("target_issue", { issue: "percent_over_100", value: "120", text: "≥150%，≥120%" }),
      finding("vague_target", { text: "良好" }, { field: "period" }),
      finding("vague_target", { text: "良好" }, { at: { ...at, row: 4 } }),
    ]
    expect(sayOnce(raised)).toEqual(raised)
  })

  it("keeps the worst severity of the repeats and the order first raised", () => {
    const raised = [
      finding("unit_missing", { value: "1", text: "a" }),
      finding("vague_target", { text: "a" }, { field: "period" }),
      finding("unit_missing", { value: "1", text: "a" }, { severity: "error" }),
    ]
    expect(sayOnce(raised).map((f) => [f.code, f.severity])).toEqual([
      ["unit_missing", "error"],
      ["vague_target", "warning"],
    ])
  })

  it("leaves out what a more specific finding on the same field says", () => {
    const raised = [
      finding("vague_target", { text: "影响力" }),
      finding("target_repeats_indicator_name", { text: "影响力" }),
      finding("vague_target", { text: "影响力" }, { field: "period" }),
      finding("target_in_indicator_name", { text: "率100%" }, { field: "name", severity: "info" }),
      finding("target_from_name", { name: "率100%" }, { field: "name" }),
    ]
    expect(sayOnce(raised).map((f) => [f.code, f.field])).toEqual([
      ["target_repeats_indicator_name", "annual"],
      ["vague_target", "period"],
      ["target_from_name", "name"],
    ])
  })
})
