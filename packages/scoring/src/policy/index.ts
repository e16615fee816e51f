/**
 * Scoring policies: the `Policy` type, the built-in presets, loading and validating policy files,
 * and the wording of their errors.
 */

export { checkFormulas, formulaFunctions, formulaVariables } from "./check-formulas.ts"
export { PolicyError, type PolicyIssue, type PolicyIssueCode, type PolicyIssueData } from "./errors.ts"
export type { PolicyNumber } from "./exact.ts"
export { flattenIssue, formatPath, suggestKey } from "./issues.ts"
export { decodePolicy, decodePolicyText, isPresetName, resolvePolicy, unknownPolicy } from "./load.ts"
export { type FileNoun, formatPolicyError, formatPolicyIssue } from "./messages.ts"
export type { Grade, Group, Policy, TierName } from "./policy.ts"
export {
  langfangWholePoints,
  national,
  type PresetName,
  presetNames,
  presets,
  profile204040,
  sichuan,
} from "./presets.ts"
export { type PolicyFile, PolicyFileSchema, PolicySchema, policyParseOptions } from "./schema.ts"
