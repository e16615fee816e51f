/**
 * Fuzz: policy files (`decodePolicy`, `decodePolicyText`) and run configs (`decodeConfig`). Any JSON, and
 * any text, gives a policy or config, or errors that name their key; never a defect, never a polluted
 * prototype. A policy that decodes also scores the seed without a defect, totals within [0, 100].
 */
import type { ActualsTable, BudgetTable, TargetTable } from "@jixiao/core"
import {
  assess,
  assessmentToJson,
  compileFormulas,
  decodePolicy,
  decodePolicyText,
  formatPolicyError,
  type PolicyError,
} from "@jixiao/scoring"
import { Effect, Exit, Result } from "effect"
import * as fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import { decodeConfig, formatConfigError } from "../../apps/cli/src/app/config.js"
import { plainDecimal, sum } from "../../packages/scoring/src/policy/exact.js"
import { expectNoDefect, runs, timed, timedAsync, timeout } from "./support.ts"

const number = fc.oneof(
  fc.integer({ min: -10, max: 120 }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.constantFrom("0.9", "50", "1e2", "-1", "abc", "", 1e308, -0),
  fc.constant(null),
  fc.boolean(),
)
const word = (...words: string[]) => fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), number)
const TOKENS = [
  ..."+-*/^()?:,.<>=!",
  "actual",
  "target",
  "weight",
  "rate",
  "min(",
  "max(",
  "abs(",
  "round(",
  "1",
  "0",
  "0.5",
  "100",
  "1e308",
  "import(",
  "evaluate(",
  "f(x)=1",
  "a=1",
  "[1,2]",
  '"s"',
  "x",
  "==",
  ">=",
  " ",
]
const formula = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join("")),
  fc.constantFrom(
    "actual / target * weight",
    "min(actual / target, 1) * weight",
    "rate * weight",
    "weight / (actual - actual)",
  ),
  fc.string({ maxLength: 10 }),
)
const some = <T>(record: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(record, { requiredKeys: [] })

/** A policy file: the keys of the schema with values right, wrong or out of range, plus unknown keys. */
const policyJson = some({
  extends: word("national", "sichuan", "profile-20-40-40", "langfang-whole-points"),
  name: fc.string({ maxLength: 8 }),
  weights: some({
    mode: word("groups", "free"),
    budget: number,
    groups: some({ output: number, benefit: number, satisfaction: number, cost: number }),
    indicators: number,
    missingGroup: word("proportional", "drop"),
    mergeInto: some({ cost: word("output", "benefit", "cost"), satisfaction: word("benefit", "output") }),
  }),
  reverseFormula: word("ratio", "linear"),
  costEquals: word("upper_bound", "exact"),
  qualitative: some({
    bands: some({
      achieved: fc.tuple(number, number),
      partial: fc.tuple(number, number),
      failed: fc.tuple(number, number),
    }),
    defaultShare: some({ achieved: number, partial: number, failed: number }),
  }),
  lateShare: number,
  overAchievement: number,
  budgetExplainBelow: number,
  rounding: some({ decimals: number, mode: word("half_up", "truncate") }),
  grades: fc.array(fc.record({ grade: word("优", "良", "中", "差"), min: number }), { maxLength: 5 }),
  rollup: word("budget_weighted", "mean"),
  formulas: some({ positive: formula, reverse: formula, budget: formula }),
  levle2: fc.string({ maxLength: 3 }),
})
/** A policy file a finance bureau might write: a preset and a few valid overrides, formulas included. */
const usablePolicy = some({
  extends: fc.constantFrom("national", "sichuan", "profile-20-40-40", "langfang-whole-points"),
  reverseFormula: fc.constantFrom("ratio", "linear"),
  costEquals: fc.constantFrom("upper_bound", "exact"),
  lateShare: fc.integer({ min: 0, max: 100 }),
  overAchievement: fc.constantFrom(1, 1.2, "1.5", 3),
  rounding: some({ decimals: fc.integer({ min: 0, max: 6 }), mode: fc.constantFrom("half_up", "truncate") }),
  rollup: fc.constantFrom("budget_weighted", "mean"),
  formulas: some({
    positive: fc.constantFrom(
      "min(actual / target, 1) * weight",
      "actual >= target ? weight : 0",
      "weight / (actual - actual)",
      "(actual / 3) ^ 1000 * weight",
      "(actual / 3) ^ 100000 * weight",
      "min(weight, actual > target)",
      "weight * 2",
      "-weight",
      "actual / target * weight",
    ),
    reverse: fc.constantFrom("min(target / actual, 1) * weight", "target / actual * weight", "weight ^ 1000"),
    budget: fc.constantFrom(
      "min(rate, 1) * weight",
      "rate * weight",
      "weight / rate",
      "round(rate) * weight",
    ),
  }),
})
const anyJson = fc.oneof(
  { weight: 3, arbitrary: usablePolicy },
  { weight: 3, arbitrary: policyJson },
  { weight: 1, arbitrary: fc.jsonValue() },
)

/** Text of a policy or config file: its JSON, with `__proto__` keys spliced in, cut short, or anything. */
const fileText = (json: fc.Arbitrary<unknown>) =>
  fc.oneof(
    json.map((j) => JSON.stringify(j)),
    json.map((j) =>
      JSON.stringify(j).replace(
        /^\{/,
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},',
      ),
    ),
    fc.tuple(json, fc.nat()).map(([j, n]) => JSON.stringify(j).slice(0, n)),
    fc.string({ maxLength: 40 }),
  )

const expectUnpolluted = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.keys(Object.prototype)).toEqual([])
}

