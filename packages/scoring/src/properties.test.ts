import { compileTarget, type Indicator, type TargetTable } from "@jixiao/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { assess } from "./engine/assess.ts"
import { gradeIndicator } from "./grade/indicator.ts"
import { exact } from "./numbers.ts"
import { presets } from "./policy/presets.ts"

const level = (raw: string) => ({
  raw,
  name: raw.replace(/^\d+-/, ""),
  code: raw.match(/^(\d+)-/)?.[1] ?? null,
  points: null,
})
const cell = (text: string, row = 1) => ({ text, at: { file: "t.csv", row } })
const indicator = (no: number, level1: string, annual: string, actual: string | null): Indicator => ({
  no,
  level1: level(level1),
  level2: level(level1.startsWith("1") ? "11-数量指标" : "22-社会效益"),
  name: `指标${no}`,
  period: null,
  annual: cell(annual, no),
  weight: null,
  actual: actual === null ? null : cell(actual, no),
  deviationReason: cell("说明", no),
  at: { file: "t.csv", row: no },
})

const amount = fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toString())
const positiveTarget = fc.tuple(
  fc.constantFrom("≥", "不少于", "超过", ""),
  fc.integer({ min: 1, max: 10_000 }),
)
const reverseTarget = fc.tuple(fc.constantFrom("≤", "不超过", "少于"), fc.integer({ min: 1, max: 10_000 }))
const policies = fc.constantFrom(...Object.values(presets))
const weight = fc.integer({ min: 1, max: 5000 }).map((n) => exact(n).div(100))

const grade = (target: string, actual: string, w = exact(10), policy = presets.national!) =>
  gradeIndicator({
    indicator: indicator(1, "1-产出指标", target, actual),
    group: "output",
    target: compileTarget(target),
    actual: { text: actual, tier: null, deduction: null, deductionReason: null, deviationReason: "说明" },
    weight: w,
    policy,
  })

const score = (target: string, actual: string, w = exact(10), policy = presets.national!) =>
  grade(target, actual, w, policy).score

/** Scores compared by the monotonicity laws: outcomes left to a person carry no score and are skipped. */
const judged = (target: string, actual: string, policy = presets.national!) => {
  const result = grade(target, actual, exact(10), policy)
  return result.status === "needs_review" ? undefined : result.score
}

