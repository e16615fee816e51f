import { basename, dirname } from "node:path"
import { templateRows } from "@jixiao/core"
import { budgetCsvPath, templateCsv, templateXlsx } from "@jixiao/report"
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
    allowSymlinks: allowSymlinksFlag,
  },
  Effect.fn("template")(function* ({ targets, out, year, allowSymlinks }) {
    const format = /\.xlsx$/i.test(out) ? "xlsx" : /\.csv$/i.test(out) ? "csv" : null
    if (format === null) {
      return yield* new CliFailure({ code: "usage", message: `--out 应为 .xlsx 或 .csv 文件，收到 ${out}` })
    }
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
  Command.withShortDescription("生成年终自评填报模板：每个指标一行，填好后由 assess 读回评分"),
  Command.withDescription(
    [
      "按绩效目标表生成审核人员年终填写的模板：每个指标一行，单位、项目、序号、各级指标、",
      "年度指标值和规范化的期望已填好（灰色），实际完成值、评价等级、扣分、扣分原因、偏差原因留空；",
      "另有预算执行表，每个项目一行。--out 的扩展名决定格式：.xlsx 含三个工作表",
      "（实际完成值、预算执行、说明，评价等级有下拉列表）；.csv 为 UTF-8（带 BOM），",
      "预算执行表写在同目录的 同名.budget.csv。填好后用 jixiao assess --actuals/--budget 读回。",
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
  ]),
)
