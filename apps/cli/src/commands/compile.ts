import { compileTarget, targetToJson } from "@jixiao/core"
import * as Console from "effect/Console"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import { CliFailure } from "../errors.ts"
import { exitCodeHelp } from "../exit-codes.ts"
import { type CompileInput, readInputLine } from "../io/compile-input.ts"
import { stdinLines } from "../io/stdin-lines.ts"
import { renderCompileJsonLine } from "../present/compile-json.ts"
import type { CompileResult } from "../present/compile-result.ts"
import { renderCompileTable } from "../present/compile-table.ts"
import { currentStyle } from "../present/output.ts"
import { yearFlag } from "./flags.ts"

const compileInput = (input: CompileInput): CompileResult =>
  input._tag === "Invalid"
    ? input
    : { _tag: "Compiled", line: input.line, target: targetToJson(compileTarget(input.text, input.context)) }

/** Texts from the command line, or else one per stdin line (a line may be a JSON compile request). */
const inputs = (
  texts: ReadonlyArray<string>,
  year: number | undefined,
): Stream.Stream<CompileInput, CliFailure, Stdio.Stdio> =>
  texts.length > 0
    ? Stream.fromIterable(
        texts.map((text, i): CompileInput => ({ _tag: "Text", line: i + 1, text, context: { year } })),
      )
    : Stream.map(stdinLines, ({ line, text }) => readInputLine(text, line, year))

// A person at a terminal who typed `jixiao compile` alone should know the CLI is waiting for them.
const hintWhenInteractive = (texts: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    if (texts.length > 0) return
    const stdio = yield* Stdio.Stdio
    if (yield* stdio.stdinIsTerminal)
      yield* Console.error("从标准输入读取目标文本，每行一条；按 Ctrl-D 结束。")
  })

const failOnInvalid = (invalid: ReadonlyArray<number>) =>
  invalid.length === 0
    ? Effect.void
    : Effect.fail(
        new CliFailure({
          code: "usage",
          message: `${invalid.length} 行输入无效（第 ${invalid.join("、")} 行）`,
        }),
      )

/** `jixiao compile`: target texts → compiled targets, as a table or as JSON Lines. */
export const compile = Command.make(
  "compile",
  {
    texts: Argument.String("text").pipe(
      Argument.withDescription("目标文本（指标值），如 不少于150家；省略时从标准输入逐行读取"),
      Argument.variadic(),
    ),
    year: yearFlag,
    json: Flag.Boolean("json").pipe(
      Flag.withDescription("每条输入输出一行 JSON（JSON Lines），按输入顺序"),
      Flag.withDefault(false),
    ),
  },
  Effect.fn("compile")(function* ({ texts, year, json }) {
    yield* hintWhenInteractive(texts)
    const results = Stream.map(inputs(texts, Option.getOrUndefined(year)), compileInput)
    const invalid: Array<number> = []
    const track = (result: CompileResult) => {
      if (result._tag === "Invalid") invalid.push(result.line)
    }
    if (json) {
      // Streamed: each line is printed as soon as its input is compiled.
      yield* Stream.runForEach(results, (result) => {
        track(result)
        return Console.log(renderCompileJsonLine(result))
      })
    } else {
      const all = yield* Stream.runCollect(results)
      all.forEach(track)
      if (all.length > 0) yield* Console.log(renderCompileTable(all, yield* currentStyle))
    }
    yield* failOnInvalid(invalid)
  }),
).pipe(
  Command.withShortDescription("编译目标文本：判断类型、比较方向、数值、单位和期限"),
  Command.withDescription(
    [
      "把绩效指标值（目标文本）编译为带类型的判定式，并列出发现的问题。",
      "不给 TEXT 时从标准输入逐行读取（跳过空行）；一行也可以是 JSON 对象",
      '{"text", "level1"?, "level2"?, "name"?, "year"?}，用来说明指标的层级、名称和年度。',
      "默认输出表格（原文 | 类型 | 期望 | 问题）；--json 时每条输入输出一行 JSON。",
      "",
      exitCodeHelp,
    ].join("\n"),
  ),
  Command.withExamples([
    { command: 'jixiao compile "不少于150家"', description: "编译一条目标" },
    { command: 'jixiao compile --json "≥95%" "2024年12月前"', description: "以 JSON Lines 输出" },
    {
      command: `echo '{"text":"100","level2":"14-成本指标"}' | jixiao compile --json`,
      description: "从标准输入读取，并说明指标层级（成本指标：不超过 100）",
    },
    {
      command: "jixiao compile --year 2024 < targets.txt",
      description: "逐行编译文件中的目标，无年份的期限按 2024 年理解",
    },
  ]),
)