describe("scoring laws", () => {
  it("a higher actual never lowers a positive indicator's score (outcomes left to a person aside)", () => {
    fc.assert(
      fc.property(positiveTarget, amount, amount, policies, ([op, t], a, b, policy) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a]
        const target = `${op}${t}家`
        const higher = judged(target, `${high}家`, policy)
        const lower = judged(target, `${low}家`, policy)
        if (higher !== undefined && lower !== undefined)
          expect(higher.compare(lower)).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    )
  })

  it("a lower actual never lowers a reverse indicator's score, under either reverse formula", () => {
    fc.assert(
      fc.property(
        reverseTarget,
        amount,
        amount,
        fc.constantFrom("ratio", "linear"),
        ([op, t], a, b, formula) => {
          const policy = { ...presets.national!, reverseFormula: formula as "ratio" | "linear" }
          const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a]
          const t1 = `${op}${t}次`
          const lower = judged(t1, `${low}次`, policy)
          const higher = judged(t1, `${high}次`, policy)
          if (lower !== undefined && higher !== undefined)
            expect(lower.compare(higher)).toBeGreaterThanOrEqual(0)
        },
      ),
      { numRuns: 500 },
    )
  })

  it("0 ≤ score ≤ weight for any target and actual text", () => {
    const text = fc.oneof(
      amount.map((a) => `${a}家`),
      fc.constantFrom(
        "已完成",
        "基本达到",
        "未完成",
        "2024年11月1日",
        "无",
        "详见附件",
        "-5家",
        "合格率90%，优秀率70%",
      ),
      fc.string({ maxLength: 12 }),
    )
    const target = fc.constantFrom(
      "≥100家",
      "≤20万元",
      "0次",
      "2024年12月前",
      "提升",
      "合格率100%，优秀率达90%",
      "年度计划数",
      "???",
    )
    fc.assert(
      fc.property(target, text, weight, policies, (t, a, w, policy) => {
        const s = score(t, a, w, policy)
        expect(s.compare(0)).toBeGreaterThanOrEqual(0)
        expect(s.compare(w)).toBeLessThanOrEqual(0)
      }),
      { numRuns: 1000 },
    )
  })

  const projectArb = fc.record({
    unit: fc.constantFrom("甲", "乙"),
    indicators: fc.array(fc.tuple(fc.constantFrom("1-产出指标", "2-效益指标", "3-满意度指标"), amount), {
      minLength: 1,
      maxLength: 5,
    }),
    planned: fc.integer({ min: 1, max: 1000 }),
    executed: fc.integer({ min: 0, max: 1200 }),
  })

  interface ProjectSpec {
    readonly unit: string
    readonly name: string
    readonly indicators: ReadonlyArray<readonly [string, string]>
    readonly planned: number
    readonly executed: number
  }

  const build = (projects: ReadonlyArray<ProjectSpec>) => {
    const units = ["甲", "乙"].map((u) => ({
      name: u,
      at: { file: "t.csv", row: 1 },
      projects: projects
        .filter((p) => p.unit === u)
        .map((p) => ({
          unit: u,
          name: p.name,
          goal: "",
          at: { file: "t.csv", row: 1 },
          indicators: p.indicators.map(([l1, a], i) => indicator(i + 1, l1, "≥100家", `${a}家`)),
        })),
    }))
    const table: TargetTable = {
      file: "t.csv",
      format: "csv",
      department: "部门",
      title: null,
      units,
      rejected: [],
    }
    const budget = {
      file: "b.csv",
      format: "csv" as const,
      amountUnit: "万元",
      rejected: [],
      rows: projects.map((p, i) => ({
        unit: p.unit,
        project: p.name,
        initial: null,
        planned: cell(String(p.planned), i + 2),
        executed: cell(String(p.executed), i + 2),
        weight: null,
        at: { file: "b.csv", row: i + 2 },
      })),
    }
    return { table, budget }
  }

  it("a unit's score lies between its projects' lowest and highest; so does the department's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(projectArb, { minLength: 1, maxLength: 8 }),
        policies,
        async (raw, policy) => {
          const projects = raw.map((p, i) => ({ ...p, name: `项目${i}` }))
          const result = await assess({ ...build(projects), policy })
          for (const r of [...result.units.filter((u) => u.projects > 0), result.department]) {
            expect(r.score.compare(r.min)).toBeGreaterThanOrEqual(0)
            expect(r.score.compare(r.max)).toBeLessThanOrEqual(0)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it("roll-ups do not depend on row order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(projectArb, { minLength: 1, maxLength: 8 }), fc.nat(), async (raw, seed) => {
        const projects = raw.map((p, i) => ({ ...p, name: `项目${i}` }))
        const rank = (i: number) => (i * 2_654_435_761 + seed) % 997
        const shuffled = projects
          .map((p, i) => [rank(i), p] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, p]) => p)
        const a = await assess({ ...build(projects), policy: presets.national! })
        const b = await assess({ ...build(shuffled), policy: presets.national! })
        expect(b.department.score.equals(a.department.score)).toBe(true)
        expect(b.units.map((u) => u.score.toString())).toEqual(a.units.map((u) => u.score.toString()))
        expect(b.department.grades).toEqual(a.department.grades)
      }),
      { numRuns: 200 },
    )
  })
})

describe("range laws (issue #12)", () => {
  const rangeTarget = fc
    .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
    .map(([low, width]) => ({ low, high: low + width, text: `${low}-${low + width}家` }))

  it("a higher actual never lowers a range's score up to its upper bound", () => {
    fc.assert(
      fc.property(rangeTarget, amount, amount, policies, (range, a, b, policy) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a]
        if (Number(high) > range.high) return
        const higher = judged(range.text, `${high}家`, policy)
        const lower = judged(range.text, `${low}家`, policy)
        if (higher !== undefined && lower !== undefined)
          expect(higher.compare(lower)).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    )
  })

  it("inside the range is full marks; outside never is, and never more than the weight", () => {
    fc.assert(
      fc.property(rangeTarget, amount, weight, (range, a, w) => {
        const result = grade(range.text, `${a}家`, w)
        if (result.status === "needs_review") return
        const inside = Number(a) >= range.low && Number(a) <= range.high
        expect(result.score.equals(w)).toBe(inside)
        expect(result.score.compare(w)).toBeLessThanOrEqual(0)
        expect(result.score.compare(0)).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    )
  })
})
