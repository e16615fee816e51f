import type { TableReadErrorCode } from "../model/errors.ts"
import { columnLetter, type SourceRef } from "../model/source.ts"
import type { RowRejection, RowRejectionCode } from "../model/table.ts"
import { COLUMN_ALIASES, type ColumnKey, HEADER_SEARCH_ROWS } from "../read/columns.ts"

/** The languages of the catalogue. */
import type { Locale } from "./locale.ts"

/** The data of a rejection or a read error, as carried by the value. */
type MessageData = Readonly<Record<string, string | number | ReadonlyArray<string> | undefined>>

/** A place that may lack a row (a read error about a whole file). */
type Place = Omit<SourceRef, "row"> & { readonly row?: number | undefined }

/** What a table read error carries: its code, its file, maybe a row, a column and data. */
interface ReadErrorLike {
  readonly code: TableReadErrorCode
  readonly file: string
  readonly row?: number | undefined
  readonly column?: number | undefined
  readonly data?: MessageData | undefined
}

type Catalogue = { readonly [C in RowRejectionCode | TableReadErrorCode]: (d: MessageData) => string } & {
  readonly place: (at: Place) => string
  readonly or: string
  readonly list: string
}

const s = (value: MessageData[string]): string =>
  Array.isArray(value) ? value.join("、") : String(value ?? "")

/** `["indicator", "target_annual|target_period"]` → `三级指标、年度指标值 或 实施周期指标值`. */
const columns = (value: MessageData[string], locale: Locale): string => {
  const needs = Array.isArray(value) ? value : [String(value ?? "")]
  // The English header of a column is its key; the Chinese one is its first alias.
  const name = (key: string) => (locale === "en" ? key : (COLUMN_ALIASES[key as ColumnKey]?.[0] ?? key))
  return needs
    .map((need: string) => need.split("|").map(name).join(tableMessages[locale].or))
    .join(tableMessages[locale].list)
}

/** `209715200` → `209,715,200`. */
const n = (value: MessageData[string]): string => Number(value ?? 0).toLocaleString("en-US")
/** Bytes as whole MB (1 MB = 1,048,576 bytes), rounded up so that a breach never prints as the limit. */
const mb = (value: MessageData[string]): string => n(Math.ceil(Number(value ?? 0) / 2 ** 20))

const ENCODING_ZH: Readonly<Record<string, string>> = {
  invalid_utf8: "文件以 UTF-8 的 BOM 开头，但内容不是有效的 UTF-8",
  invalid_utf16: "文件以 UTF-16 的 BOM 开头，但内容不是有效的 UTF-16",
  control_characters: "文件含有 NUL 等控制字符，不是文本表格（可能是二进制文件，或不带 BOM 的 UTF-16）",
}
const ENCODING_EN: Readonly<Record<string, string>> = {
  invalid_utf8: "the file starts with a UTF-8 BOM but is not valid UTF-8",
  invalid_utf16: "the file starts with a UTF-16 BOM but is not valid UTF-16",
  control_characters:
    "the file holds NUL or other control characters: not a text table (a binary file, or UTF-16 without a BOM)",
}

const TOO_LARGE_ZH: Readonly<Record<string, (d: MessageData) => string>> = {
  uncompressed_bytes: (d) =>
    `解压后超过 ${mb(d.max)} MB 的读取上限（至少 ${mb(d.found)} MB），可能是压缩炸弹`,
  entries: (d) => `压缩包内有 ${n(d.found)} 个文件，超过 ${n(d.max)} 个的上限`,
  rows: (d) => `工作表 ${s(d.entry)} 有 ${n(d.found)} 行以上，超过每张工作表 ${n(d.max)} 行的上限`,
  cells: (d) =>
    `单元格超过 ${n(d.max)} 个的上限（已数到 ${n(d.found)} 个${d.entry === undefined ? "" : `，在 ${s(d.entry)}`}）`,
}
const TOO_LARGE_EN: Readonly<Record<string, (d: MessageData) => string>> = {
  uncompressed_bytes: (d) =>
    `inflates to more than the ${mb(d.max)} MB limit (at least ${mb(d.found)} MB): maybe a zip bomb`,
  entries: (d) => `the archive holds ${n(d.found)} files, more than the limit of ${n(d.max)}`,
  rows: (d) =>
    `worksheet ${s(d.entry)} has ${n(d.found)} rows or more, over the limit of ${n(d.max)} a sheet`,
  cells: (d) =>
    `more than the limit of ${n(d.max)} cells (counted ${n(d.found)}${d.entry === undefined ? "" : ` in ${s(d.entry)}`})`,
}

const ITEM_REASON_ZH: Readonly<Record<string, string>> = {
  no_target_label: "找不到“实施周期指标值”或“年度指标值”",
  missing_parts: "缺少一级指标、二级指标或指标名称",
  unnumbered_text: "位于编号 1、之前",
}
const ITEM_REASON_EN: Readonly<Record<string, string>> = {
  no_target_label: "no 实施周期指标值 or 年度指标值 label",
  missing_parts: "level 1, level 2 or name missing",
  unnumbered_text: "text before item 1、",
}

