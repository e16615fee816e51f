import { basename, dirname } from "node:path"
import { monitorTemplateRows, templateRows } from "@jixiao/core"
import { budgetCsvPath, monitorTemplateXlsx, templateCsv, templateXlsx } from "@jixiao/report"
import * as Console from "effect/Console"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { CliFailure } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { readTargets } from "../io/read-inputs.ts"
import { type WriteOptions, writeFileSet } from "../io/write-file.ts"
import { terminalText } from "../present/terminal-text.ts"
import { allowSymlinksFlag, yearFlag } from "./flags.ts"

/** `dir/name` as a file of an output set: the folder the user named, and the name in it. */
const inFolder = (file: string, bytes: Uint8Array) => ({
  dir: dirname(file),
  file: { name: basename(file), contents: bytes },
})

/**
 * Writes the template's files whole or not at all (see writeFileSet): the CSV template and its budget
 * sheet go in together, beside each other.
 */
const writeTemplate = (files: ReadonlyArray<readonly [string, Uint8Array]>, options: WriteOptions) => {
  const placed = files.map(([file, bytes]) => inFolder(file, bytes))
  return writeFileSet(
    placed[0]!.dir,
    placed.map((p) => p.file),
    options,
  )
}

/** A path as a shell word: quoted when it holds spaces or quotes. */
const shellWord = (text: string) => (/^[\w./\\:\u4e00-\u9fff-]+$/u.test(text) ? text : `'${text}'`)

/**
 * `jixiao template --monitor`: the monitoring sheet a unit fills in mid-year, which `jixiao monitor` reads
 * back: .xlsx with drop-downs for the fixed lists, or .csv with its budget sheet beside it.
 */
const writeMonitorTemplate = (
  targets: string,
  out: string,
  format: "xlsx" | "csv",
  year: Option.Option<number>,
  allowSymlinks: boolean,
) =>
  Effect.gen(function* () {
    const rows = monitorTemplateRows(yield* readTargets(targets))
    const counts = `${rows.monitor.rows.length} 个指标`
    const projects = `${rows.budget.rows.length} 个项目`
    if (format === "csv") {
      const budget = budgetCsvPath(out)
      yield* writeTemplate(
        [
          [out, templateCsv(rows.monitor)],
          [budget, templateCsv(rows.budget)],
        ],
        { allowSymlinks },
      )
      return yield* Console.log(
        `已写入监控表模板 ${terminalText(out)}：${counts}；预算执行表 ${terminalText(budget)}：${projects}。`,
      )
    }
    const readBack = [
      "jixiao monitor --targets",
      shellWord(targets),
      `--actuals ${shellWord(out)} --budget ${shellWord(out)}`,
      ...(Option.isSome(year) ? [`--year ${year.value}`] : []),
      "--as-of YYYY-MM-DD --out out",
    ].join(" ")
    const bytes = yield* Effect.tryPromise({
      try: () => monitorTemplateXlsx(rows, readBack),
      catch: (error) =>
        new CliFailure({ code: "render_failed", message: `无法生成 Excel 监控表模板：${String(error)}` }),
    })
    yield* writeTemplate([[out, bytes]], { allowSymlinks })
    yield* Console.log(`已写入监控表模板 ${terminalText(out)}：${counts}，${projects}。`)
  })

