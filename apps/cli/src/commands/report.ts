import { statSync } from "node:fs"
import { dirname } from "node:path"
import {
  decodeResults,
  defaultReportFormats,
  formatResultsError,
  type ReportFormat,
  reportFormats,
} from "@jixiao/report"
import type { ResultsJson } from "@jixiao/scoring"
import * as Console from "effect/Console"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { CliFailure } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { readBytes } from "../io/read-inputs.ts"
import { renderReportsStoppable } from "../io/render-stoppable.ts"
import { type WriteOptions, writeFileSet } from "../io/write-file.ts"
import { terminalText } from "../present/terminal-text.ts"
import { allowSymlinksFlag } from "./flags.ts"

const formatNames: Readonly<Record<ReportFormat, string>> = {
  html: "网页报告（含图表）",
  xlsx: "Excel 自评表",
  md: "Markdown",
  csv: "指标明细 CSV",
  docx: "Word 绩效自评报告（部门一份、每个项目一份）",
}

/** The names of a list: split on `,` or `，`, trimmed, lower-cased, repeats dropped. */
const formatNamesOf = (text: string): ReadonlyArray<string> =>
  [...new Set(text.split(/[,，]/).map((name) => name.trim().toLowerCase()))].filter((name) => name !== "")

/** `md,csv` → `["md", "csv"]` among `formats`; none when the list is empty or names one not among them. */
export const parseFormatList = <F extends string>(
  text: string,
  formats: ReadonlyArray<F>,
): Option.Option<ReadonlyArray<F>> => {
  const names = formatNamesOf(text)
  const known = (name: string): name is F => (formats as ReadonlyArray<string>).includes(name)
  return names.length > 0 && names.every(known) ? Option.some(names.filter(known)) : Option.none()
}

const formatError = (text: string, formats: ReadonlyArray<string>): string => {
  const unknown = formatNamesOf(text).filter((name) => !formats.includes(name))
  const what = unknown.length > 0 ? `未知的报告格式 ${unknown.join("、")}` : "没有给出报告格式"
  return `${what}；可选 ${formats.join("、")}（多个用逗号分隔，如 md,csv）`
}

/**
 * `--format a,b`: a comma list of `formats` (each described by `names`), validated when the command line
 * is parsed.
 */
export const formatListFlag = <F extends string>(
  formats: ReadonlyArray<F>,
  names: Readonly<Record<F, string>>,
) =>
  Flag.String("format").pipe(
    Flag.withMetavar("格式"),
    Flag.withDescription(`报告格式，多个用逗号分隔：${formats.map((f) => `${f} ${names[f]}`).join("，")}`),
    Flag.filterMap(
      (text) => parseFormatList(text, formats),
      (text) => formatError(text, formats),
    ),
  )

/** `--format html,xlsx,md,csv`: the report formats to write, validated when the command line is parsed. */
export const formatFlag = formatListFlag(reportFormats, formatNames)

/**
 * Renders `results` in `formats` and writes the files into `dir` as one set (all or, on a failure, none),
 * printing one line per file.
 */
export const writeReports = (
  results: ResultsJson,
  formats: ReadonlyArray<ReportFormat>,
  dir: string,
  options: WriteOptions = {},
) =>
  Effect.gen(function* () {
    const files = yield* Effect.tryPromise({
      // Large results render in a worker a signal can stop (SIGTERM, Ctrl-C stop within 2 s).
      try: () => renderReportsStoppable(results, formats),
      catch: (error) =>
        new CliFailure({
          code: "render_failed",
          message: `无法生成报告：${error instanceof Error ? error.message : String(error)}`,
        }),
    })
    for (const written of yield* writeFileSet(dir, files, options))
      yield* Console.log(`已写入 ${terminalText(written)}`)
  })

