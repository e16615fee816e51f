import { describe, expect, it } from "vitest"
import { compileTarget } from "../compile/compile-target.ts"
import { decimal } from "../model/decimal.ts"
import { convertUnit } from "./convert-unit.ts"
import type { Measurement } from "./measurement.ts"
import { parseActual } from "./parse-actual.ts"

const summary = (m: Measurement): unknown => {
  switch (m.kind) {
    case "quantity":
      return {
        kind: m.kind,
        value: m.value.toFixed(),
        unit: m.unit,
        comparator: m.comparator,
        approximate: m.approximate,
      }
    case "date":
      return { kind: m.kind, date: m.date }
    case "tier":
      return { kind: m.kind, tier: m.tier }
    case "compound":
      return { kind: m.kind, parts: m.parts.map(summary) }
    default:
      return { kind: m.kind }
  }
}

describe("parseActual", () => {
  it.each([
    ["12.5万片", { kind: "quantity", value: "125000", unit: "片", comparator: null, approximate: false }],
    ["1.2亿元", { kind: "quantity", value: "120000000", unit: "元", comparator: null, approximate: false }],
    ["96.3%", { kind: "quantity", value: "96.3", unit: "%", comparator: null, approximate: false }],
    ["≥266米", { kind: "quantity", value: "266", unit: "米", comparator: ">=", approximate: false }],
    ["200余人", { kind: "quantity", value: "200", unit: "人", comparator: null, approximate: true }],
    ["约15家", { kind: "quantity", value: "15", unit: "家", comparator: null, approximate: true }],
    ["0", { kind: "quantity", value: "0", unit: null, comparator: null, approximate: false }],
    ["2024年11月20日", { kind: "date", date: "2024-11-20" }],
    ["是", { kind: "tier", tier: "achieved" }],
    ["否", { kind: "tier", tier: "failed" }],
    ["已完成", { kind: "tier", tier: "achieved" }],
    ["达成预期指标", { kind: "tier", tier: "achieved" }],
    ["基本达到", { kind: "tier", tier: "partial" }],
    ["部分完成", { kind: "tier", tier: "partial" }],
    ["未完成", { kind: "tier", tier: "failed" }],
    [
      "全部完成，未发生安全事故",
      // A zero target in words is a count of 0 of the thing named (issue #12: `未发生…事故` meets `0次`).
      {
        kind: "compound",
        parts: [
          { kind: "tier", tier: "achieved" },
          { kind: "quantity", value: "0", unit: null, comparator: null, approximate: false },
        ],
      },
    ],
    ["有效提升", { kind: "tier", tier: "achieved" }],
    ["有所提升", { kind: "tier", tier: "partial" }],
    ["情况说明见附件", { kind: "unreadable" }],
    ["", { kind: "missing" }],
    ["—", { kind: "missing" }],
    [
      "合格率100%，优秀率92%",
      {
        kind: "compound",
        parts: [
          { kind: "quantity", value: "100", unit: "%", comparator: null, approximate: false },
          { kind: "quantity", value: "92", unit: "%", comparator: null, approximate: false },
        ],
      },
    ],
  ] as const)("%s", (text, expected) => {
    expect(summary(parseActual(text, { year: 2024 }))).toEqual(expected)
  })

  it("reads 10月 in the fiscal year as completed by the month's last day", () => {
    expect(summary(parseActual("10月", { year: 2024 }))).toEqual({ kind: "date", date: "2024-10-31" })
  })

  it("reads 无 as zero of the target's unit when the target counts something", () => {
    const target = compileTarget("少于3次")
    expect(summary(parseActual("无", { target }))).toMatchObject({ kind: "quantity", value: "0", unit: "次" })
    expect(summary(parseActual("无", { target: compileTarget("提升") }))).toEqual({
      kind: "tier",
      tier: "failed",
    })
  })

  it("keeps the labels of compound parts for matching", () => {
    const m = parseActual("合格率100%，优秀率92%")
    expect(m.kind === "compound" && m.parts.map((p) => ("label" in p ? p.label : null))).toEqual([
      "合格率",
      "优秀率",
    ])
  })
})

describe("convertUnit", () => {
  it("converts within a dimension exactly and refuses across dimensions", () => {
    expect(convertUnit(decimal("1.5"), "公里", "米")?.toFixed()).toBe("1500")
    expect(convertUnit(decimal("90"), "分钟", "小时")?.toFixed()).toBe("1.5")
    expect(convertUnit(decimal("3"), "家", "场")).toBeUndefined()
    expect(convertUnit(decimal("3"), "米", "千克")).toBeUndefined()
  })
})

describe("parseActual on names of Object.prototype", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])(
    "reads %s as unreadable, not as a tier",
    (text) => {
      expect(parseActual(text).kind).toBe("unreadable")
    },
  )
})

describe("negated and hedged words", () => {
  it.each([
    ["未全部完成", "partial"],
    ["未完全达到", "partial"],
    ["未能完成", "failed"],
    ["未能按时完成", "failed"],
    ["不明显", "failed"],
    ["无明显改善", "failed"],
    ["没有明显提升", "failed"],
    ["未通过", "failed"],
    ["不及时", "failed"],
    ["正在推进", "partial"],
    ["推进中", "partial"],
    ["全部完成，未发生安全事故", "achieved"],
    ["效果明显", "achieved"],
    ["按时完成", "achieved"],
  ])("%s → %s", (text, tier) => {
    const m = parseActual(text)
    const found = m.kind === "compound" ? m.parts[0] : m
    expect(found).toMatchObject({ kind: "tier", tier })
  })
})
