import { presets } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"
import { type MonitorFacts, monitorRunId } from "./record-monitor.ts"
import { runId } from "./run-id.ts"

const inputs = [
  { role: "targets", path: "目标表.txt", sha256: "a".repeat(64) },
  { role: "actuals", path: "表.csv", sha256: "b".repeat(64) },
] as const

const national = presets.national!

const facts: MonitorFacts = {
  engineVersion: "0.1.0",
  year: 2024,
  asOf: "2024-07-31",
  department: null,
  policy: national,
  inputs,
  formats: [],
}

/** The year-end run on exactly the same files, policy, year and formats. */
const yearEndId = runId({
  engineVersion: "0.1.0",
  year: 2024,
  basis: "annual",
  department: null,
  policy: national,
  inputs: inputs.map(({ role, sha256 }) => ({ role, sha256 })),
  outputs: { formats: [] },
})

describe("monitorRunId", () => {
  it("differs from the year-end run's id on the same inputs: the mode is part of the identity", () => {
    expect(monitorRunId(facts)).not.toBe(yearEndId)
    expect(monitorRunId(facts)).toMatch(/^[0-9a-f]{32}$/)
  })

  it("differs by as-of date, and is the same for the same facts (a rerun records nothing new)", () => {
    expect(monitorRunId({ ...facts, asOf: "2024-08-01" })).not.toBe(monitorRunId(facts))
    expect(monitorRunId({ ...facts })).toBe(monitorRunId(facts))
  })

  it("does not depend on where the files are, only on their bytes", () => {
    const moved = facts.inputs.map((i) => ({ ...i, path: `/srv/${i.path}` }))
    expect(monitorRunId({ ...facts, inputs: moved })).toBe(monitorRunId(facts))
    const changed = [facts.inputs[0]!, { ...facts.inputs[1]!, sha256: "c".repeat(64) }]
    expect(monitorRunId({ ...facts, inputs: changed })).not.toBe(monitorRunId(facts))
  })
})
