import * as Console from "effect/Console"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { findLedger } from "../app/find-ledger.ts"
import { defaultConfigFile } from "../app/ledger-path.ts"
import { CliFailure } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import type { Ledger } from "../ledger/ledger.ts"
import { LedgerError } from "../ledger/ledger-error.ts"
import { openLedger } from "../ledger/open-ledger.ts"
import { currentStyle } from "../present/output.ts"
import { renderRunsDiff } from "../present/runs-diff.ts"
import { renderForecastDiff, renderLightsDiff } from "../present/runs-diff-monitor.ts"
import { renderRunsList } from "../present/runs-list.ts"
import { renderRunShow } from "../present/runs-show.ts"

const json = Flag.Boolean("json").pipe(
  Flag.withDescription("以 JSON 输出（缩进 2 格）"),
  Flag.withDefault(false),
)

const config = Flag.String("config").pipe(
  Flag.withMetavar("文件"),
  Flag.withDescription(
    `配置文件，其中 ledger 键给出账本位置（相对配置文件所在目录）；默认 ${defaultConfigFile}`,
  ),
  Flag.optional,
)

const ledgerFlag = Flag.String("ledger").pipe(
  Flag.withMetavar("账本"),
  Flag.withDescription("账本文件（如 jixiao assess --ledger 写入的）；给出时不读配置文件"),
  Flag.optional,
)

const runId = (name: string, description: string) =>
  Argument.String(name).pipe(Argument.withDescription(description))

/**
 * Opens the ledger the config names, where `jixiao run` writes it (read side: a missing file is an error
 * that says where it looked, never created) and uses it.
 */
const withLedger = <A, E, R>(
  where: { readonly config: Option.Option<string>; readonly ledger: Option.Option<string> },
  use: (ledger: Ledger) => Effect.Effect<A, E, R>,
) =>
  (Option.isSome(where.ledger)
    ? Effect.succeed(where.ledger.value)
    : findLedger(Option.getOrUndefined(where.config))
  ).pipe(
    Effect.flatMap((file) => openLedger(file, { create: false })),
    Effect.flatMap(use),
    Effect.scoped,
    Effect.mapError((error) =>
      error instanceof LedgerError
        ? new CliFailure({ code: "ledger", message: error.message, data: { issue: error.issue.code } })
        : error,
    ),
  )

const printJson = (value: unknown) => Console.log(JSON.stringify(value, null, 2))

const list = Command.make("list", { json, config, ledger: ledgerFlag }, ({ json, config, ledger: file }) =>
  withLedger({ config, ledger: file }, (ledger) =>
    Effect.gen(function* () {
      const runs = yield* ledger.listRuns()
      yield* json ? printJson(runs) : Console.log(renderRunsList(ledger.file, runs))
    }),
  ),
).pipe(
  Command.withShortDescription("列出账本中记录的运行，最新的在前"),
  Command.withDescription(
    [
      "每次运行一行：运行编号（前 12 个字符，可直接用于 show 和 diff）、类型（年终评价 / 运行监控）、",
      "截至日期（运行监控）、记录时间、年度、部门、总分、等级（运行监控为预测）、项目数、输入行（读入/评分/未采用）。账本与 jixiao run 写入的相同：--config 所指配置文件旁，",
      "或当前目录 jixiao.config.json 旁。找不到时以退出码 1 报告查找过的路径和附近有账本的配置文件。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    { command: "jixiao runs list", description: "列出当前目录配置所指账本中的全部运行" },
    {
      command: "jixiao runs list --json --config 2024/jixiao.config.json",
      description: "以 JSON 输出另一份配置的账本",
    },
  ]),
)

const show = Command.make(
  "show",
  { id: runId("id", "运行编号，或其唯一前缀（至少 4 个字符）"), json, config, ledger: ledgerFlag },
  ({ id, json, config, ledger: file }) =>
    withLedger({ config, ledger: file }, (ledger) =>
      Effect.gen(function* () {
        const run = yield* ledger.getRun(id)
        const projects = yield* ledger.projectsOf(run.id)
        if (!json) return yield* Console.log(renderRunShow(run, projects, yield* currentStyle))
        yield* printJson({ run, projects, indicators: yield* ledger.indicatorsOf(run.id) })
      }),
    ),
).pipe(
  Command.withShortDescription("查看一次运行：输入输出文件摘要、评分规则、引擎版本、汇总和各项目等级"),
  Command.withDescription(
    [
      "显示一次运行读入和写出的文件（路径与 sha256 摘要）、评分规则、引擎版本、汇总和各项目的总分与等级",
      "（得分按评分规则的小数位数显示，默认 2 位）。",
      "--json 时输出运行记录、全部项目和全部指标结果。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    { command: "jixiao runs show 3f9a2c1b", description: "按编号前缀查看一次运行" },
    { command: "jixiao runs show 3f9a2c1b --json", description: "以 JSON 输出运行记录、项目和全部指标结果" },
  ]),
)

