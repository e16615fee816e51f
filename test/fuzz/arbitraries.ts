/**
 * What auditors' tools export, as fast-check arbitraries: target notation, real texts from the seed,
 * header words, spreadsheet formulas, quotes, separators and line breaks, and Unicode that breaks naive
 * code (surrogate pairs, zero-width and right-to-left marks, full-width forms, NUL).
 */
import { readFileSync } from "node:fs"
import * as fc from "fast-check"
import { root } from "../support/run-cli.ts"

/** The seed target table, as published. */
export const SEED = "seeds/000_6fa372ea3c00e953.txt"
export const seedText = readFileSync(`${root}${SEED}`, "utf8")
/** The sample actuals and budget that go with the seed. */
export const sampleActuals = readFileSync(`${root}seeds/sample-actuals-2024.csv`, "utf8")
export const sampleBudget = readFileSync(`${root}seeds/sample-budget-2024.csv`, "utf8")

/** Every annual and period target written in the seed (`不少于150家`, `2024年12月前` …). */
export const seedTargets: ReadonlyArray<string> = [
  ...new Set(
    [...seedText.matchAll(/(?:实施周期指标值|年度指标值)\s*[:：]([^；;。\t\n]*)/g)]
      .map((m) => m[1]!.trim())
      .filter((t) => t !== ""),
  ),
]
/** Every 实际完成值 of the sample actuals. */
export const sampleActualTexts: ReadonlyArray<string> = sampleActuals
  .split(/\r?\n/)
  .slice(2)
  .map((line) => line.split(",")[4] ?? "")
  .filter((t) => t !== "")

/** Characters of target notation and of the tables' punctuation. */
const NOTATION = [
  ..."0123456789.,%万亿千百≥≤><=、，；。：:（）()每各前年月日底上下半季度不少于超过以上以下以内及家个次/*元人台米公里达一二两三十零无是否已完成基本达到提高进一步约余近",
]
/** Characters that break naive readers: CSV syntax, formula starts, line breaks, odd Unicode. */
const HOSTILE = [
  ...",\"'\t\r\n;=+-@|\\<>&#$`{}[]",
  "\u0000",
  "\u00A0",
  "\u200B",
  "\u200E",
  "\u202E",
  "\uFEFF",
  "\uFFFD",
  "\uD83D\uDE00",
  "𠮷",
  "ｱ",
  "＝",
  "％",
  "\u3000",
]
/** Header words of the three kinds of table, so that random rows sometimes look like headers. */
export const HEADER_WORDS = [
  "单位",
  "项目",
  "项目名称",
  "绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标名称",
  "实施周期指标值",
  "年度指标值",
  "分值",
  "实际完成值",
  "评价等级",
  "扣分",
  "扣分原因",
  "偏差原因",
  "序号",
  "年初预算数",
  "全年预算数（万元）",
  "全年执行数",
  "unit",
  "project",
  "部门名称：测试局",
]
const FORMULAS = ["=1+1", "+1", "-2", "@SUM(A1)", "'=1+1", '=HYPERLINK("http://x")', "-cmd|' /C calc'!A0"]

const charsOf = (chars: ReadonlyArray<string>, maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(""))

/** Target-like text: notation, seed targets cut and joined, and some hostile characters. */
export const targetText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: charsOf(NOTATION, 24) },
  { weight: 3, arbitrary: fc.constantFrom(...seedTargets) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...seedTargets), fc.constantFrom(...seedTargets), charsOf(NOTATION, 4))
      .map(([a, b, glue]) => `${a}${glue}${b}`),
  },
  { weight: 1, arbitrary: charsOf([...NOTATION, ...HOSTILE], 30) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
)

/** The text of one cell: empty, blank, a header word, a target, a formula, hostile or arbitrary text. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\u3000", " \t ") },
  { weight: 1, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 4, arbitrary: targetText },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 2, arbitrary: charsOf(HOSTILE, 8) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("1", "２", "0", "-1", "1.5", "1e3", "abc", "1、") },
)

/** Writes rows as RFC 4180 CSV (a cell is quoted when it must be), with a chosen line break. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<string>>, eol = "\r\n"): string =>
  rows
    .map((row) => row.map((c) => (/[",\r\n]/.test(c) || c !== c.trim() ? `"${c.replaceAll('"', '""')}"` : c)))
    .map((row) => row.join(","))
    .join(eol)

/** Bytes derived from `base` by flipping, deleting, duplicating or truncating: damaged exports. */
export const damaged = (base: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom("flip", "delete", "insert", "truncate"),
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
        length: fc.integer({ min: 1, max: 64 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      let bytes = Array.from(base)
      for (const edit of edits) {
        const at = bytes.length === 0 ? 0 : edit.at % bytes.length
        if (edit.kind === "flip") bytes[at] = edit.byte
        else if (edit.kind === "delete") bytes.splice(at, edit.length)
        else if (edit.kind === "insert") bytes.splice(at, 0, ...Array(edit.length).fill(edit.byte))
        else bytes = bytes.slice(0, at)
      }
      return new Uint8Array(bytes)
    })
