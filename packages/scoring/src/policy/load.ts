/**
 * Loads a policy: a preset by name, or a policy file merged onto the preset it extends and validated.
 * Pure: the caller reads the file (the CLI owns the file system) and hands over its text or parsed JSON.
 */
import { Effect, Result, Schema } from "effect"
import { checkFormulas } from "./check-formulas.ts"
import { PolicyError, type PolicyIssue } from "./errors.ts"
import { flattenIssue } from "./issues.ts"
import type { Policy } from "./policy.ts"
import { type PresetName, presetNames, presets } from "./presets.ts"
import { PolicyFileSchema, PolicySchema, policyParseOptions } from "./schema.ts"

export { PolicyError, type PolicyIssue, type PolicyIssueCode, type PolicyIssueData } from "./errors.ts"

type Json = { readonly [key: string]: unknown }

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Objects merge key by key; arrays and scalars in `patch` replace. */
const deepMerge = (base: unknown, patch: unknown): unknown =>
  isObject(base) && isObject(patch)
    ? Object.fromEntries(
        [...new Set([...Object.keys(base), ...Object.keys(patch)])].map((key) => [
          key,
          key in patch ? deepMerge(base[key], patch[key]) : base[key],
        ]),
      )
    : patch

const decodeWith = <S extends typeof PolicyFileSchema | typeof PolicySchema>(schema: S, input: unknown) =>
  Result.mapError(
    Schema.decodeUnknownResult(schema)(input, policyParseOptions),
    (error): ReadonlyArray<PolicyIssue> => flattenIssue(error.issue),
  )

/**
 * Decodes a policy file (already parsed JSON): validates its keys, merges it onto the preset it `extends`
 * (`national` by default), validates the whole, then checks its custom formulas. `source` names the file in
 * errors and becomes the policy's name unless the file gives one.
 *
 * @example decodePolicy({ extends: "sichuan", rounding: { decimals: 1 } }, "my.json")
 */
export const decodePolicy = (json: unknown, source: string): Effect.Effect<Policy, PolicyError> =>
  Effect.gen(function* () {
    const fail = (issues: ReadonlyArray<PolicyIssue>) => Effect.fail(new PolicyError({ source, issues }))
    const file = decodeWith(PolicyFileSchema, json)
    if (Result.isFailure(file)) return yield* fail(file.failure)
    const { extends: base = "national", ...overrides } = file.success
    const merged = decodeWith(PolicySchema, deepMerge({ ...presets[base], name: source }, overrides))
    if (Result.isFailure(merged)) return yield* fail(merged.failure)
    const formulaIssues = yield* Effect.promise(() => checkFormulas(merged.success.formulas))
    if (formulaIssues.length > 0) return yield* fail(formulaIssues)
    return merged.success satisfies Policy
  })

/** Parses the text of a policy file (JSON) and decodes it; a syntax error is an `invalid_json` issue. */
export const decodePolicyText = (text: string, source: string): Effect.Effect<Policy, PolicyError> =>
  Effect.try({
    try: () => JSON.parse(text) as unknown,
    catch: (error) =>
      new PolicyError({
        source,
        issues: [
          { path: "", code: "invalid_json", data: { reason: error instanceof Error ? error.message : "" } },
        ],
      }),
  }).pipe(Effect.flatMap((json) => decodePolicy(json, source)))

/** True when `name` is a built-in preset. */
export const isPresetName = (name: string): name is PresetName =>
  (presetNames as ReadonlyArray<string>).includes(name)

/**
 * A preset by name (`"sichuan"`), or a parsed policy file decoded as `decodePolicy` does.
 * An unknown name fails with `unknown_preset`, listing the known ones.
 */
export const resolvePolicy = (
  nameOrJson: string | Json,
  source?: string,
): Effect.Effect<Policy, PolicyError> => {
  if (typeof nameOrJson !== "string") return decodePolicy(nameOrJson, source ?? "policy")
  if (isPresetName(nameOrJson)) return Effect.succeed(presets[nameOrJson]!)
  return Effect.fail(
    new PolicyError({
      source: source ?? nameOrJson,
      issues: [{ path: "", code: "unknown_preset", data: { actual: nameOrJson, choices: presetNames } }],
    }),
  )
}

/**
 * The failure of a policy that is neither a preset nor an existing file: `unknown_policy`, listing the
 * presets. `file` is where the file was looked for, when that differs from the name (relative to a config).
 *
 * @example unknownPolicy("beijing") // 评分规则 "beijing" 既不是内置预设（可选：national、…），也不是存在的策略文件
 */
export const unknownPolicy = (nameOrFile: string, file: string = nameOrFile): PolicyError =>
  new PolicyError({
    source: nameOrFile,
    issues: [{ path: "", code: "unknown_policy", data: { actual: nameOrFile, choices: presetNames, file } }],
  })
