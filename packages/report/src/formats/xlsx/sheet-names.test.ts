import type { ResultsJson } from "@jixiao/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cleanSheetName, planSheets, projectSheetName, SHEET_NAME_MAX, sheetNamer } from "./sheet-names.ts"

const valid = (name: string) =>
  name.length > 0 &&
  name.length <= SHEET_NAME_MAX &&
  !/[[\]:*?/\\]|^'|'$/u.test(name) &&
  name.toLowerCase() !== "history"

describe("sheet names", () => {
  it("replaces forbidden characters by their full-width forms", () => {
    expect(cleanSheetName("a/b:c*d?e[f]g\\h'")).toBe("a／b：c＊d？e［f］g＼h’")
    expect(cleanSheetName("  ")).toBe("表")
    expect(cleanSheetName("History")).toBe("History表")
  })

  it("de-duplicates with (2), (3) …, ignoring case, and keeps the suffix within 31", () => {
    const name = sheetNamer()
    expect([name("购置经费"), name("购置经费"), name("购置经费")]).toEqual([
      "购置经费",
      "购置经费(2)",
      "购置经费(3)",
    ])
    expect(name("Abc")).toBe("Abc")
    expect(name("aBC")).toBe("aBC(2)")
    const long = "广州市工业和信息化局2023年广州市智能网联汽车(自动驾驶)应用示范运营监控平台建设项目"
    expect(name(long)).toBe(long.slice(0, 31))
    expect(name(long)).toBe(`${long.slice(0, 28)}(2)`)
  })

  it("never splits a surrogate pair", () => {
    const name = sheetNamer()(`${"a".repeat(30)}𠀀`)
    expect(name).toBe("a".repeat(30))
  })

  it("always hands out valid, distinct names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40, unit: "binary" }), { maxLength: 30 }), (wanted) => {
        const name = sheetNamer()
        const names = wanted.concat(wanted).map(name)
        expect(names.every(valid)).toBe(true)
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
      }),
    )
  })
})

/** Just what planSheets reads of results.json: unit names, and each project's name and unit. */
const planOf = (projects: ReadonlyArray<readonly [name: string, unit: string]>) =>
  planSheets({
    units: [...new Set(projects.map(([, unit]) => unit))].map((name) => ({ name })),
    projects: projects.map(([name, unit]) => ({ name, unit })),
  } as unknown as ResultsJson).projects

describe("project sheet names", () => {
  it("name the unit of a project whose name another project has, and only then", () => {
    expect(
      planOf([
        ["购置经费", "广州市工业和信息化局"],
        ["综合工作经费", "广州市工业和信息化局"],
        ["购置经费", "广州市无线电监测站"],
      ]),
    ).toEqual(["购置经费（广州市工业和信息化局）", "综合工作经费", "购置经费（广州市无线电监测站）"])
  })

  it("count names that only case or a forbidden character tells apart as the same", () => {
    expect(
      planOf([
        ["a/b", "甲"],
        ["A／B", "乙"],
        ["ab", "丙"],
      ]),
    ).toEqual(["a／b（甲）", "A／B（乙）", "ab"])
  })

  it("fall back to (2) when the same name recurs in one unit", () => {
    expect(
      planOf([
        ["购置经费", "甲"],
        ["购置经费", "甲"],
      ]),
    ).toEqual(["购置经费（甲）", "购置经费（甲）(2)"])
  })

  it("shorten the project name first, so the unit fits within 31", () => {
    const long = "广州市工业和信息化局2023年广州市智能网联汽车应用示范运营监控平台建设项目"
    const name = projectSheetName(long, "广州市无线电监测站")
    expect(name).toBe(`${long.slice(0, 20)}（广州市无线电监测站）`)
    expect(name).toHaveLength(SHEET_NAME_MAX)
    // A unit too long to fit leaves the project at least 12 characters; the namer cuts the rest.
    expect(projectSheetName(long, "单".repeat(30)).startsWith(long.slice(0, 12))).toBe(true)
  })
})
