import { compileFormulas } from "@jixiao/scoring"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { assessFiles } from "../app/assess.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { readPolicy } from "../io/read-inputs.ts"
import { version } from "../version.ts"
import { allowSymlinksFlag, yearFlag } from "./flags.ts"
import { formatFlag } from "./report.ts"

const optionalFile = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withMetavar("文件"), Flag.withDescription(description), Flag.optional)

/** `jixiao assess`: a year-end self-evaluation of a target table against its actuals. */
export const assessCommand = Command.make(
  "assess",
  {
    targets: Flag.String("targets").pipe(
      Flag.withMetavar("目标表"),
      Flag.withDescription(
        "绩效目标表：文本（.txt/.tsv）、.csv 或 .xlsx；也可以是填好分值和实际完成值的自评表",
      ),
    ),
    actuals: optionalFile(
      "actuals",
      "实际完成值表（.csv 或 .xlsx），按 单位+项目+序号 或 三级指标 对应；省略时用目标表自身的实际完成值列",
    ),
    budget: optionalFile(
      "budget",
      "预算执行表（.csv 或 .xlsx）：单位、项目、年初预算数、全年预算数、全年执行数",
    ),
    policy: Flag.String("policy").pipe(
      Flag.withMetavar("规则"),
      Flag.withDescription(
        "评分规则：预设名（national、sichuan、profile-20-40-40、langfang-whole-points）或策略文件（JSON）",
      ),
      Flag.withDefault("national"),
    ),
    year: yearFlag,
    basis: Flag.Literals("basis", ["annual", "period"]).pipe(
      Flag.withDescription("按年度指标值（annual）还是实施周期指标值（period）评分"),
      Flag.withDefault("annual"),
    ),
    out: Flag.String("out").pipe(
      Flag.withMetavar("目录"),
      Flag.withDescription("输出目录：写入 results.json，以及 --format 指定的报告"),
    ),
    format: formatFlag.pipe(Flag.optional),
    allowSymlinks: allowSymlinksFlag,
    ledger: Flag.String("ledger").pipe(
      Flag.withMetavar("账本"),
      Flag.withDescription("把这次评价记入账本（SQLite，与 jixiao run 的账本相同），可用 jixiao runs 查看"),
      Flag.optional,
    ),
  },
  Effect.fn("assess")(function* (flags) {
    const { targets, actuals, budget, policy: policyName, year, basis, out, format, allowSymlinks } = flags
    const ledger = Option.getOrUndefined(flags.ledger)
    const policy = yield* readPolicy(policyName)
    const formulas = yield* Effect.promise(() => compileFormulas(policy))
    yield* assessFiles({
      targets,
      actuals: Option.getOrNull(actuals),
      budget: Option.getOrNull(budget),
      policy,
      formulas,
      year: Option.getOrUndefined(year),
      basis,
      out,
      formats: Option.getOrElse(format, () => []),
      engineVersion: version,
      allowSymlinks,
      ledger,
    })
  }),
).pipe(
  Command.withShortDescription("年终绩效自评：按评分规则给实际完成值打分，汇总到项目、单位和部门"),
  Command.withDescription(
    [
      "读取绩效目标表、实际完成值表和预算执行表，按评分规则（默认：全国项目支出绩效自评框架，",
      "预算执行 10 分、产出 50 分、效益 30 分、满意度 10 分）逐项评分，算出项目总分和等级（优/良/中/差），",
      "再按全年预算数加权汇总到单位和部门。结果写入 目录/results.json，并在终端打印中文摘要；",
      "加 --format 时在同一目录写出报告（也可以之后用 jixiao report 从 results.json 生成）。",
      "每一行输入要么评分，要么列入 rejected 并写明原因。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    {
      command:
        "jixiao assess --targets seeds/000_6fa372ea3c00e953.txt --actuals seeds/sample-actuals-2024.csv --budget seeds/sample-budget-2024.csv --year 2024 --out out",
      description: "评价种子数据（示例实际完成值）",
    },
    {
      command:
        "jixiao assess --targets 目标表.txt --actuals 完成值.csv --budget 预算.csv --year 2024 --out out --format xlsx,html",
      description: "同时写出 Excel 自评表和网页报告",
    },
    {
      command:
        "jixiao assess --targets 目标表.csv --actuals 完成值.csv --budget 预算.csv --year 2024 --out out --ledger 账本.sqlite",
      description: "评价并记入账本（之后可用 jixiao runs list --ledger 账本.sqlite 查看）",
    },
    {
      command: "jixiao assess --targets 自评表.xlsx --year 2024 --out out",
      description: "一张填好的自评表即可评分",
    },
    {
      command: "jixiao assess --targets 目标表.txt --actuals 完成值.csv --policy sichuan --out out",
      description: "按四川 10+90 规则",
    },
    {
      command: "jixiao assess --targets 目标表.txt --actuals 完成值.csv --policy 我的规则.json --out out",
      description: "用策略文件",
    },
  ]),
)