/**
 * The largest results.json `report` reads whole: 96 MB, about 140,000 indicators. Reading, parsing and
 * rendering hold the file several times over (10⁵ indicators, 69 MB: 3.7 GB of memory, 2¾ minutes); a
 * run of 10⁶ (0.7 GB) failed inside V8 with an English message. `assess` writes reports of big runs
 * unit by unit instead.
 */
const WHOLE_RESULTS_LIMIT = 96 * 1024 * 1024

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

/** The message for a results.json too large to read whole, or null when it is within the limit. */
const tooLargeMessage = (file: string, bytes: number): string | null =>
  bytes <= WHOLE_RESULTS_LIMIT
    ? null
    : `${file} 有 ${megabytes(bytes)} MB，超过 report 整份读入的上限（${megabytes(WHOLE_RESULTS_LIMIT)} MB，约 14 万个指标）；` +
      "请改用 jixiao assess … --format html,xlsx,md,csv 直接生成报告：超过 20,000 个指标时按单位分别写出，" +
      "results.json 和 指标明细.csv 仍是完整的。"

/** Reads a saved results.json: JSON first, then the keys the renderers need, each error naming the file. */
const readResults = (file: string) =>
  Effect.gen(function* () {
    const size = yield* Effect.try({ try: () => statSync(file).size, catch: () => null }).pipe(
      Effect.orElseSucceed(() => 0),
    )
    const tooLarge = tooLargeMessage(file, size)
    if (tooLarge !== null)
      return yield* Effect.fail(new CliFailure({ code: "results_invalid", message: tooLarge }))
    const text = new TextDecoder().decode(yield* readBytes(file))
    const json = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (error) =>
        new CliFailure({
          message: `${file} 不是合法的 JSON：${error instanceof Error ? error.message : String(error)}`,
        }),
    })
    return yield* decodeResults(json, file).pipe(
      Effect.mapError(
        (error) => new CliFailure({ code: "results_invalid", message: formatResultsError(error) }),
      ),
    )
  })

/** `jixiao report`: renders a saved results.json as reports, without scoring again. */
export const reportCommand = Command.make(
  "report",
  {
    results: Argument.String("results").pipe(Argument.withDescription("jixiao assess 写出的 results.json")),
    formats: formatFlag.pipe(Flag.withDefault(defaultReportFormats)),
    out: Flag.String("out").pipe(
      Flag.withMetavar("目录"),
      Flag.withDescription("输出目录；省略时写在 results.json 所在的目录"),
      Flag.optional,
    ),
    allowSymlinks: allowSymlinksFlag,
  },
  Effect.fn("report")(function* ({ results: file, formats, out, allowSymlinks }) {
    const results = yield* readResults(file)
    yield* writeReports(
      results,
      formats,
      Option.getOrElse(out, () => dirname(file)),
      { allowSymlinks },
    )
  }),
).pipe(
  Command.withShortDescription("由保存的 results.json 生成报告（xlsx、html、md、csv），不重新评分"),
  Command.withDescription(
    [
      "读取 jixiao assess 写出的 results.json，按 --format 生成报告：",
      "xlsx 为项目支出绩效自评表（Excel），html 为带图表的单文件网页报告，",
      "md 为 报告.md（摘要、各项目自评表、审核意见），csv 为 指标明细.csv（每个指标一行，Excel 可直接打开）。",
      "省略 --format 时写出全部四种。不重新评分：报告与 results.json 完全一致；",
      "文件损坏或缺少键时报错，指出文件和键的位置。",
      "results.json 超过 96 MB（约 14 万个指标）时不整份读入而报错：大规模运行请用 assess --format 直接生成报告。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    {
      command: "jixiao report out/results.json --format md,csv",
      description: "在 out/ 中写出 报告.md 和 指标明细.csv",
    },
    {
      command: "jixiao report out/results.json --format xlsx --out 报告",
      description: "Excel 自评表写到 报告/ 目录",
    },
    { command: "jixiao report out/results.json", description: "写出全部格式：html、xlsx、md、csv" },
  ]),
)
