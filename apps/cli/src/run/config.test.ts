import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeConfig, formatConfigError } from "./config.ts"

const issuesOf = (config: unknown) => {
  const decoded = decodeConfig(JSON.stringify(config), "a.json")
  if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
  return decoded.failure.issues
}

describe("decodeConfig", () => {
  it("keeps the bad value of a choice, a range and a type, for the message to show", () => {
    const issues = issuesOf({ inputs: { targets: "t.txt" }, year: 3000, outputs: { formats: ["pdf"] } })
    expect(issues).toContainEqual({
      path: "outputs.formats[0]",
      code: "invalid_choice",
      data: { actual: "pdf", choices: ["html", "xlsx", "md", "csv"] },
    })
    expect(issues).toContainEqual({
      path: "year",
      code: "out_of_range",
      data: { min: 1949, max: 2200, actual: 3000 },
    })
    expect(issuesOf({ inputs: { targets: "t.txt" }, outputs: { formats: "md" } })).toEqual([
      {
        path: "outputs.formats",
        code: "invalid_type",
        data: { expected: "array", received: "string", actual: "md" },
      },
    ])
  })

  it("names a missing key by its whole path", () => {
    expect(issuesOf({ inputs: {} })).toEqual([
      { path: "inputs.targets", code: "missing_key", data: { key: "inputs.targets" } },
    ])
    const decoded = decodeConfig("{}", "a.json")
    if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
    expect(formatConfigError(decoded.failure).match(/"inputs"/g)).toHaveLength(1)
  })

  it("refuses an empty path as empty, not as a wrong type", () => {
    expect(issuesOf({ inputs: { targets: " " } })).toEqual([
      { path: "inputs.targets", code: "empty_value", data: { actual: " " } },
    ])
  })

  it("lets outputs name only the formats: the folder defaults to out, as the README says", () => {
    const decoded = decodeConfig(
      JSON.stringify({ inputs: { targets: "t.txt" }, outputs: { formats: ["md"] } }),
      "a.json",
    )
    expect(Result.isSuccess(decoded)).toBe(true)
  })
})
