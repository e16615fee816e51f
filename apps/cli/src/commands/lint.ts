import { lintTable, parseTable } from "@jixiao/core"
import * as Console from "effect/Console"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { countAtOrAbove, failOnLevels } from "../app/fail-on.ts"
import { FindingsAtThreshold, tableFailure } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { readBytes } from "../io/read-inputs.ts"
import { renderLintReport } from "../present/lint-report.ts"
import { currentStyle } from "../present/output.ts"
import { yearFlag } from "./flags.ts"

/** Reads the file named on the command line, refusing what is not a regular file within the input limit. */
const readTableFile = readBytes

/** `jixiao lint`: reviews a 项目支出绩效目标表 the way a finance bureau reviewer would. */
export const lint = Command.make(
  "lint",
  {
    file: Argument.String("table").pipe(
      Argument.withDescription("绩效目标表文件：文本（.txt/.tsv）、.csv 或 .xlsx"),
    ),
    json: Flag.Boolean("json").pipe(
      Flag.withDescription("输出完整的审核报告（JSON，缩进 2 格）"),
      Flag.withDefault(false),
    ),
    year: yearFlag,
    failOn: Flag.Literals("fail-on", failOnLevels).pipe(
      Flag.withMetavar("级别"),
      Flag.withDescription("问题达到该级别时以退出码 2 结束；never 表示从不"),
      Flag.withDefault("error"),
    ),
  },
  Effect.fn("lint")(function* ({ file, json, year, failOn }) {
    const bytes = yield* readTableFile(file)
    const table = yield* parseTable({ file, bytes }).pipe(Effect.mapError((error) => tableFailure(error)))
    const report = lintTable(table, { year: Option.getOrUndefined(year) })
    yield* Console.log(renderLintReport(json ? "json" : "human", report, yield* currentStyle))
    if (failOn === "never") return
    const count = countAtOrAbove(report.findings, failOn)
    if (count > 0) yield* new FindingsAtThreshold({ failOn, count })
  }),
).pipe(
  Command.withShortDescription("审核绩效目标表：逐条编译指标值，列出审核意见"),
  Command.withDescription(
    [
      "读取一张项目支出绩效目标表，逐条编译实施周期指标值和年度指标值，",
      "按单位、项目列出问题（错误／警告／提示）及其所在的文件、行和列。",
      "--json 时输出完整报告：部门、计数、问题和每条编译结果。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    { command: "jixiao lint 目标表.txt", description: "审核一张目标表" },
    { command: "jixiao lint 目标表.xlsx --json > 审核.json", description: "输出 JSON 报告" },
    {
      command: "jixiao lint 目标表.csv --fail-on warning",
      description: "有警告也以退出码 2 结束（用于 CI）",
    },
    { command: "jixiao lint 目标表.txt --year 2024", description: "没写年份的期限按 2024 年理解" },
  ]),
)
