import type * as CliError from "effect/cli/CliError"

// effect words what it expected in English; the cases jixiao's flags can hit are said in Chinese.
const expectation = (expected: string): string => {
  if (/[\u4e00-\u9fff]/.test(expected)) return expected
  if (/integer|finite number/i.test(expected)) return "应为整数"
  const choices = expected.replace(/^Expected:?\s*/, "").match(/"[^"]*"/g)
  if (choices !== null) return `应为 ${choices.map((choice) => choice.slice(1, -1)).join("、")} 之一`
  return `应为 ${expected.replace(/^Expected:?\s*/, "")}`
}

const suggestion = (suggestions: ReadonlyArray<string>): string =>
  suggestions.length > 0 ? `（是否想用 ${suggestions.join("、")}？）` : ""

/** One Chinese line for a parse error of the command line (effect's own wording is English). */
export const cliErrorMessage = (error: CliError.CliError): string => {
  switch (error._tag) {
    case "UnrecognizedOption":
      return `未知选项 ${error.option}${suggestion(error.suggestions)}`
    case "DuplicateOption":
      return `选项 ${error.option} 重复`
    case "MissingOption":
      return `缺少选项 --${error.option}`
    case "MissingArgument":
      return `缺少参数 ${error.argument}`
    case "UnexpectedArgument":
      return `多余的参数：${error.arguments.join(" ")}`
    case "InvalidValue":
      return error.kind === "argument"
        ? `参数 ${error.option} 的值 "${error.value}" 无效，${expectation(error.expected)}`
        : error.value === ""
          ? `选项 --${error.option} 缺少值，${expectation(error.expected)}`
          : `选项 --${error.option} 的值 "${error.value}" 无效，${expectation(error.expected)}`
    case "UnknownSubcommand":
      return `未知命令 ${error.subcommand}${suggestion(error.suggestions)}`
    case "ValidationError":
      return error.message
    case "UserError":
      return error.message
    case "ShowHelp":
      return error.errors.map(cliErrorMessage).join("\n")
  }
}
