/**
 * Flattens an effect Schema issue tree into policy issues: one `{ path, code, data }` per problem,
 * with `qualitative.bands.partial[0]` paths and a spelling suggestion for unknown keys.
 */
import type { SchemaAST, SchemaIssue } from "effect"
import type { PolicyIssue, PolicyIssueCode, PolicyIssueData } from "./errors.ts"

/** `["qualitative", "bands", "partial", 0]` → `qualitative.bands.partial[0]`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("")

/** Levenshtein distance, for "did you mean" on short key names. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** The closest known key within a third of its length (at least 1 edit, at most 3), if any. */
export const suggestKey = (key: string, known: ReadonlyArray<string>): string | undefined => {
  const ranked = known
    .map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)
  const best = ranked[0]
  return best !== undefined && best.d <= Math.min(3, Math.max(1, Math.floor(best.name.length / 3)))
    ? best.name
    : undefined
}

/** JSON text of a value, or its kind alone (`[…]`, `{…}`) when it nests too deep to write out. */
const jsonOf = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    // A value nested some 10⁵ levels deep exhausts the call stack of JSON.stringify.
    return Array.isArray(value) ? "[…]" : "{…}"
  }
}

/** A value as it should appear in a message: strings as written, the rest as JSON. */
const shown = (value: unknown): string | number =>
  typeof value === "string" || typeof value === "number" ? value : jsonOf(value)

const kindOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value

const expectedKind: Readonly<Record<string, string>> = {
  Objects: "object",
  Arrays: "array",
  String: "string",
  Number: "number",
  Boolean: "boolean",
}

type Annotated = { readonly code?: PolicyIssueCode; readonly data?: PolicyIssueData } | undefined

const withInput = (issue: SchemaIssue.Issue, data: PolicyIssueData = {}): PolicyIssueData =>
  "input" in issue ? { ...data, actual: shown(issue.input) } : data

/** The value found and its kind (`"3"` and `3`, `"{}"` and `{}` read alike once shown): for type messages. */
const withKind = (issue: SchemaIssue.Issue, data: PolicyIssueData = {}): PolicyIssueData =>
  "input" in issue ? { ...data, received: kindOf(issue.input), actual: shown(issue.input) } : data

/** effect's `Schema.Int` check: a number of the wrong kind, said as the type expected. */
const isIntFilter = (filter: SchemaAST.Filter<unknown>): boolean =>
  (filter.annotations as { representation?: { id?: unknown } } | undefined)?.representation?.id ===
  "effect/schema/isInt"

/** Every leaf of the tree as a policy issue, paths prefixed by `at`. */
export const flattenIssue = (
  issue: SchemaIssue.Issue,
  at: ReadonlyArray<PropertyKey> = [],
): Array<PolicyIssue> => {
  const make = (code: PolicyIssueCode, data: PolicyIssueData = {}): Array<PolicyIssue> => [
    { path: formatPath(at), code, data },
  ]
  switch (issue._tag) {
    case "Pointer":
      return flattenIssue(issue.issue, [...at, ...issue.path])
    case "Composite":
      return issue.issues.flatMap((inner) => flattenIssue(inner, at))
    case "Encoding":
      return flattenIssue(issue.issue, at)
    case "Filter": {
      const notes = issue.filter.annotations as Annotated
      if (notes?.code === undefined && isIntFilter(issue.filter))
        return make("invalid_type", withKind(issue, { expected: "integer" }))
      if (notes?.code === undefined) return flattenIssue(issue.issue, at)
      return make(notes.code, withInput(issue, notes.data))
    }
    case "InvalidValue": {
      const notes = issue.annotations as Annotated
      return make(notes?.code ?? "invalid_type", withKind(issue, notes?.data))
    }
    case "AnyOf": {
      const code = (issue.ast.annotations as Annotated)?.code
      const choices = issue.ast.types.flatMap((t: SchemaAST.AST) =>
        t._tag === "Literal" ? [String(t.literal)] : [],
      )
      if (code === "invalid_number") return make(code, withKind(issue))
      return make(code ?? "invalid_choice", withKind(issue, { choices }))
    }
    case "UnexpectedKey": {
      const known =
        issue.ast._tag === "Objects" ? issue.ast.propertySignatures.map((p) => String(p.name)) : []
      const near = suggestKey(String(at[at.length - 1] ?? ""), known)
      const key = formatPath(at)
      if (near === undefined) return make("unknown_key", { key })
      return make("unknown_key", { key, suggestion: formatPath([...at.slice(0, -1), near]) })
    }
    case "MissingKey":
      // The whole path, as `unknown_key` gives it: the message names the key once, where it belongs.
      return make("missing_key", { key: formatPath(at) })
    case "InvalidType":
      return make("invalid_type", {
        expected: (issue.ast.checks ?? []).some((c) => c._tag === "Filter" && isIntFilter(c))
          ? "integer"
          : (expectedKind[issue.ast._tag] ?? issue.ast._tag),
        ...("input" in issue ? { received: kindOf(issue.input), actual: shown(issue.input) } : {}),
      })
    case "OneOf":
    case "Forbidden":
      return make("invalid_type", withKind(issue))
  }
}
