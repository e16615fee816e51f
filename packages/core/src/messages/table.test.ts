import { describe, expect, it } from "vitest"
import { TableReadError, type TableReadErrorCode } from "../model/errors.ts"
import type { RowRejectionCode } from "../model/table.ts"
import { formatPlace, formatRowRejection, formatTableReadError, tableMessages } from "./table.ts"

const REJECTIONS: ReadonlyArray<RowRejectionCode> = [
  "indicator_unreadable",
  "project_without_unit",
  "project_without_indicators",
  "missing_project",
  "missing_indicator_name",
  "missing_targets",
  "row_unrecognised",
  "missing_indicator_key",
]
const ERRORS: ReadonlyArray<TableReadErrorCode> = [
  "unsupported_format",
  "missing_columns",
  "no_header",
  "empty_table",
  "xlsx_unreadable",
  "csv_unreadable",
  "encoding_unsupported",
  "xlsx_too_large",
  "no_indicators",
  "amount_units_differ",
]

describe("table messages", () => {
  it("place a text cell by file, line and field, and an Excel cell by sheet, row and column letter", () => {
    expect(formatPlace({ file: "seeds/x.txt", row: 12, column: 3 })).toBe("文件 seeds/x.txt 第 12 行 第 3 列")
    expect(formatPlace({ file: "x.xlsx", sheet: "目标", row: 5, column: 3 })).toBe(
      "文件 x.xlsx 工作表「目标」第 5 行 C 列",
    )
    expect(formatPlace({ file: "x.xlsx", sheet: "目标", row: 5, column: 28 }, "en")).toBe(
      'x.xlsx, sheet "目标", row 5, column AB',
    )
  })

  it.each(["zh-CN", "en"] as const)("word every rejection with its place (%s)", (locale) => {
    for (const code of REJECTIONS) {
      const line = formatRowRejection(
        { code, at: { file: "f.csv", row: 7, column: 2 }, data: { project: "P" } },
        locale,
      )
      expect(line).toContain("f.csv")
      expect(line).toContain("7")
      expect(line.length).toBeGreaterThan(20)
    }
  })

  it.each(["zh-CN", "en"] as const)("word every read error with its file (%s)", (locale) => {
    for (const code of ERRORS) {
      const line = formatTableReadError(new TableReadError({ code, file: "f.csv", row: 3 }), locale)
      expect(line).toContain("f.csv")
      expect(Object.keys(tableMessages[locale])).toContain(code)
    }
  })

  it("names the missing columns by their header and lists those found", () => {
    const error = new TableReadError({
      code: "missing_columns",
      file: "t.xlsx",
      row: 2,
      data: { missing: ["indicator", "target_annual|target_period"], found: ["单位", "项目"], sheet: "目标" },
    })
    const zh = formatTableReadError(error)
    for (const word of [
      "工作表「目标」第 2 行",
      "三级指标",
      "年度指标值",
      "实施周期指标值",
      "单位",
      "项目",
    ]) {
      expect(zh).toContain(word)
    }
    expect(formatTableReadError(error, "en")).toContain("target_annual or target_period")
  })

  it("words an encoding problem and each workbook limit with its numbers", () => {
    const encoding = new TableReadError({
      code: "encoding_unsupported",
      file: "a.csv",
      data: { detail: "unknown_encoding" },
    })
    expect(formatTableReadError(encoding)).toBe(
      "文件 a.csv：无法识别文件的文字编码（已尝试 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）；请另存为 UTF-8 编码（Excel：“CSV UTF-8（逗号分隔）”）后再读取",
    )
    const tooLarge = (data: Record<string, string | number>) =>
      formatTableReadError(new TableReadError({ code: "xlsx_too_large", file: "b.xlsx", data }))
    expect(tooLarge({ limit: "entries", max: 10_000, found: 65_535 })).toContain(
      "65,535 个文件，超过 10,000 个的上限",
    )
    expect(tooLarge({ limit: "cells", max: 3_000_000, found: 3_000_001, entry: "目标" })).toContain(
      "单元格超过 3,000,000 个的上限（已数到 3,000,001 个，在 目标）",
    )
    expect(tooLarge({ limit: "uncompressed_bytes", max: 200 * 2 ** 20, found: 200 * 2 ** 20 + 1 })).toContain(
      "至少 201 MB",
    )
  })
})
