import type * as CliOutput from "effect/cli/CliOutput"
import type { ArgDoc, FlagDoc, HelpDoc } from "effect/cli/HelpDoc"
import * as Option from "effect/Option"
import { cliErrorMessage } from "./cli-errors.ts"
import type { Style } from "./style.ts"
import { renderTextTable } from "./text-table.ts"

// effect's built-in flags speak English; their Chinese wording lives here, keyed by flag name.
const builtInDescriptions: Readonly<Record<string, string>> = {
  help: "显示帮助",
  version: "显示版本号",
  completions: "输出 shell 补全脚本",
  "log-level": "最低日志级别",
}

const typeNames: Readonly<Record<string, string>> = {
  integer: "整数",
  string: "文本",
  number: "数字",
  path: "路径",
  file: "文件",
  choice: "选项值",
}

const indent = (text: string, by = "  "): string =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : by + line))
    .join("\n")

const describeFlag = (flag: FlagDoc): string => {
  const text = builtInDescriptions[flag.name] ?? Option.getOrElse(flag.description, () => "")
  return text.replace(/\s*\(choices: ([^)]*)\)/, (_, choices: string) => `（可选：${choices}）`)
}

const flagRows = (flags: ReadonlyArray<FlagDoc>): ReadonlyArray<ReadonlyArray<string>> =>
  flags.map((flag) => {
    const names = [...flag.aliases, `--${flag.name}`].join(", ")
    const type = flag.type === "boolean" ? "" : ` ${typeNames[flag.type] ?? flag.type}`
    return [names + type, describeFlag(flag)]
  })

const argRows = (args: ReadonlyArray<ArgDoc>): ReadonlyArray<ReadonlyArray<string>> =>
  args.map((arg) => [
    `${arg.name}${arg.variadic ? "…" : ""}`,
    Option.getOrElse(arg.description, () => "") + (arg.required ? "" : "（可省略）"),
  ])

/** The widest a description in the 参数, 选项 and 命令 lists grows before it wraps, in terminal cells. */
export const descriptionWidth = 64

// A two-column list without the table's header rule: help reads better without one. Descriptions wrap
// between words and characters, never inside a name (wrap-text.ts).
const list = (rows: ReadonlyArray<ReadonlyArray<string>>, width: number): string =>
  indent(
    renderTextTable([{ header: "" }, { header: "", maxWidth: width }], rows)
      .split("\n")
      .slice(2)
      .join("\n"),
  )

/**
 * Renders a command's help in Chinese: 说明, 用法, 参数, 选项, 子命令, 示例. `width` is the widest a
 * list's description grows before it wraps.
 */
export const formatHelpDoc = (doc: HelpDoc, style: Style, width = descriptionWidth): string => {
  const sections: Array<string> = []
  const section = (title: string, body: string) => sections.push(`${style.bold(title)}\n${body}`)
  if (doc.description !== "") section("说明", indent(doc.description))
  section(
    "用法",
    indent(style.cyan(doc.usage.replace("[flags]", "[选项]").replace("<subcommand>", "<命令>"))),
  )
  if (doc.args !== undefined && doc.args.length > 0) section("参数", list(argRows(doc.args), width))
  if (doc.flags.length > 0) section("选项", list(flagRows(doc.flags), width))
  if (doc.inheritedFlags !== undefined && doc.inheritedFlags.length > 0) {
    section("继承的选项", list(flagRows(doc.inheritedFlags), width))
  }
  if (doc.globalFlags !== undefined && doc.globalFlags.length > 0) {
    section("全局选项", list(flagRows(doc.globalFlags), width))
  }
  for (const group of doc.subcommands ?? []) {
    section(
      group.group ?? "命令",
      list(
        group.commands.map((command) => [
          command.name,
          command.shortDescription ?? command.description.split("\n")[0] ?? "",
        ]),
        width,
      ),
    )
  }
  if (doc.examples !== undefined && doc.examples.length > 0) {
    const examples = doc.examples.map((example) =>
      example.description === undefined
        ? style.cyan(example.command)
        : `${style.dim(`# ${example.description}`)}\n${style.cyan(example.command)}`,
    )
    section("示例", indent(examples.join("\n\n")))
  }
  return sections.join("\n\n")
}

/** A `CliOutput.Formatter` that speaks Chinese and keeps every error to one line. */
export const makeFormatter = (style: Style): CliOutput.Formatter => ({
  formatHelpDoc: (doc) => formatHelpDoc(doc, style),
  formatCliError: cliErrorMessage,
  formatError: cliErrorMessage,
  formatErrors: (errors) => errors.map(cliErrorMessage).join("\n"),
  formatVersion: (name, version) => `${name} ${version}`,
})
