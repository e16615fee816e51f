import { describe, expect, it } from "vitest"
import { presets } from "../policy/presets.ts"
import { type FormInput, formFindings } from "./rules.ts"

const national = presets.national!.monitor
const codes = (input: Partial<FormInput>) =>
  formFindings({ light: "green", likelihood: null, hasReason: false, policy: national, ...input }).map(
    (f) => f.code,
  )

describe("the rules monitoring forms enforce", () => {
  it("a yellow or red light without a 偏差原因 is a finding; green, not due and review lights are not", () => {
    expect(codes({ light: "yellow" })).toEqual(["reason_missing"])
    expect(codes({ light: "red" })).toEqual(["reason_missing"])
    expect(codes({ light: "red", hasReason: true })).toEqual([])
    for (const light of ["green", "not_due", "needs_review"] as const) expect(codes({ light })).toEqual([])
  })

  it("Ningxia's variant asks a reason of red lights only", () => {
    const policy = { ...national, reasonFor: "red" as const }
    expect(codes({ light: "yellow", policy })).toEqual([])
    expect(codes({ light: "red", policy })).toEqual(["reason_missing"])
  })

  it("有可能 or 完全不可能 without a 偏差原因 is a finding (Tianjin), unless the policy says not", () => {
    expect(codes({ likelihood: "possible" })).toEqual(["likelihood_without_reason"])
    expect(codes({ likelihood: "impossible" })).toEqual(["likelihood_without_reason"])
    expect(codes({ likelihood: "impossible", hasReason: true })).toEqual([])
    expect(codes({ likelihood: "certain" })).toEqual([])
    expect(codes({ likelihood: "possible", policy: { ...national, likelihoodNeedsReason: false } })).toEqual(
      [],
    )
    // One missing reason is one finding.
    expect(codes({ likelihood: "possible", light: "yellow" })).toEqual(["reason_missing"])
  })

  it("确定能 under a red light is a finding", () => {
    expect(codes({ likelihood: "certain", light: "red", hasReason: true })).toEqual(["certain_under_red"])
    expect(codes({ likelihood: "certain", light: "yellow", hasReason: true })).toEqual([])
  })
})
