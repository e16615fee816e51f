import { parseTextTable } from "@jixiao/core"
import { assess, assessmentToJson, presets } from "@jixiao/scoring"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { formatResultsError, type ResultsFileError } from "./results-file-error.ts"
import { decodeResults } from "./results-schema.ts"

const table = parseTextTable(
  [
    "部门名称：示例局",
    "示例单位",
    "示例项目\t完成示例工作\t1、产出指标；数量指标；举办活动场次；年度指标值:不少于10场。",
  ].join("\n"),
  "t.txt",
)
const results = assessmentToJson(await assess({ table, policy: presets.national!, year: 2024 }), {
  engineVersion: "test",
  inputs: { targets: "t.txt", actuals: null, budget: null },
})

const failure = (json: unknown): ResultsFileError => {
  const exit = Effect.runSyncExit(decodeResults(json, "out/results.json"))
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause.reasons.find((r) => r._tag === "Fail")?.error
  if (error === undefined) throw new Error("expected a typed failure")
  return error
}

type Key = string | number
type Node = Record<Key, unknown>

/** A deep copy of `results` with the value at `path` replaced (or removed when `value` is undefined). */
const broken = (path: ReadonlyArray<Key>, value?: unknown): unknown => {
  const json = structuredClone(results) as unknown as Node
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, json)
  const last = path[path.length - 1]!
  if (value === undefined) delete parent[last]
  else parent[last] = value
  return json
}

describe("decodeResults", () => {
  it("accepts what the engine writes and hands it back whole, unknown keys included", () => {
    const json = { ...structuredClone(results), extra: 1 }
    expect(Effect.runSync(decodeResults(json, "r.json"))).toBe(json)
  })

  it.each([
    ["a number written as a string", ["projects", 0, "total"], "95", "projects[0].total", "invalid_type"],
    ["a missing key", ["units", 0, "grade"], undefined, "units[0].grade", "missing_key"],
    [
      "an unknown status",
      ["projects", 0, "indicators", 0, "status"],
      "ok",
      "projects[0].indicators[0].status",
      "invalid_choice",
    ],
    ["a list that is not one", ["projects"], {}, "projects", "invalid_type"],
  ] as const)("reports %s at its key path", (_, at, value, path, code) => {
    expect(failure(broken(at, value)).issues).toEqual([expect.objectContaining({ path, code })])
  })

  it("words each issue in Chinese, naming the file and the key", () => {
    expect(formatResultsError(failure(broken(["projects", 0, "total"], "95")))).toBe(
      'out/results.json 中的 projects[0].total 应为数字或空值（null），实际为字符串 "95"',
    )
    expect(formatResultsError(failure([]))).toBe("out/results.json 的内容应为对象，实际为数组")
    expect(formatResultsError(failure(broken(["rows", "in"])))).toBe("out/results.json 中缺少 rows.in")
  })

  it("lists every issue, and says how many more than five", () => {
    const error = failure(
      broken(
        ["units"],
        Array.from({ length: 8 }, () => ({})),
      ),
    )
    expect(error.issues.length).toBeGreaterThan(8)
    const lines = formatResultsError(error).split("\n")
    expect(lines).toHaveLength(6)
    expect(lines[5]).toBe(`另有 ${error.issues.length - 5} 处问题`)
  })
})
