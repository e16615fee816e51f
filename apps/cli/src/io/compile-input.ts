import type { TargetContext } from "@jixiao/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import { cliText } from "../present/messages-zh-CN.ts"

/** A stdin line that is a JSON object: the text and what the compiler may use besides it. */
export const CompileRequest = Schema.Struct({
  text: Schema.String,
  level1: Schema.optional(Schema.String),
  level2: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  year: Schema.optional(Schema.Int),
})

/** What `compile` works on: a text with its context, or an input line it could not read. */
export type CompileInput =
  | { readonly _tag: "Text"; readonly line: number; readonly text: string; readonly context: TargetContext }
  | { readonly _tag: "Invalid"; readonly line: number; readonly input: string; readonly message: string }

const fieldType: Readonly<Record<string, string>> = {
  text: cliText.compileField.string,
  level1: cliText.compileField.string,
  level2: cliText.compileField.string,
  name: cliText.compileField.string,
  year: cliText.compileField.integer,
}

// The hooks return a kind, not a sentence: the sentence is worded below, with the field in it.
const issueKinds = SchemaIssue.makeFormatterStandardSchemaV1({
  leafHook: (issue) =>
    issue._tag === "MissingKey" ? "missing" : issue._tag === "UnexpectedKey" ? "unexpected" : "type",
  checkHook: () => "type",
})

/** Words the first schema issue in Chinese, naming the field at fault. */
const describeIssue = (issue: SchemaIssue.Issue): string => {
  const first = issueKinds(issue).issues[0]
  const field = first?.path?.[0]
  if (first === undefined || field === undefined) return cliText.compileNotObject
  const name = String(field)
  switch (first.message) {
    case "missing":
      return cliText.compileMissingField(name)
    case "unexpected":
      return cliText.compileUnknownField(name, Object.keys(fieldType))
    default:
      return cliText.compileFieldType(name, fieldType[name] ?? cliText.compileField.other)
  }
}

const decodeRequest = Schema.decodeUnknownResult(CompileRequest, { onExcessProperty: "error" })

/**
 * Reads one stdin line: `{…}` is a JSON compile request (validated), anything else is a target text.
 * `year` is the `--year` default; a request's own `year` wins.
 */
export const readInputLine = (input: string, line: number, year: number | undefined): CompileInput => {
  if (!input.startsWith("{")) return { _tag: "Text", line, text: input, context: { year } }
  let value: unknown
  try {
    value = JSON.parse(input)
  } catch {
    // V8's reason is English and points at a character offset; the line number is what helps.
    return { _tag: "Invalid", line, input, message: cliText.compileNotJson(line) }
  }
  const decoded = decodeRequest(value)
  if (Result.isFailure(decoded)) {
    return {
      _tag: "Invalid",
      line,
      input,
      message: cliText.compileLine(line, describeIssue(decoded.failure.issue)),
    }
  }
  const { text, ...context } = decoded.success
  return { _tag: "Text", line, text, context: { year, ...context } }
}
