import {
  defaultMonitorFormats,
  MONITOR_CSV_FILE,
  MONITOR_HTML_FILE,
  MONITOR_MD_FILE,
  MONITOR_XLSX_FILE,
  type MonitorFormat,
  monitorReportFormats,
} from "@jixiao/report"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { type MonitorFiles, monitorFiles } from "../app/monitor.ts"
import { monitorWithLedger } from "../app/record-monitor.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { readPolicy } from "../io/read-inputs.ts"
import { version } from "../version.ts"
import { allowSymlinksFlag, yearFlag } from "./flags.ts"
import { formatListFlag } from "./report.ts"

const monitorFormatNames: Readonly<Record<MonitorFormat, string>> = {
  html: `网页版监控报告 ${MONITOR_HTML_FILE}`,
  xlsx: `Excel 绩效监控表 ${MONITOR_XLSX_FILE}（监控汇总 + 每个项目一张）`,
  md: `Markdown ${MONITOR_MD_FILE}`,
  csv: `每个指标一行的 ${MONITOR_CSV_FILE}`,
}

/** `jixiao monitor`: a mid-year monitoring run (绩效运行监控) against 序时进度. */
export const monitorCommand = Command.make(
  "monitor",
  {
    targets: Flag.String("targets").pipe(
      Flag.withMetavar("目标表"),
      Flag.withDescription("绩效目标表：文本（.txt/.tsv）、.csv 或 .xlsx"),
    ),
    actuals: Flag.String("actuals").pipe(
      Flag.withMetavar("监控表"),
      Flag.withDescription(
        "绩效监控表（.csv 或 .xlsx）：单位、项目、序号或三级指标、当前完成值（或 1-N月完成值），可选 全年预计完成值、完成目标可能性、偏差原因类别、原因说明、纠偏措施、监控口径",
      ),
    ),
    budget: Flag.String("budget").pipe(
      Flag.withMetavar("文件"),
      Flag.withDescription("预算执行表（.csv 或 .xlsx）：单位、项目、全年预算数、执行数（截至监控日期）"),
      Flag.optional,
    ),
    policy: Flag.String("policy").pipe(
      Flag.withMetavar("规则"),
      Flag.withDescription(
        "评分规则：预设名（national、sichuan、profile-20-40-40、langfang-whole-points）或策略文件（JSON）；亮灯阈值在其 monitor 一节",
      ),
      Flag.withDefault("national"),
    ),
    year: yearFlag.pipe(Flag.withDescription("财政年度；省略时取 --as-of 的年份")),
    asOf: Flag.String("as-of").pipe(
      Flag.withMetavar("YYYY-MM-DD"),
      Flag.withDescription("监控截止日期（含当日），按北京时间的日历日计算序时进度，须在财政年度内"),
    ),
    out: Flag.String("out").pipe(
      Flag.withMetavar("目录"),
      Flag.withDescription("输出目录：写入 results.json，以及 --format 指定的报告"),
    ),
    formats: formatListFlag(monitorReportFormats, monitorFormatNames).pipe(
      Flag.withDefault(defaultMonitorFormats),
    ),
    allowSymlinks: allowSymlinksFlag,
    ledger: Flag.String("ledger").pipe(
      Flag.withMetavar("账本"),
      Flag.withDescription(
        "把这次监控记入账本（SQLite，与 jixiao run 的账本相同），可用 jixiao runs list / diff 查看和比较",
      ),
      Flag.optional,
    ),
  },
  Effect.fn("monitor")(function* (flags) {
    const policy = yield* readPolicy(flags.policy)
    const ledger = Option.getOrUndefined(flags.ledger)
    const run = (given: MonitorFiles) =>
      ledger === undefined ? monitorFiles(given) : monitorWithLedger(given, ledger, monitorFiles)
    yield* run({
      targets: flags.targets,
      actuals: flags.actuals,
      budget: Option.getOrNull(flags.budget),
      policy,
      year: Option.getOrUndefined(flags.year),
      asOf: flags.asOf,
      out: flags.out,
      formats: flags.formats,
      engineVersion: version,
      allowSymlinks: flags.allowSymlinks,
    })
  }),
).pipe(
  Command.withShortDescription("年中绩效运行监控：对照序时进度亮红黄绿灯，并预测全年得分"),
  Command.withDescription(
    [
      "读取绩效目标表、绩效监控表（当前完成值）和预算执行表，按截至 --as-of 的序时进度",
      "（已过天数 ÷ 全年天数，闰年 366 天）给每个指标亮灯：绿灯、黄灯、红灯、未到期、待人工判断。",
      "数量、区间和逐项指标以 当前完成值 ÷ 年度指标值 对照序时进度，偏差达 15% 为黄灯、30% 为红灯（评分规则的 monitor 一节可改）；",
      "比率按目标值直接判断；满意度、验收等一年一次的指标年底前未到期；成本等上限指标已超上限即为红灯；",
      "期限已过未完成为红灯，30 天内到期且无完成记录为黄灯；定性指标按 达成目标 / 部分达成并具有一定效果 / 未达成且效果较差 亮灯。",
      "预算执行进度 = 执行数 ÷ 全年预算数，同样对照序时进度亮灯。",
      "黄灯、红灯或完成目标可能性为 有可能、完全不可能 而未填偏差原因，确定能却亮红灯，当前完成值超过年度指标值 15% 以上，都列为审核意见。",
      "全年预测：单位填报的全年预计完成值，未填报的累计指标按序时进度线性推算，再按年终评分规则算出预测得分和等级（预测，并非评价结果）。",
      "结果写入 目录/results.json（mode: monitor），并在终端打印各单位的亮灯数和红灯清单。",
      `同一目录写出 --format 指定的报告（省略时为 html,xlsx）：${MONITOR_XLSX_FILE}（监控汇总和每个项目一张项目支出绩效目标执行监控表，预警栏按灯着色）、`,
      `${MONITOR_HTML_FILE}（红灯清单在前，各单位、各项目的亮灯，预测等级，可打印）、${MONITOR_MD_FILE}、${MONITOR_CSV_FILE}（每个指标一行）；与 results.json 一起写出，要么全部写出，要么都不写。`,
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    {
      command:
        "jixiao monitor --targets seeds/000_6fa372ea3c00e953.txt --actuals seeds/sample-monitor-2024-07.csv --budget seeds/sample-budget-2024-07.csv --as-of 2024-07-31 --out out/monitor",
      description:
        "监控种子数据（示例监控表），截至 2024 年 7 月 31 日：写出 results.json、绩效监控表.xlsx 和 监控报告.html",
    },
    {
      command:
        "jixiao monitor --targets 目标表.txt --actuals 监控表.csv --budget 预算.csv --as-of 2024-07-31 --out out --format html,xlsx,md,csv",
      description: "同时写出 监控报告.md 和 监控明细.csv",
    },
    {
      command: "jixiao monitor --targets 目标表.xlsx --actuals 监控表.xlsx --as-of 2024-07-31 --out out",
      description: "不提供预算执行表，只看绩效目标完成进度",
    },
    {
      command:
        "jixiao monitor --targets 目标表.txt --actuals 监控表.csv --budget 预算.csv --policy 宁夏.json --year 2024 --as-of 2024-09-30 --out out",
      description: "用策略文件调整亮灯阈值（如 monitor.reasonFor: red 只要求红灯填写偏差原因）",
    },
    {
      command:
        "jixiao monitor --targets 目标表.txt --actuals 监控表.xlsx --as-of 2024-07-31 --out out --ledger 账本.sqlite",
      description: "监控并记入账本：jixiao runs diff 可比较两次监控的亮灯，年终时可对照预测与评价结果",
    },
  ]),
)
