import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { gradeOf } from "./grades.ts"

const national = presets.national!
const truncate = { ...national, rounding: { decimals: 2, mode: "truncate" as const } }
const whole = presets["langfang-whole-points"]!

describe("grade bands: half-open, lower bound included, decided on the rounded total", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.995", "优"],
    ["89.994", "良"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.995", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.995", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("%s → %s (2 decimals, half up)", (total, grade) => {
    expect(gradeOf(exact(total), national)).toBe(grade)
  })

  it.each([
    ["89.999", "良"],
    ["90", "优"],
    ["79.999", "中"],
    ["59.999", "差"],
  ])("%s → %s (2 decimals, truncated)", (total, grade) => {
    expect(gradeOf(exact(total), truncate)).toBe(grade)
  })

  it.each([
    ["89.5", "优"],
    ["89.49", "良"],
  ])("%s → %s (whole points)", (total, grade) => {
    expect(gradeOf(exact(total), whole)).toBe(grade)
  })

  it("never grades on float noise: 1/3 × 270 is exactly 90", () => {
    expect(gradeOf(exact(1).div(3).mul(270), national)).toBe("优")
  })
})
