/**
 * Fuzz: year-end actuals against the seed through `assess`. On every input the accounting holds
 * (rows in = graded + rejected, and rows in = the data rows of the file), every indicator has a status,
 * every rejection points at a row of the file, and the same input gives the same results JSON.
 */
import { type ActualsTable, type BudgetTable, parseActualsTable, type TargetTable } from "@jixiao/core"
import { assess, assessmentToJson, presets } from "@jixiao/scoring"
import { Effect } from "effect"
import * as fc from "fast-check"
import iconv from "iconv-lite"
import { beforeAll, describe, expect, it } from "vitest"
import { cellText, sampleActualTexts, targetText, toCsv } from "./arbitraries.ts"
import { seedTables } from "./seed-tables.ts"
import { runs, timedAsync, timeout } from "./support.ts"

const HEADER = ["单位", "项目", "序号", "三级指标", "实际完成值", "评价等级", "扣分", "扣分原因", "偏差原因"]
const STATUSES = ["met", "partially_met", "not_met", "needs_review", "not_evaluated"]

let seed: { table: TargetTable; actuals: ActualsTable; budget: BudgetTable }
let indicators: ReadonlyArray<{ unit: string; project: string; no: number; name: string }>

beforeAll(async () => {
  seed = await seedTables()
  indicators = seed.table.units.flatMap((u) =>
    u.projects.flatMap((p) =>
      p.indicators.map((i) => ({ unit: u.name, project: p.name, no: i.no, name: i.name })),
    ),
  )
})

/** One actuals row: a seed indicator's keys, each kept, blanked, changed or garbled, and a reported value. */
const row = fc.record({
  pick: fc.nat(),
  unit: fc.constantFrom("keep", "keep", "blank", "other"),
  project: fc.constantFrom("keep", "keep", "keep", "spaced", "other"),
  no: fc.constantFrom("keep", "keep", "blank", "other", "text"),
  name: fc.constantFrom("keep", "keep", "blank", "other"),
  actual: fc.oneof(fc.constantFrom(...sampleActualTexts), targetText, cellText),
  tier: fc.oneof(fc.constantFrom("", "", "达成", "部分达成 75%", "未达成", "基本达成"), cellText),
  deduction: fc.constantFrom("", "", "1", "0.5", "-1", "100", "abc"),
  reasons: fc.tuple(cellText, cellText),
  noise: cellText,
})

type Row = typeof row extends fc.Arbitrary<infer R> ? R : never

/** The cells of a generated row (kept apart from the arbitrary, so that fast-check prints the choices). */
const cellsOf = (r: Row): string[] => {
  const i = indicators[r.pick % indicators.length]!
  const unit = { keep: i.unit, blank: "", other: r.noise }[r.unit]
  const project = { keep: i.project, spaced: ` ${i.project} `, other: r.noise }[r.project]
  const no = { keep: String(i.no), blank: "", other: String(i.no + 40), text: r.noise }[r.no]
  const name = { keep: i.name, blank: "", other: r.noise }[r.name]
  // A NUL refuses the whole file (a binary or UTF-16 file looks so): that is text-table.test.ts's concern.
  return [unit, project, no, name, r.actual, r.tier, r.deduction, ...r.reasons].map((c) =>
    c.replaceAll("\u0000", ""),
  )
}

const sheet = fc.record({
  rows: fc.array(fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: fc.constant(null) }), {
    maxLength: 60,
    size: "medium",
  }),
  duplicate: fc.boolean(),
  gbk: fc.boolean(),
})

/** Rows the reader must account for: not empty, and not the header repeated. */
const isData = (cells: ReadonlyArray<string>) =>
  cells.some((c) => c.trim() !== "") && !HEADER.every((name, k) => cells[k]?.trim() === name)

const run = async (actuals: ActualsTable) => {
  const assessment = await assess({
    table: seed.table,
    actuals,
    budget: seed.budget,
    policy: presets.national!,
    year: 2024,
  })
  const meta = { engineVersion: "fuzz", inputs: { targets: "t", actuals: "a.csv", budget: "b" } }
  return { assessment, json: JSON.stringify(assessmentToJson(assessment, meta)) }
}

describe("fuzz: assess on random actuals against the seed", () => {
  it(
    "accounts for every row (in = graded + rejected) and gives the same results JSON again",
    async () => {
      let graded = 0
      await fc.assert(
        fc.asyncProperty(sheet, async ({ rows, duplicate, gbk }) => {
          const data = rows.map((r) => (r === null ? [] : cellsOf(r)))
          if (duplicate && data.length > 0) data.push(data[0]!)
          const text = toCsv([HEADER, ...data])
          const encodable = gbk && iconv.decode(iconv.encode(text, "gbk"), "gbk") === text
          const bytes = encodable ? new Uint8Array(iconv.encode(text, "gbk")) : new TextEncoder().encode(text)
          const actuals = await Effect.runPromise(parseActualsTable({ file: "a.csv", bytes }))
          const { assessment, json } = await timedAsync(() => run(actuals), 5_000)
          const { rows: counts } = assessment
          expect(counts.in).toBe(counts.graded + counts.rejected)
          expect(counts.in).toBe(data.filter(isData).length)
          for (const r of assessment.rejected.filter((x) => x.file === "a.csv")) {
            expect(r.row).toBeGreaterThan(1)
            expect(r.reason).toMatch(/^[a-z_]+$/)
          }
          for (const i of assessment.projects.flatMap((p) => p.indicators))
            expect(STATUSES).toContain(i.status)
          const again = await Effect.runPromise(parseActualsTable({ file: "a.csv", bytes }))
          expect((await run(again)).json).toBe(json)
          graded += counts.graded
        }),
        { ...runs(40), timeout: 10_000 },
      )
      expect(graded, "the generator reaches grading, not only rejections").toBeGreaterThan(100)
    },
    timeout(30_000),
  )
})
