import { deserialize, serialize } from "node:v8"
import type { SheetRow } from "@jixiao/core"
import type { GradeWork } from "@jixiao/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { workFromWire, workToWire } from "./work-wire.ts"

type ActualEntry = NonNullable<GradeWork["actuals"]>[number]

/** What postMessage does to a value: a structured clone (v8's serializer). */
const cloned = <A>(value: A): A => deserialize(serialize(value)) as A

const text = fc.option(fc.string({ maxLength: 6 }), { nil: null })
const column = fc.option(fc.nat(20), { nil: undefined })

/** An entry as scoring's actualEntry makes it, keys in its order; unit, project, file, sheet given. */
const entry = (shared: { unit: string; project: string; file: string; sheet: string | undefined }) =>
  fc
    .record({
      text,
      tier: text,
      deduction: text,
      deductionReason: text,
      deviationReason: text,
      baseline: text,
      goalActual: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { nil: undefined }),
      actualColumn: column,
      tierColumn: column,
      no: fc.option(fc.nat(99), { nil: null }),
      indicator: text,
      row: fc.nat(10_000),
    })
    .map(
      ({ goalActual, ...e }): ActualEntry => ({
        text: e.text,
        tier: e.tier,
        deduction: e.deduction,
        deductionReason: e.deductionReason,
        deviationReason: e.deviationReason,
        baseline: e.baseline,
        ...(goalActual === undefined ? {} : { goalActual }),
        actualColumn: e.actualColumn,
        tierColumn: e.tierColumn,
        unit: shared.unit,
        project: shared.project,
        no: e.no,
        indicator: e.indicator,
        file: shared.file,
        row: e.row,
        sheet: shared.sheet,
      }),
    )

const shared = fc.record({
  unit: fc.constantFrom("甲单位", "乙单位"),
  project: fc.constantFrom("项目一", "项目二"),
  file: fc.constant("actuals.csv"),
  sheet: fc.constantFrom(undefined, "Sheet1"),
})

const sheetRow: fc.Arbitrary<SheetRow> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ row: fc.nat(10_000), cells: fc.array(fc.string({ maxLength: 5 })) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      row: fc.nat(10_000),
      cells: fc.array(fc.string({ maxLength: 5 })),
      refused: fc.constant({ code: "extra_cells", at: { file: "t.csv", row: 5 } } as const),
    }),
  },
)

/** A project or a budget row stands for itself: the wire passes them as they are. */
const project = { unit: "甲单位", name: "项目一", indicators: [] } as unknown as NonNullable<
  GradeWork["project"]
>
const budgetRow = { unit: "甲单位", project: "项目一", initial: null } as unknown as NonNullable<
  GradeWork["budgetRow"]
>

const work: fc.Arbitrary<GradeWork> = fc.record({
  project: fc.constantFrom(undefined, project),
  rows: fc.option(fc.array(sheetRow, { maxLength: 6 }), { nil: undefined }),
  // Entries of one project usually share their unit and project; a few come from another (names matched
  // after normalizing) and make the work go as it is.
  actuals: fc.option(
    fc
      .tuple(shared, fc.array(fc.tuple(fc.boolean(), shared), { maxLength: 6 }))
      .chain(([first, rest]) =>
        fc.tuple(...[first, ...rest.map(([same, other]) => (same ? first : other))].map(entry)),
      ),
    { nil: null },
  ),
  budgetRow: fc.constantFrom(undefined, budgetRow),
})

/** An object's keys, recursively, in order: the round trip keeps the order scoring makes fields in. */
const shape = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(shape)
    : value !== null && typeof value === "object"
      ? Object.entries(value).map(([k, v]) => [k, shape(v)])
      : value

/** One reported row, as scoring's actualEntry makes it. */
const reported: ActualEntry = {
  text: "98%",
  tier: null,
  deduction: null,
  deductionReason: null,
  deviationReason: null,
  baseline: null,
  actualColumn: 4,
  tierColumn: undefined,
  unit: "甲单位",
  project: "项目一",
  no: 1,
  indicator: "满意度",
  file: "actuals.csv",
  row: 2,
  sheet: undefined,
}

describe("a project's work on its way to a grading worker", () => {
  it("arrives as it was sent: every field, value and key order, through a structured clone", () => {
    fc.assert(
      fc.property(work, (w) => {
        expect(shape(workFromWire(cloned(workToWire(w))))).toEqual(shape(cloned(w)))
      }),
      { numRuns: 500 },
    )
  })

  it("sends rows and entries as columns, the shared unit, project and file once", () => {
    const w: GradeWork = {
      rows: [{ row: 2, cells: ["甲单位", "项目一"] }],
      actuals: [reported, { ...reported, no: 2, row: 3 }],
      budgetRow: undefined,
    }
    const wire = workToWire(w)
    expect(wire.rows).toBeUndefined()
    expect(wire.rowColumns).toEqual({ row: [2], cells: [["甲单位", "项目一"]] })
    expect(wire.actuals).toBeUndefined()
    expect(wire.actualColumns).toMatchObject({ unit: "甲单位", project: "项目一", row: [2, 3], no: [1, 2] })
    expect(serialize(wire).length).toBeLessThan(serialize(w).length)
  })

  it("sends a work as it is when a row was refused for its shape or an entry names another project", () => {
    const refused: SheetRow = {
      row: 5,
      cells: ["x"],
      refused: { code: "extra_cells", at: { file: "t.csv", row: 5 } },
    }
    const w = workToWire({ rows: [refused], actuals: null, budgetRow: undefined })
    expect(w.rows).toEqual([refused])
    expect(w.rowColumns).toBeUndefined()
    const actuals = [reported, { ...reported, project: "项目一 ", row: 3 }]
    const mixed = workToWire({ rows: [], actuals, budgetRow: undefined })
    expect(mixed.actuals).toEqual(actuals)
    expect(mixed.actualColumns).toBeUndefined()
  })
})