const diff = Command.make(
  "diff",
  {
    from: runId("a", "较早的运行（编号或前缀）"),
    to: runId("b", "较晚的运行（编号或前缀）"),
    json,
    config,
    ledger: ledgerFlag,
  },
  ({ from, to, json, config, ledger: file }) =>
    withLedger({ config, ledger: file }, (ledger) =>
      Effect.gen(function* () {
        const result = yield* ledger.diffRuns(from, to)
        if (json) return yield* printJson(result)
        const style = yield* currentStyle
        if (result.kind === "forecast_outcome") {
          const [monitor, yearEnd] = [
            yield* ledger.getRun(result.monitor),
            yield* ledger.getRun(result.yearEnd),
          ]
          return yield* Console.log(renderForecastDiff(result, monitor, yearEnd, style))
        }
        const [a, b] = [yield* ledger.getRun(result.from), yield* ledger.getRun(result.to)]
        yield* Console.log(
          result.kind === "lights"
            ? renderLightsDiff(result, a, b, style)
            : renderRunsDiff(result, a, b, style),
        )
      }),
    ),
).pipe(
  Command.withShortDescription(
    "比较两次运行：得分、等级和指标状态的变化；两次运行监控之间的亮灯变化；运行监控的预测对照年终结果",
  ),
  Command.withDescription(
    [
      "两次年终评价：列出从运行 A 到运行 B 部门综合得分和等级的变化、总分或等级变化（含新增、删除）的项目，",
      "以及状态或得分变化（含新增、删除）的指标。",
      "两次运行监控：列出亮灯变了的指标（如 绿灯 → 红灯，附完成率）、预算执行进度亮灯变了的项目和预测总分的变化。",
      "一次运行监控与一次年终评价（顺序不限）：逐个指标列出预测完成值与实际完成值、预测得分与实际得分，",
      "以及各项目、部门的预测总分和等级与实际总分和等级。",
      "同一年度按 单位 + 项目 + 序号 匹配指标；不同年度（同比）按 单位 + 项目 + 指标名称 匹配。",
      "得分按记录值比较，不再舍入；显示时按各次运行评分规则的小数位数（默认 2 位）。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    { command: "jixiao runs diff 3f9a2c1b 7d04e6aa", description: "同一年度两次运行之间的变化" },
    {
      command: "jixiao runs diff 1c2d3e4f 3f9a2c1b --json",
      description: "上一年度与本年度同比，以 JSON 输出",
    },
    { command: "jixiao runs diff 5a6b7c8d 9e0f1a2b", description: "7 月与 10 月两次运行监控之间的亮灯变化" },
    { command: "jixiao runs diff 5a6b7c8d 3f9a2c1b", description: "7 月运行监控的全年预测对照年终评价结果" },
  ]),
)

/** `jixiao runs`: the history of year-end and monitoring runs in the ledger: list, show one, diff two. Never prompts. */
export const runsCommand = Command.make("runs").pipe(
  Command.withShortDescription("查看运行账本：历次评价运行的记录与比较"),
  Command.withDescription(
    [
      "运行账本（SQLite 文件，默认为配置文件旁的 jixiao-ledger.sqlite，可用配置的 ledger 键指定）",
      "记录每次年终评价和运行监控的输入文件摘要、评分规则、引擎版本、汇总和每个指标的结果（运行监控另记截至日期、亮灯和全年预测）。",
      "list 列出运行，show 查看一次运行，diff 比较两次运行。运行编号可只写前 4 个以上字符。",
      "从不交互提问，可放心用于定时任务。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withSubcommands([list, show, diff]),
  Command.withExamples([
    { command: "jixiao runs list", description: "列出全部运行" },
    { command: "jixiao runs show 3f9a2c1b", description: "查看一次运行" },
    { command: "jixiao runs diff 3f9a2c1b 7d04e6aa", description: "比较两次运行" },
  ]),
)
