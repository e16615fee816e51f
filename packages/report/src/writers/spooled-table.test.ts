import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Spooled } from "./results-layout.ts"
import { SpooledTable } from "./spooled-table.ts"

const spooled = fc.record({
  place: fc.record({ unit: fc.nat({ max: 5 }), slot: fc.nat({ max: 1_000_000 }) }),
  unit: fc.constantFrom("广州市工业和信息化局", "深圳市教育局", ""),
  spool: fc.nat({ max: 3 }),
  json: fc.tuple(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 2 ** 31 })),
  csv: fc.option(fc.tuple(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 2 ** 31 })), { nil: null }),
  indicators: fc.nat({ max: 100_000 }),
}) satisfies fc.Arbitrary<Spooled>

const byPlace = (a: Spooled, b: Spooled) => a.place.unit - b.place.unit || a.place.slot - b.place.slot

describe("SpooledTable", () => {
  it("gives back every project as added, and in table order (past its first 1,024 rows)", () => {
    fc.assert(
      fc.property(fc.array(spooled, { minLength: 0, maxLength: 3000 }), (added) => {
        const table = new SpooledTable()
        for (const s of added) table.add(s)
        expect(table.size).toBe(added.length)
        expect(added.map((_, i) => table.at(i))).toEqual(added)
        // A stable sort of what was added: equal places keep their order, as Array.prototype.sort does.
        const expected = [...added].sort(byPlace)
        expect(Array.from(table.inPlaceOrder(), (i) => table.at(i))).toEqual(expected)
      }),
      { numRuns: 40 },
    )
  })
})
