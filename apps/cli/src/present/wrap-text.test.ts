import { displayWidth } from "effect/cli/CliOutput"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { unbreakablePieces, wrapText } from "./wrap-text.ts"

const policyFlag =
  "评分规则：预设名（national、sichuan、profile-20-40-40、langfang-whole-points）或策略文件（JSON）"
const budgetFlag = "预算执行表（.csv 或 .xlsx）：单位、项目、年初预算数、全年预算数、全年执行数"

/** The text again from its lines: a break may only have dropped the spaces it replaced. */
const joined = (lines: ReadonlyArray<string>) => lines.join("").replace(/\s+/g, "")

describe("wrapText", () => {
  it.each([
    [policyFlag, 64, "langfang-whole-points"],
    [policyFlag, 30, "profile-20-40-40"],
    [budgetFlag, 64, "全年预算数"],
    [budgetFlag, 20, "年初预算数"],
    ["加 --format 时在同一目录写出报告", 12, "--format"],
    ["结果写入 目录/results.json，并在终端打印中文摘要", 24, "results.json"],
    ['键 "outputs.folder" 默认为 out', 18, '"outputs.folder"'],
    ["配置文件中的 `ledger` 键给出账本位置", 10, "`ledger`"],
  ])("keeps the name whole: %s at width %i → %s", (text, width, name) => {
    const lines = wrapText(text, width)
    expect(lines.some((line) => line.includes(name))).toBe(true)
    expect(lines.every((line) => displayWidth(line) <= width)).toBe(true)
    expect(joined(lines)).toBe(text.replace(/\s+/g, ""))
  })

  it("breaks a name wider than the line after its own hyphens, then between characters", () => {
    expect(wrapText("langfang-whole-points", 10)).toEqual(["langfang-", "whole-", "points"])
    expect(wrapText("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"])
  })

  it("keeps closing punctuation off the start of a line and opening brackets off its end", () => {
    expect(wrapText("单位项目名称，", 12)).toEqual(["单位项目", "名称，"])
    for (const line of wrapText("预设名（national）或策略文件（JSON）", 16)) {
      expect(line).not.toMatch(/^[，。、）]|（$/)
    }
  })

  it("treats an item of a 、 enumeration as one piece, a long phrase as words", () => {
    expect(unbreakablePieces("年初预算数、全年预算数")).toEqual(["年初预算数", "、", "全年预算数"])
    expect(unbreakablePieces("支持发展平板显示产业项目数量、其他")).toContain("其他")
    expect(unbreakablePieces("支持发展平板显示产业项目数量、其他")).not.toContain(
      "支持发展平板显示产业项目数量",
    )
  })

  const names = ["langfang-whole-points", "--budget", "results.json", '"全年预算数"', "`ledger`", "x_1"]
  const filler = ["评分", "规则", "，", "、", "（", "）", " ", "的", "年度指标值", "或", "a"]

  it("never splits a name that fits, never overfills a line, loses nothing (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...filler)), { maxLength: 40 }),
        fc.integer({ min: 8, max: 80 }),
        (parts, width) => {
          // A name is a name when spaces or Chinese surround it; glued to another Latin run it is not.
          const text = parts.join(" ")
          const lines = wrapText(text, width)
          expect(lines.every((line) => displayWidth(line) <= width)).toBe(true)
          expect(joined(lines)).toBe(text.replace(/\s+/g, ""))
          for (const name of names.filter((n) => text.includes(n) && displayWidth(n) <= width)) {
            const count = (within: string) => within.split(name).length - 1
            expect(lines.reduce((n, line) => n + count(line), 0)).toBe(count(text))
          }
        },
      ),
    )
  })
})