/** Every issue of a refused policy is worded, in Chinese, naming the file. */
const expectWorded = (error: PolicyError) => {
  const lines = formatPolicyError(error)
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) expect(line).toContain("p.json")
}

describe("fuzz: policy files", () => {
  let seed: { table: TargetTable; actuals: ActualsTable; budget: BudgetTable }
  beforeAll(async () => {
    seed = await (await import("./seed-tables.ts")).seedTables()
  })

  it(
    "decode any JSON to a policy or worded issues; a policy scores the seed with totals in [0, 100]",
    async () => {
      let scored = 0
      await fc.assert(
        fc.asyncProperty(anyJson, async (json) => {
          const exit = await timedAsync(() => Effect.runPromiseExit(decodePolicy(json, "p.json")))
          expectUnpolluted()
          const policy = expectNoDefect(exit, "PolicyError")
          if (Exit.isFailure(exit)) return expectWorded(policy as PolicyError)
          if ("_tag" in policy) return
          const formulas = await compileFormulas(policy)
          const result = await timedAsync(async () => assess({ ...seed, policy, year: 2024, formulas }))
          for (const project of result.projects) {
            expect(Number(project.total)).toBeGreaterThanOrEqual(0)
            expect(Number(project.total)).toBeLessThanOrEqual(100)
          }
          expect(result.rows.in).toBe(result.rows.graded + result.rows.rejected)
          scored++
        }),
        { ...runs(150), timeout: 5_000 },
      )
      expect(scored, "some random policies are valid and get used").toBeGreaterThan(5)
    },
    timeout(20_000),
  )

  it(
    "decode any text, __proto__ keys included, without a defect or a polluted prototype",
    async () => {
      await fc.assert(
        fc.asyncProperty(fileText(anyJson), async (text) => {
          const exit = await timedAsync(() => Effect.runPromiseExit(decodePolicyText(text, "p.json")))
          expectUnpolluted()
          const policy = expectNoDefect(exit, "PolicyError")
          if (Exit.isFailure(exit)) expectWorded(policy as PolicyError)
        }),
        { ...runs(200), timeout: 5_000 },
      )
    },
    timeout(10_000),
  )
})

/** A positive number from 1e-30 up: `m × 10^e`, as a JSON number or as the decimal string it is. */
const scaled = (low: number, high: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: low, max: high }), fc.boolean())
    .map(([m, e, asText]) => {
      const n = Number(`${m}e${e}`)
      return asText ? plainDecimal(n) : n
    })
const tiny = fc.oneof(scaled(-30, -7), fc.constantFrom(1e-30, Number.MIN_VALUE))
const huge = fc.oneof(scaled(21, 307), fc.constantFrom(1e308, Number.MAX_VALUE))
const extreme = fc.oneof(tiny, huge)
/** Just above `base`: `1.000…0003`, a decimal string (as a float it would be `base` itself). */
const above = (base: number) => tiny.map((t) => sum([base, t]))

