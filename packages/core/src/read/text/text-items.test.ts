import { describe, expect, it } from "vitest"
import { readItem, splitItems } from "./text-items.ts"

const texts = (cell: string) => splitItems(cell).map((i) => [i.no, cell.slice(i.start, i.end)])

describe("splitItems", () => {
  it("opens an item only at the expected next number after a separator", () => {
    const cell = "1、甲；年度指标值:报告1份、表2、3份。2、乙；年度指标值:第12、13期。3、丙"
    expect(texts(cell)).toEqual([
      [1, "1、甲；年度指标值:报告1份、表2、3份。"],
      [2, "2、乙；年度指标值:第12、13期。"],
      [3, "3、丙"],
    ])
  })

  it("reads items past 9 and a cell without numbers as one item", () => {
    const cell = Array.from({ length: 11 }, (_, i) => `${i + 1}、x${i + 1}。`).join("")
    expect(splitItems(cell).map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(texts("a；b；c；年度指标值:1")).toEqual([[1, "a；b；c；年度指标值:1"]])
    expect(splitItems("  ")).toEqual([])
  })

  it("returns text before 1、 as an unnumbered item", () => {
    expect(texts("说明：1、a")).toEqual([
      [null, "说明："],
      [1, "1、a"],
    ])
  })
})

describe("readItem", () => {
  const read = (cell: string) => {
    const reading = readItem(cell, splitItems(cell)[0]!)
    if (!reading.ok) return reading
    const text = (p: { text: string; span: readonly [number, number] } | null) => {
      if (p) expect(cell.slice(...p.span)).toBe(p.text)
      return p?.text ?? null
    }
    return [reading.level1, reading.level2, reading.name, reading.period, reading.annual].map(text)
  }

  it.each([
    [
      "1、1-产出指标；11-数量指标：名称；实施周期指标值:1个；年度指标值:1个。",
      ["1-产出指标", "11-数量指标", "名称", "1个", "1个"],
    ],
    [
      "1、2-效益指标；21-经济效益；名称。实施周期指标值:1,500家以上；年度指标值:1,500家以上。",
      ["2-效益指标", "21-经济效益", "名称", "1,500家以上", "1,500家以上"],
    ],
    ["1、a;b;名称:含冒号;实施周期指标值：x;年度指标值：y;", ["a", "b", "名称:含冒号", "x", "y"]],
    ["1、a；；b；名称；年度指标值：y；实施周期指标值：x。", ["a", "b", "名称", "x", "y"]],
    ["1、a；b；名称；年度指标值:。", ["a", "b", "名称", null, null]],
  ])("%s", (cell, parts) => {
    expect(read(cell)).toEqual(parts)
  })

  it("says why an item cannot be split", () => {
    expect(read("1、a；b；名称")).toEqual({ ok: false, reason: "no_target_label" })
    expect(read("1、a；名称；年度指标值:1")).toEqual({ ok: false, reason: "missing_parts" })
  })
})