/** Wording of every row rejection and table read error, zh-CN first and en beside it. */
export const tableMessages: Readonly<Record<Locale, Catalogue>> = {
  "zh-CN": {
    place: (at) =>
      [
        `文件 ${at.file}`,
        [
          at.sheet === undefined ? "" : `工作表「${at.sheet}」`,
          at.row === undefined ? "" : `第 ${at.row} 行`,
        ].join(""),
        at.column === undefined
          ? ""
          : at.sheet === undefined
            ? `第 ${at.column} 列`
            : `${columnLetter(at.column)} 列`,
      ]
        .filter((p) => p !== "")
        .join(" "),
    or: " 或 ",
    list: "、",
    indicator_unreadable: (d) =>
      `第 ${s(d.no)} 项绩效指标无法拆分（${ITEM_REASON_ZH[s(d.reason)] ?? s(d.reason)}）：${s(d.text)}`,
    project_without_unit: (d) => `项目「${s(d.project)}」之前没有资金使用单位，已归入未命名单位`,
    project_without_indicators: (d) => `项目「${s(d.project)}」没有绩效指标`,
    missing_project: () => "该行没有项目名称",
    missing_indicator_name: (d) => `项目「${s(d.project)}」的该行没有三级指标名称`,
    missing_targets: (d) => `指标「${s(d.indicator)}」既没有年度指标值，也没有实施周期指标值`,
    row_unrecognised: (d) => `无法识别的行：${s(d.text)}`,
    extra_cells: (d) =>
      `该行有 ${n(d.cells)} 个单元格，比表头的 ${n(d.header)} 列多，多出的内容不属于任何一列，该行未读入（可能是单元格里的逗号没有加引号）`,
    unclosed_quote: (d) =>
      `第 ${s(d.opened)} 行开始的引号直到第 ${s(d.through)} 行才结束，其间的行都被读成了这一个单元格，这些行未读入；请检查该处的引号（单元格里的引号应写成两个 ""）`,
    likelihood_unknown: (d) => `完成目标可能性「${s(d.text)}」不在可选值内（${s(d.allowed)}）`,
    reason_category_unknown: (d) => `偏差原因类别「${s(d.text)}」不在可选值内（${s(d.allowed)}）`,
    monitor_kind_unknown: (d) => `监控口径「${s(d.text)}」不在可选值内（${s(d.allowed)}）`,
    missing_indicator_key: (d) =>
      `项目「${s(d.project)}」的该行既没有可用的序号${d.no === undefined ? "" : `（「${s(d.no)}」不是正整数）`}，也没有三级指标名称，无法对应到绩效指标`,
    unsupported_format: (d) => `不支持的文件格式「${s(d.extension)}」（可读取 .txt、.tsv、.csv、.xlsx）`,
    missing_columns: (d) => `缺少必需的列：${columns(d.missing, "zh-CN")}（已找到：${s(d.found)}）`,
    no_header: (d) =>
      `前 ${HEADER_SEARCH_ROWS} 行中找不到表头（需要 ${d.expected === undefined ? "项目、三级指标、年度指标值" : columns(d.expected, "zh-CN")} 等列）`,
    empty_table: () => "表格为空",
    xlsx_unreadable: (d) => `无法读取 Excel 文件：${s(d.reason)}`,
    csv_unreadable: (d) =>
      d.detail === "quote_not_closed"
        ? `CSV 格式错误：这里开始的引号直到文件末尾都没有闭合，其后的行都被读成了一个单元格；请检查该处的引号（单元格里的引号应写成两个 ""）`
        : `CSV 格式错误（${s(d.detail)}），无法读取；请用 Excel 另存为“CSV UTF-8（逗号分隔）”后再读取`,
    encoding_unsupported: (d) =>
      `${ENCODING_ZH[s(d.detail)] ?? "无法识别文件的文字编码（已尝试 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）"}；请另存为 UTF-8 编码（Excel：“CSV UTF-8（逗号分隔）”）后再读取`,
    no_indicators: (d) =>
      `表中没有任何绩效指标（读入 ${n(d.projects)} 个项目，${n(d.rejected)} 行未读入），无法评分；可运行 jixiao lint 查看原因`,
    amount_units_differ: (d) =>
      `各工作表的金额单位不一致（${s(d.first)}；${s(d.other)}），无法合并读取；请统一金额单位后再读取`,
    xlsx_too_large: (d) =>
      `Excel 文件超出读取上限：${TOO_LARGE_ZH[s(d.limit)]?.(d) ?? s(d.limit)}；请拆分成较小的工作簿后再读取`,
  },
  en: {
    place: (at) =>
      [
        at.file,
        at.sheet === undefined ? "" : `sheet "${at.sheet}"`,
        at.row === undefined ? "" : `row ${at.row}`,
        at.column === undefined
          ? ""
          : `column ${at.sheet === undefined ? at.column : columnLetter(at.column)}`,
      ]
        .filter((p) => p !== "")
        .join(", "),
    or: " or ",
    list: ", ",
    indicator_unreadable: (d) =>
      `indicator ${s(d.no)} cannot be split into its parts (${ITEM_REASON_EN[s(d.reason)] ?? s(d.reason)}): ${s(d.text)}`,
    project_without_unit: (d) =>
      `project "${s(d.project)}" comes before any unit; kept under an unnamed unit`,
    project_without_indicators: (d) => `project "${s(d.project)}" has no indicators`,
    missing_project: () => "the row has no project name",
    missing_indicator_name: (d) => `the row of project "${s(d.project)}" has no indicator name`,
    missing_targets: (d) => `indicator "${s(d.indicator)}" has neither an annual nor a period target`,
    row_unrecognised: (d) => `unrecognised row: ${s(d.text)}`,
    extra_cells: (d) =>
      `the row has ${n(d.cells)} cells, more than the ${n(d.header)} columns of the header; the extra text belongs to no column, so the row was not read (an unquoted comma in a cell?)`,
    unclosed_quote: (d) =>
      `the quote opened on line ${s(d.opened)} only ends on line ${s(d.through)}: the lines in between were read as this one cell and were not read as rows; check the quote (a quote inside a cell is written "")`,
    likelihood_unknown: (d) => `完成目标可能性 "${s(d.text)}" is not one of ${s(d.allowed)}`,
    reason_category_unknown: (d) => `偏差原因类别 "${s(d.text)}" is not one of ${s(d.allowed)}`,
    monitor_kind_unknown: (d) => `监控口径 "${s(d.text)}" is not one of ${s(d.allowed)}`,
    missing_indicator_key: (d) =>
      `the row of project "${s(d.project)}" has neither a usable number${d.no === undefined ? "" : ` ("${s(d.no)}" is not a positive integer)`} nor an indicator name, so it matches no indicator`,
    unsupported_format: (d) =>
      `unsupported file format "${s(d.extension)}" (.txt, .tsv, .csv and .xlsx are read)`,
    missing_columns: (d) => `missing required columns: ${columns(d.missing, "en")} (found: ${s(d.found)})`,
    no_header: (d) =>
      `no header row in the first ${HEADER_SEARCH_ROWS} rows (${d.expected === undefined ? "project, indicator, target_annual" : columns(d.expected, "en")} …)`,
    empty_table: () => "the table is empty",
    xlsx_unreadable: (d) => `not a readable Excel workbook: ${s(d.reason)}`,
    csv_unreadable: (d) =>
      d.detail === "quote_not_closed"
        ? `CSV syntax error: the quote opened here is never closed, so every line after it was read as one cell; check the quote (a quote inside a cell is written "")`
        : `CSV syntax error (${s(d.detail)}); save the file again as CSV UTF-8 and read it again`,
    encoding_unsupported: (d) =>
      `${ENCODING_EN[s(d.detail)] ?? "unknown text encoding (tried UTF-8, UTF-16 with a BOM, GBK/GB18030)"}; save it as UTF-8 and read it again`,
    no_indicators: (d) =>
      `the table has no indicators (${n(d.projects)} projects read, ${n(d.rejected)} rows not read), so nothing can be assessed; jixiao lint says why`,
    amount_units_differ: (d) =>
      `the sheets give different amount units (${s(d.first)}; ${s(d.other)}); make them one before reading`,
    xlsx_too_large: (d) =>
      `the Excel file is over a read limit: ${TOO_LARGE_EN[s(d.limit)]?.(d) ?? s(d.limit)}; split it into smaller workbooks`,
  },
}

