import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { CompiledTarget } from "../model/target.ts"
import { clearTargetCache, compileTarget } from "./compile-target.ts"
import { targetToJson } from "./to-json.ts"

/** What a target means, without where it came from or how it was worded. */
const meaning = (target: CompiledTarget): unknown => {
  const json = targetToJson(target)
  const strip = (j: typeof json): unknown => ({
    kind: j.kind,
    op: j.op,
    exact: j.exact,
    unit: j.unit,
    deadline: j.deadline,
    item: j.item,
    reference: j.reference,
    sense: j.sense,
    parts: j.parts?.map(strip) ?? null,
  })
  return strip(json)
}

const opWords = [
  "",
  "≥",
  ">",
  "≤",
  "<",
  "=",
  "不少于",
  "不低于",
  "至少",
  "达到",
  "不超过",
  "超过",
  "超",
  "低于",
  "少于",
  "不满",
]
const suffixes = ["", "以上", "以下", "以内", "及以上"]
const magnitudes = ["", "万", "亿", "千", "百", "千万"]
const units = ["", "%", "家", "个", "场", "人次", "元", "平方米", "平米", "次/日", "台", "倍", "份"]
const labels = ["", "合格率", "产线建成月产能", "用户覆盖", "满意度"]

/** Well-formed targets as people write them, built from the notations of domain.md §2. */
const writtenTarget = fc
  .record({
    label: fc.constantFrom(...labels),
    op: fc.constantFrom(...opWords),
    int: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    frac: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
    magnitude: fc.constantFrom(...magnitudes),
    unit: fc.constantFrom(...units),
    suffix: fc.constantFrom(...suffixes),
  })
  .map(({ label, op, int, frac, magnitude, unit, suffix }) => {
    const mag = unit === "%" ? "" : magnitude
    const suf = op === "" ? suffix : ""
    return `${label}${op}${int}${frac ? `.${frac}` : ""}${mag}${unit}${suf}`
  })

/** Defects a pass threw, which compileTarget turned into issues: there must be none. */
const defects = (target: CompiledTarget): unknown[] =>
  (target.kind === "compound" ? target.parts.flatMap((p) => p.issues) : target.issues).filter(
    (i) => i.data?.defect,
  )

/** `N × 10^k` by moving the decimal point in the string: independent of mathjs. */
const shift = (digits: string, k: number): string => {
  const [int, frac = ""] = digits.split(".")
  const padded = frac.padEnd(k, "0")
  const joined = `${int}${padded.slice(0, k)}${padded.length > k ? `.${padded.slice(k)}` : ""}`
  const [i, f] = joined.split(".")
  const cleanInt = i!.replace(/^0+(?=\d)/, "")
  const cleanFrac = f?.replace(/0+$/, "")
  return cleanFrac ? `${cleanInt}.${cleanFrac}` : cleanInt
}

describe("compileTarget", () => {
  it("never throws, and always answers with a kind and an expects", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const compiled = compileTarget(text)
        expect(typeof compiled.expects).toBe("string")
        expect(defects(compiled)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })

  it("never throws on strings made of target notation", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789.,%万亿千百≥≤><=、，；。（）每各前年月日底上下半不少于超过以上以内家个次/*元人达一二两三十".split(
        "",
      ),
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const compiled = compileTarget(chars.join(""), { year: 2024 })
        expect(defects(compiled)).toEqual([])
        expect(compiled.kind).toMatch(
          /^(quantity|deadline|qualitative|compound|per_item|range|reference|unparsed)$/,
        )
      }),
      { numRuns: 3000 },
    )
  })

  it("gives the same target again when its own expects is compiled", () => {
    fc.assert(
      fc.property(writtenTarget, (text) => {
        const first = compileTarget(text)
        expect(meaning(compileTarget(first.expects))).toEqual(meaning(first))
      }),
      { numRuns: 1500 },
    )
  })

  it("scales magnitudes exactly: N万 is N × 10⁴ for any decimal N", () => {
    const decimalText = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.stringMatching(/^\d{0,8}$/))
      .map(([i, f]) => (f === "" ? `${i}` : `${i}.${f}`))
    for (const [mark, power] of [
      ["万", 4],
      ["亿", 8],
      ["千", 3],
      ["百", 2],
    ] as const) {
      fc.assert(
        fc.property(decimalText, (n) => {
          const json = targetToJson(compileTarget(`≥${n}${mark}元`))
          expect(json.exact).toBe(shift(n, power))
          expect(json.unit).toBe("元")
        }),
        { numRuns: 300 },
      )
    }
  })

  it("caches by text and the context that matters", () => {
    clearTargetCache()
    const a = compileTarget("100", { level2: "11-数量指标", name: "甲" })
    const b = compileTarget("100", { level2: "11-数量指标", name: "乙" })
    const c = compileTarget("100", { level2: "14-成本指标", name: "甲" })
    expect(b).toBe(a)
    expect(c).not.toBe(a)
    expect(targetToJson(c).op).toBe("<=")
  })

  it("keeps spans that point into the original text", () => {
    const text = "合格率１００％，优秀率达９０％"
    const compiled = compileTarget(text)
    if (compiled.kind !== "compound") throw new Error(`expected compound, got ${compiled.kind}`)
    const [first, second] = compiled.parts
    expect(text.slice(...first!.span)).toBe("合格率１００％")
    expect(text.slice(...second!.span)).toBe("优秀率达９０％")
  })
})

describe("compileTarget: comparators written with 等于, and signed numbers", () => {
  it.each([
    ["大于等于95%", ">=", "95", "≥ 95%"],
    ["大于或等于90%", ">=", "90", "≥ 90%"],
    ["小于等于5%", "<=", "5", "≤ 5%"],
    ["低于或等于3次", "<=", "3", "≤ 3 次"],
    ["等于或高于10家", ">=", "10", "≥ 10 家"],
    ["≥-5%", ">=", "-5", "≥ -5%"],
    ["增长率不低于-3%", ">=", "-3", "增长率 ≥ -3%"],
    ["≥-1.5万元", ">=", "-15000", "≥ -15,000 元"],
    ["≤−2%", "<=", "-2", "≤ -2%"],
    ["不低于−3%", ">=", "-3", "≥ -3%"],
  ] as const)("%s → %s %s", (text, op, value, expects) => {
    const json = targetToJson(compileTarget(text))
    expect([json.kind, json.op, json.exact, json.expects]).toEqual(["quantity", op, value, expects])
    // Its expects reads back as the same target.
    expect(meaning(compileTarget(json.expects))).toEqual(meaning(compileTarget(text)))
  })

  it("reads a dash after a number as a dash, not as a sign", () => {
    for (const text of ["80%-90%", "2023-2025年"]) {
      const exacts = JSON.stringify(targetToJson(compileTarget(text)))
      expect(exacts).not.toContain('"exact":"-')
    }
  })
})
