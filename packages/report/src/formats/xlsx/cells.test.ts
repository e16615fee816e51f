import { describe, expect, it } from "vitest"
import { fitHeight, pointsToFraction, textWidth } from "./cells.ts"
import { runs } from "./layout.ts"

describe("pointsToFraction", () => {
  it.each([
    [95.1, 0.951],
    [100, 1],
    [0, 0],
    [86, 0.86],
    [97.34, 0.9734],
    [0.01, 0.0001],
    [1e-7, 1e-9],
    [123456.78, 1234.5678],
  ])("%d points → %d", (points, fraction) => {
    expect(pointsToFraction(points)).toBe(fraction)
  })

  it("gives the double nearest the exact quotient, where dividing would not", () => {
    expect(94.7 / 100).not.toBe(0.947)
    expect(pointsToFraction(94.7)).toBe(0.947)
    expect(92.8 / 100).not.toBe(0.928)
    expect(pointsToFraction(92.8)).toBe(0.928)
  })
})

describe("row heights", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(textWidth("ab")).toBe(2)
    expect(textWidth("达成")).toBe(4)
    expect(textWidth("９５％")).toBe(6)
  })

  it("grows with the longest wrapped text and explicit line breaks", () => {
    const one = fitHeight([["短", 20]])
    expect(fitHeight([[null, 20]])).toBe(one)
    expect(fitHeight([["很".repeat(19), 20]])).toBe(fitHeight([["很".repeat(9), 20]]) + (one - 4))
    expect(fitHeight([["a\nb\nc", 20]])).toBeGreaterThan(fitHeight([["a\nb", 20]]))
  })

  it("leaves each line the room of a stand-in CJK font, not only of 宋体 (Noto Sans CJK: 1.45 em)", () => {
    for (const lines of [1, 3, 9])
      expect(fitHeight([[Array(lines).fill("很").join("\n"), 20]])).toBeGreaterThanOrEqual(lines * 10 * 1.45)
  })
})

describe("runs", () => {
  const levels = ["产出", "产出", "效益", "满意度", "满意度", "满意度"]
  it("finds runs of equal consecutive keys", () => {
    expect(runs(levels, (x) => x)).toEqual([
      [0, 1],
      [2, 2],
      [3, 5],
    ])
  })
  it("stays within the bounds it is given, and is empty on nothing", () => {
    expect(runs(levels, () => "same", 1, 3)).toEqual([[1, 3]])
    expect(runs([], (x) => x)).toEqual([])
  })
})
