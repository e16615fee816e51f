import * as Command from "effect/cli/Command"
import { assessCommand } from "./commands/assess.ts"
import { compile } from "./commands/compile.ts"
import { lint } from "./commands/lint.ts"
import { monitorCommand } from "./commands/monitor.ts"
import { reportCommand } from "./commands/report.ts"
import { runCommand } from "./commands/run.ts"
import { runsCommand } from "./commands/runs.ts"
import { template } from "./commands/template.ts"
import { exitCodeHelp } from "./exit-codes.ts"

/** The root command `jixiao`, with its subcommands. Run it with `runCli`, or with `Command.runWith` in tests. */
export const cli = Command.make("jixiao").pipe(
  Command.withDescription(
    [
      "jixiao（绩效）：编译项目支出绩效目标、审核绩效目标表，并按评分规则完成年终绩效自评。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withSubcommands([
    assessCommand,
    monitorCommand,
    runCommand,
    compile,
    lint,
    template,
    reportCommand,
    runsCommand,
  ]),
  Command.withExamples([
    {
      command:
        "jixiao assess --targets 目标表.txt --actuals 完成值.csv --budget 预算.csv --year 2024 --out out",
      description: "年终绩效自评，写入 out/results.json",
    },
    { command: 'jixiao compile "不少于150家"', description: "编译一条目标" },
    { command: "jixiao lint 目标表.txt", description: "审核一张绩效目标表" },
    { command: "jixiao lint 目标表.xlsx --json", description: "以 JSON 输出审核报告" },
    { command: "jixiao lint --help", description: "查看某个命令的说明" },
  ]),
)
