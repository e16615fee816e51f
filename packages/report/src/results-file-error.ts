import type { Locale } from "@jixiao/core"
/**
 * Why a results.json cannot be rendered: issues keyed on a code with the data that explains them, and
 * their wording (zh-CN first, en beside it), each line naming the file and the key path to fix.
 */
import { Data, type SchemaAST, type SchemaIssue } from "effect"

/** What is wrong at one key path (`projects[3].total`), with the data that explains it. */
export interface ResultsIssue {
  readonly path: string
  readonly code: "invalid_type" | "missing_key" | "invalid_choice"
  /** `expected`: kinds or choices; `received`: the kind found; `actual`: the value, when short. */
  readonly data: {
    readonly expected: ReadonlyArray<string>
    readonly received?: string
    readonly actual?: string
  }
}

/** A results file that cannot be rendered: the file and every issue found. */
export class ResultsFileError extends Data.TaggedError("ResultsFileError")<{
  readonly file: string
  readonly issues: ReadonlyArray<ResultsIssue>
}> {}

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${String(k)}`)).join("")

const kinds: Readonly<Record<string, string>> = {
  Number: "number",
  String: "string",
  Null: "null",
  Objects: "object",
  Arrays: "array",
}

/** What a schema accepts, in words a catalogue translates: kinds (`number`) or literal choices (`"met"`). */
const kindOf = (ast: SchemaAST.AST): ReadonlyArray<string> =>
  ast._tag === "Union"
    ? ast.types.flatMap(kindOf)
    : ast._tag === "Literal"
      ? [JSON.stringify(ast.literal)]
      : [kinds[ast._tag] ?? ast._tag]

const received = (issue: { readonly input?: unknown }) => {
  if (!("input" in issue)) return {}
  const value = issue.input
  const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value
  const shown = typeof value === "string" || typeof value === "number" || typeof value === "boolean"
  return { received: kind, ...(shown ? { actual: JSON.stringify(value).slice(0, 40) } : {}) }
}

/** Every leaf of an effect Schema issue tree as a ResultsIssue. */
export const flattenIssue = (
  issue: SchemaIssue.Issue,
  at: ReadonlyArray<PropertyKey> = [],
): Array<ResultsIssue> => {
  const path = formatPath(at)
  switch (issue._tag) {
    case "Pointer":
      return flattenIssue(issue.issue, [...at, ...issue.path])
    case "Composite":
      return issue.issues.flatMap((inner) => flattenIssue(inner, at))
    case "Encoding":
    case "Filter":
      return flattenIssue(issue.issue, at)
    case "MissingKey":
      return [{ path, code: "missing_key", data: { expected: [] } }]
    case "AnyOf": {
      const choices = issue.ast.types.every((t) => t._tag === "Literal")
      return [
        {
          path,
          code: choices ? "invalid_choice" : "invalid_type",
          data: { expected: kindOf(issue.ast), ...received(issue) },
        },
      ]
    }
    case "InvalidType":
      return [{ path, code: "invalid_type", data: { expected: kindOf(issue.ast), ...received(issue) } }]
    default:
      return [{ path, code: "invalid_type", data: { expected: [], ...received(issue) } }]
  }
}

const zhKinds: Readonly<Record<string, string>> = {
  number: "数字",
  string: "字符串",
  null: "空值（null）",
  object: "对象",
  array: "数组",
  boolean: "布尔值",
}

const wording = {
  "zh-CN": {
    kind: (k: string) => zhKinds[k] ?? k,
    or: "或",
    where: (file: string, path: string) => (path === "" ? `${file} 的内容` : `${file} 中的 ${path} `),
    missing: (file: string, path: string) => `${file} 中缺少 ${path}`,
    type: (where: string, expected: string) => (expected === "" ? `${where}无效` : `${where}应为${expected}`),
    choice: (where: string, expected: string) => `${where}应为 ${expected} 之一`,
    got: (kind: string, value?: string) => `，实际为${kind}${value === undefined ? "" : ` ${value}`}`,
    more: (n: number) => `另有 ${n} 处问题`,
  },
  en: {
    kind: (k: string) => k,
    or: " or ",
    where: (file: string, path: string) => (path === "" ? file : `${path} in ${file}`),
    missing: (file: string, path: string) => `${path} is missing in ${file}`,
    type: (where: string, expected: string) =>
      expected === "" ? `${where} is invalid` : `${where} should be ${expected}`,
    choice: (where: string, expected: string) => `${where} should be one of ${expected}`,
    got: (kind: string, value?: string) => `, got ${kind}${value === undefined ? "" : ` ${value}`}`,
    more: (n: number) => `${n} more issues`,
  },
} as const

/** One issue as a sentence: `results.json 中的 projects[3].total 应为数字，实际为字符串 "95"`. */
export const formatResultsIssue = (file: string, issue: ResultsIssue, locale: Locale = "zh-CN"): string => {
  const w = wording[locale]
  if (issue.code === "missing_key") return w.missing(file, issue.path)
  const { expected, received, actual } = issue.data
  const where = w.where(file, issue.path)
  const got = received === undefined ? "" : w.got(w.kind(received), actual)
  if (issue.code === "invalid_choice")
    return `${w.choice(where, expected.join(locale === "en" ? ", " : "、"))}${got}`
  return `${w.type(where, expected.map(w.kind).join(w.or))}${got}`
}

/** The error as lines for a terminal: the first `limit` issues, then how many more there are. */
export const formatResultsError = (error: ResultsFileError, locale: Locale = "zh-CN", limit = 5): string => {
  const lines = error.issues.slice(0, limit).map((issue) => formatResultsIssue(error.file, issue, locale))
  const more = error.issues.length - limit
  return [...lines, ...(more > 0 ? [wording[locale].more(more)] : [])].join("\n")
}
