import * as Command from "effect/cli/Command"
import { compile } from "./commands/compile.ts"
import { lint } from "./commands/lint.ts"
import { exitCodeHelp } from "./exit-codes.ts"

/** The root command `jixiao`, with its subcommands. Run it with `runCli`, or with `Command.runWith` in tests. */
export const cli = Command.make("jixiao").pipe(
  Command.withDescription(
    [
      "jixiao（绩效）：把项目支出绩效目标的指标值编译为带类型的判定式，并审核绩效目标表。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withSubcommands([compile, lint]),
  Command.withExamples([
    { command: 'jixiao compile "不少于150家"', description: "编译一条目标" },
    { command: "jixiao lint 目标表.txt", description: "审核一张绩效目标表" },
    { command: "jixiao lint 目标表.xlsx --json", description: "以 JSON 输出审核报告" },
    { command: "jixiao lint --help", description: "查看某个命令的说明" },
  ]),
)