/** A usable policy whose every numeric key is huge or tiny, within its bounds. */
const extremePolicy = some({
  overAchievement: fc.oneof(huge, above(1)),
  magnitudeSuspect: fc.oneof(huge, above(2)),
  budgetRatePlausible: fc.oneof(huge, above(1)),
  budgetExplainBelow: tiny,
  lateShare: fc.oneof(
    tiny,
    tiny.map((t) => sum([100, `-${plainDecimal(t)}`])),
  ),
  qualitative: tiny.map((t) => ({
    bands: { failed: [0, t], partial: [t, 80], achieved: [80, 100] },
    defaultShare: { failed: 0, partial: t, achieved: 100 },
  })),
  grades: tiny.map((t) => [
    { grade: "优", min: 90 },
    { grade: "良", min: 80 },
    { grade: "中", min: t },
    { grade: "差", min: 0 },
  ]),
  weights: tiny.map((t) => ({ budget: t, groups: { output: sum([60, `-${plainDecimal(t)}`]) } })),
})
/** The same keys, each huge or tiny regardless of its bounds (most are refused). */
const anyExtremePolicy = some({
  overAchievement: extreme,
  magnitudeSuspect: extreme,
  budgetRatePlausible: extreme,
  budgetExplainBelow: extreme,
  lateShare: extreme,
  qualitative: some({
    bands: some({ failed: fc.tuple(extreme, extreme), partial: fc.tuple(extreme, extreme) }),
    defaultShare: some({ achieved: extreme, partial: extreme, failed: extreme }),
  }),
  grades: fc.array(fc.record({ grade: fc.constantFrom("优", "良", "中", "差"), min: extreme }), {
    maxLength: 4,
  }),
  weights: some({
    budget: extreme,
    indicators: extreme,
    groups: some({ output: extreme, benefit: extreme, satisfaction: extreme, cost: extreme }),
  }),
  rounding: some({ decimals: extreme }),
})

const meta = { engineVersion: "test", inputs: { targets: "t", actuals: null, budget: null } }

describe("fuzz: huge and tiny policy numbers (issue #15 item 10)", () => {
  let seed: { table: TargetTable; actuals: ActualsTable; budget: BudgetTable }
  beforeAll(async () => {
    seed = await (await import("./seed-tables.ts")).seedTables()
  })

  it(
    "from 1e-30 to 1e308 in every numeric key: refused with worded issues, or the seed is graded",
    async () => {
      let scored = 0
      await fc.assert(
        fc.asyncProperty(fc.oneof(extremePolicy, anyExtremePolicy), async (json) => {
          const exit = await timedAsync(() => Effect.runPromiseExit(decodePolicy(json, "p.json")))
          const policy = expectNoDefect(exit, "PolicyError")
          if (Exit.isFailure(exit)) return expectWorded(policy as PolicyError)
          if ("_tag" in policy) return
          const result = await timedAsync(async () => assess({ ...seed, policy, year: 2024 }))
          // Exactly: as floats, totals over denominators of 10^324 read as NaN.
          for (const project of result.projects) {
            expect(project.total.compare(0)).toBeGreaterThanOrEqual(0)
            expect(project.total.compare(100)).toBeLessThanOrEqual(0)
          }
          expect(result.rows.in).toBe(result.rows.graded + result.rows.rejected)
          const written = assessmentToJson(result, meta)
          for (const project of written.projects) expect(project.total).toBeGreaterThanOrEqual(0)
          scored++
        }),
        { ...runs(60), timeout: 5_000 },
      )
      expect(scored, "most extreme policies are valid and get used").toBeGreaterThan(20)
    },
    timeout(20_000),
  )
})

describe("fuzz: run configs", () => {
  const path = fc.oneof(
    fc.constantFrom("a.txt", "../x.csv", "/etc/passwd", "", "目标表.xlsx"),
    fc.string({ maxLength: 6 }),
    number,
  )
  const configJson = fc.oneof(
    some({
      department: fc.oneof(fc.string({ maxLength: 6 }), number),
      year: fc.oneof(fc.integer({ min: 1900, max: 2300 }), number),
      basis: word("annual", "period"),
      inputs: fc.oneof(some({ targets: path, actuals: path, budget: path, policy: path }), number),
      policy: path,
      outputs: some({ folder: path, formats: fc.array(word("html", "xlsx", "md", "csv"), { maxLength: 5 }) }),
      ledger: path,
      failOn: word("never", "rejected", "warning", "error"),
      fail_on: number,
    }),
    fc.jsonValue(),
  )

  it(
    "decode any text to a config or one worded line per problem, never throwing",
    () => {
      fc.assert(
        fc.property(fileText(configJson), (text) => {
          const result = timed(() => decodeConfig(text, "jixiao.config.json"))
          expectUnpolluted()
          if (Result.isSuccess(result)) return
          const message = formatConfigError(result.failure)
          expect(message).toContain("jixiao.config.json")
          expect(message.split("\n")).toHaveLength(result.failure.issues.length)
        }),
        runs(400),
      )
    },
    timeout(10_000),
  )
})