/** `jixiao template`: the sheet an auditor fills in at year end, which `jixiao assess` reads back. */
export const template = Command.make(
  "template",
  {
    targets: Flag.String("targets").pipe(
      Flag.withMetavar("目标表"),
      Flag.withDescription("绩效目标表：文本（.txt/.tsv）、.csv 或 .xlsx"),
    ),
    out: Flag.String("out").pipe(
      Flag.withMetavar("文件"),
      Flag.withDescription("模板文件：.xlsx（推荐）或 .csv（另写 同名.budget.csv）"),
    ),
    year: yearFlag,
    monitor: Flag.Boolean("monitor").pipe(
      Flag.withDescription(
        "生成年中绩效运行监控表（当前完成值、全年预计完成值、完成目标可能性、偏差原因类别等，由 jixiao monitor 读回）",
      ),
      Flag.withDefault(false),
    ),
    allowSymlinks: allowSymlinksFlag,
  },
  Effect.fn("template")(function* ({ targets, out, year, monitor, allowSymlinks }) {
    const format = /\.xlsx$/i.test(out) ? "xlsx" : /\.csv$/i.test(out) ? "csv" : null
    if (format === null) {
      return yield* new CliFailure({ code: "usage", message: `--out 应为 .xlsx 或 .csv 文件，收到 ${out}` })
    }
    if (monitor) return yield* writeMonitorTemplate(targets, out, format, year, allowSymlinks)
    const rows = templateRows(yield* readTargets(targets), { year: Option.getOrUndefined(year) })
    const counts = `${rows.actuals.rows.length} 个指标`
    const projects = `${rows.budget.rows.length} 个项目`
    if (format === "csv") {
      const budget = budgetCsvPath(out)
      yield* writeTemplate(
        [
          [out, templateCsv(rows.actuals)],
          [budget, templateCsv(rows.budget)],
        ],
        { allowSymlinks },
      )
      yield* Console.log(
        `已写入模板 ${terminalText(out)}：${counts}；预算执行表 ${terminalText(budget)}：${projects}。`,
      )
      return
    }
    const readBack = [
      "jixiao assess --targets",
      shellWord(targets),
      `--actuals ${shellWord(out)} --budget ${shellWord(out)}`,
      ...(Option.isSome(year) ? [`--year ${year.value}`] : []),
      "--out out",
    ].join(" ")
    const bytes = yield* Effect.tryPromise({
      try: () => templateXlsx(rows, readBack),
      catch: (error) =>
        new CliFailure({ code: "render_failed", message: `无法生成 Excel 模板：${String(error)}` }),
    })
    yield* writeTemplate([[out, bytes]], { allowSymlinks })
    yield* Console.log(`已写入模板 ${terminalText(out)}：${counts}，${projects}。`)
  }),
).pipe(
  Command.withShortDescription(
    "生成填报模板：年终自评（由 assess 读回）或加 --monitor 的年中运行监控表（由 monitor 读回）",
  ),
  Command.withDescription(
    [
      "按绩效目标表生成审核人员年终填写的模板：每个指标一行，单位、项目、序号、各级指标、",
      "年度指标值和规范化的期望已填好（灰色），实际完成值、评价等级、扣分、扣分原因、偏差原因留空；",
      "另有预算执行表，每个项目一行。--out 的扩展名决定格式：.xlsx 含三个工作表",
      "（实际完成值、预算执行、说明，评价等级有下拉列表）；.csv 为 UTF-8（带 BOM），",
      "预算执行表写在同目录的 同名.budget.csv。填好后用 jixiao assess --actuals/--budget 读回。",
      "加 --monitor 时生成年中绩效运行监控表：每个指标一行（单位、项目、序号、一级/二级/三级指标、年度指标值已填好），",
      "当前完成值、全年预计完成值、完成目标可能性、偏差原因类别、原因说明、纠偏措施、监控口径留空，",
      "完成目标可能性、偏差原因类别和监控口径有下拉列表（.xlsx）；另有预算执行表（全年预算数、执行数）。",
      "填好后用 jixiao monitor --actuals/--budget 读回。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    {
      command: "jixiao template --targets seeds/000_6fa372ea3c00e953.txt --year 2024 --out out/模板.xlsx",
      description: "为种子目标表生成 Excel 模板",
    },
    {
      command:
        "jixiao assess --targets seeds/000_6fa372ea3c00e953.txt --actuals out/模板.xlsx --budget out/模板.xlsx --year 2024 --out out",
      description: "填好后评分",
    },
    {
      command: "jixiao template --targets 目标表.xlsx --out 模板.csv",
      description: "生成 CSV：模板.csv 和 模板.budget.csv",
    },
    {
      command: "jixiao template --monitor --targets seeds/000_6fa372ea3c00e953.txt --out out/监控表.xlsx",
      description: "生成年中运行监控表（带下拉列表），填好后由 jixiao monitor 读回",
    },
  ]),
)