/** Where a cell is, for people: `文件 seeds/x.txt 第 12 行 第 3 列`, `文件 x.xlsx 工作表「目标」第 5 行 C 列`. */
export const formatPlace = (at: SourceRef, locale: Locale = "zh-CN"): string =>
  tableMessages[locale].place(at)

/** A rejected row as one line: its place, then why. */
export const formatRowRejection = (rejection: RowRejection, locale: Locale = "zh-CN"): string =>
  `${formatPlace(rejection.at, locale)}${locale === "en" ? ": " : "："}${tableMessages[locale][rejection.code](rejection.data ?? {})}`

/**
 * Why a reader refused a row, without its place, for callers that print the place themselves (scoring's
 * list of rows not used); null for a code that is no reader's.
 */
export const formatRowRejectionReason = (
  code: string,
  data: MessageData = {},
  locale: Locale = "zh-CN",
): string | null => {
  const entry = Object.hasOwn(tableMessages[locale], code)
    ? tableMessages[locale][code as RowRejectionCode]
    : null
  return typeof entry === "function" && code !== "place" ? entry(data) : null
}

/** A table read error as one line: the file (and row, column, sheet when known), then why. */
export const formatTableReadError = (error: ReadErrorLike, locale: Locale = "zh-CN"): string => {
  const sheet = typeof error.data?.sheet === "string" ? error.data.sheet : undefined
  const place = tableMessages[locale].place({ file: error.file, row: error.row, column: error.column, sheet })
  return `${place}${locale === "en" ? ": " : "："}${tableMessages[locale][error.code](error.data ?? {})}`
}
