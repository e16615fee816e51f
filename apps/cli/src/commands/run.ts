import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import { executeRun } from "../app/run.ts"
import { NeedsAttention } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { renderAssessSummary } from "../present/assess-summary.ts"
import { LogStream } from "../present/log-stream.ts"
import { renderMonitorSummary } from "../present/monitor-summary.ts"
import { currentStyle } from "../present/output.ts"
import { makeRunLog } from "../present/run-log.ts"
import { allowSymlinksFlag } from "./flags.ts"

/** `jixiao run`: a recorded, repeatable year-end run from one config file, made for cron. */
export const runCommand = Command.make(
  "run",
  {
    config: Flag.String("config").pipe(
      Flag.withMetavar("配置文件"),
      Flag.withDescription(
        "运行配置（JSON）：部门、年度、口径、输入、评分规则、输出和账本；路径相对于配置文件所在目录",
      ),
      Flag.withDefault("jixiao.config.json"),
    ),
    wait: Flag.Int("wait").pipe(
      Flag.withMetavar("秒"),
      Flag.withDescription("另一个运行持有账本锁时最多等待的秒数；0 表示立即报告"),
      Flag.withDefault(60),
    ),
    quiet: Flag.Boolean("quiet").pipe(Flag.withDescription("只输出错误"), Flag.withDefault(false)),
    logFormat: Flag.Literals("log-format", ["human", "json"]).pipe(
      Flag.withDescription("日志格式：human（中文，终端上显示进度条）或 json（每行一个 JSON，写到 stderr）"),
      Flag.withDefault("human"),
    ),
    allowSymlinks: allowSymlinksFlag.pipe(
      Flag.withDescription(
        '允许输出目录是指向别处的符号链接，并以新文件替换报告路径上的符号链接；默认拒绝（配置中也可写 "outputs": { "allowSymlinks": true }）',
      ),
    ),
  },
  Effect.fn("run")(function* ({ config, wait, quiet, logFormat, allowSymlinks }) {
    const clock = yield* Clock.Clock
    const stream = yield* LogStream
    const log = makeRunLog({
      format: logFormat,
      quiet,
      tty: stream.tty,
      now: () => new Date(clock.currentTimeMillisUnsafe()),
      write: stream.write,
    })
    const outcome = yield* executeRun(config, { waitMs: Math.max(0, wait) * 1000, log, allowSymlinks })
    const written = outcome.outputs.filter((o) => o.written).length
    const recordLine = outcome.recorded
      ? `已记录运行 ${outcome.id}`
      : `输入未变：与已记录的运行 ${outcome.id} 相同，未新增记录`
    const fileLine =
      written === 0 ? `报告未变（${outcome.outputs.length} 个文件逐字节相同）` : `已写入 ${written} 个文件`
    const standing =
      outcome.kind === "monitor"
        ? {
            kind: "monitor",
            asOf: outcome.results.asOf,
            projected: outcome.results.department.projected,
            lights: outcome.results.lights,
          }
        : {
            score: outcome.frame.department.score,
            grade: outcome.frame.department.grade,
            rows: outcome.frame.rows,
          }
    log.event(outcome.recorded ? "run_recorded" : "run_unchanged", recordLine, {
      runId: outcome.id,
      recorded: outcome.recorded,
      written,
      outputs: outcome.outputs.map((o) => o.path),
      ...standing,
    })
    if (!quiet && logFormat === "human") {
      const footer = `结果：${outcome.outputs[0]?.path ?? ""}`
      const style = yield* currentStyle
      yield* Console.log(
        outcome.kind === "monitor"
          ? renderMonitorSummary(
              outcome.results,
              outcome.outputs.map((o) => o.path),
              style,
            )
          : renderAssessSummary(outcome.frame, footer, style, outcome.statuses),
      )
      yield* Console.log(`${recordLine}；${fileLine}`)
    }
    if (outcome.attention !== null) {
      log.event("needs_attention", `需要注意：${outcome.attention}（退出码 2）`)
      return yield* new NeedsAttention({ reason: outcome.attention })
    }
  }),
).pipe(
  Command.withShortDescription("按配置文件运行年终评价或运行监控并记入账本（可定时运行）"),
  Command.withDescription(
    [
      "读取配置文件（默认 jixiao.config.json），评分、写出 results.json 和报告，并把运行记入 SQLite 账本。",
      '配置写 "mode": "monitor" 和 "asOf": "YYYY-MM-DD"（或 "today"，按北京时间的当天）时为年中运行监控：',
      "inputs.actuals 是监控表，运行编号另含模式和截至日期，同样记入账本（jixiao runs diff 可比较亮灯、对照预测与年终结果）。",
      "运行编号由输入文件、评分规则、年度与口径、部门名称、输出格式和引擎版本决定：输入未变时重跑不改动任何文件、不新增记录；",
      "输入变了就是新的运行。同一账本同一时间只允许一个运行（其他运行等待 --wait 秒或报告）。从不提示输入。",
      "",
      exitCodeHelp,
      "  （run：有未采用的输入行，或有达到配置 failOn 级别的评分提示时，退出码为 2）",
    ].join("\n"),
  ),
  Command.withExamples([
    { command: "jixiao run --config seeds/seed-2024.config.json", description: "运行种子数据的年终评价" },
    { command: "jixiao run --quiet", description: "定时任务：只在出错时输出" },
    { command: "jixiao run --log-format json 2>> run.log", description: "结构化日志，便于日志系统收集" },
    { command: "jixiao run --wait 0", description: "另一个运行正在进行时立即报告，不等待" },
    {
      command: "jixiao run --config monitor.config.json --quiet",
      description: '每月运行监控（配置中 "mode": "monitor", "asOf": "today"），适合 cron',
    },
  ]),
)
