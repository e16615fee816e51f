/** Fuzz: the target compiler and the actual reader never throw, always answer with a known kind, and are quick. */
import { type CompiledTarget, clearTargetCache, compileTarget, parseActual, targetToJson } from "@jixiao/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cellText, HEADER_WORDS, sampleActualTexts, targetText } from "./arbitraries.ts"
import { runs, timed, timeout } from "./support.ts"

const KINDS = [
  "quantity",
  "deadline",
  "qualitative",
  "compound",
  "per_item",
  "range",
  "reference",
  "unparsed",
]
const MEASURES = ["quantity", "date", "tier", "compound", "missing", "unreadable"]

/** Issues that record an exception caught inside the compiler: a bug even though nothing was thrown. */
const defects = (target: CompiledTarget): unknown[] =>
  (target.kind === "compound" ? target.parts.flatMap((p) => p.issues) : target.issues).filter(
    (i) => i.data?.defect !== undefined,
  )

const context = fc.record({
  level1: fc.constantFrom(undefined, "产出指标", "效益指标", "满意度指标", "成本指标"),
  level2: fc.constantFrom(undefined, "数量指标", "质量指标", "时效指标", "14-成本指标", "经济效益"),
  name: fc.oneof(fc.constant(undefined), fc.constantFrom(...HEADER_WORDS), targetText),
  year: fc.constantFrom(undefined, 2024, 1949, 2200),
})

describe("fuzz: compileTarget", () => {
  it(
    "never throws or records a caught defect, answers with a known kind and JSON, in bounded time",
    () => {
      fc.assert(
        fc.property(fc.oneof(targetText, cellText), context, (text, ctx) => {
          clearTargetCache() // every case compiles, not a cached answer
          const compiled = timed(() => compileTarget(text, ctx))
          expect(KINDS).toContain(compiled.kind)
          expect(defects(compiled)).toEqual([])
          const json = targetToJson(compiled)
          expect(JSON.parse(JSON.stringify(json))).toEqual(json)
          expect(typeof json.expects).toBe("string")
        }),
        runs(1500),
      )
    },
    timeout(10_000),
  )

  it(
    "compiles long texts (thousands of characters) without a quadratic blow-up",
    () => {
      const long = fc
        .tuple(
          fc.array(fc.oneof(targetText, cellText), { minLength: 50, maxLength: 200 }),
          fc.constantFrom("；", "，", "、", " "),
        )
        .map(([parts, separator]) => parts.join(separator))
      fc.assert(
        fc.property(long, (text) => {
          clearTargetCache()
          expect(KINDS).toContain(timed(() => compileTarget(text, { year: 2024 })).kind)
        }),
        runs(40),
      )
    },
    timeout(10_000),
  )
})

describe("fuzz: parseActual", () => {
  it(
    "never throws, answers with a known kind that keeps the text, against any target",
    () => {
      const actual = fc.oneof(fc.constantFrom(...sampleActualTexts), targetText, cellText)
      fc.assert(
        fc.property(actual, fc.option(targetText), fc.constantFrom(undefined, 2024), (text, target, year) => {
          const compiled = target === null ? undefined : compileTarget(target, { year })
          const measured = timed(() => parseActual(text, { year, target: compiled }))
          expect(MEASURES).toContain(measured.kind)
          expect(measured.text).toBe(text)
        }),
        runs(1500),
      )
    },
    timeout(10_000),
  )
})
