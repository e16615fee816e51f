/**
 * The target compiler: a list of named passes over a typed draft (peggy-style), one file per pass.
 *
 *   normalize-text → split-parts → lex-target → parse-target → merge-parts → resolve-serial-date → resolve-magnitude
 *   → infer-direction → resolve-deadline → classify-qualitative → check-target → format-expects
 *
 * Compiling never throws: what cannot be read becomes kind `unparsed` with an issue. A cell over
 * MAX_CELL_LENGTH (cell-limit.ts) or holding an Excel error value is refused before the passes. Passes read the
 * context's features (context/features.ts), and results are cached by text and by those features.
 */
import type { TargetIssue } from "../model/issue.ts"
import type { CompiledTarget, SimpleTarget, TargetContext } from "../model/target.ts"
import { MAX_CELL_LENGTH, overCellLimit } from "./cell-limit.ts"
import type { ContextFeatures } from "./context/features.ts"
import type { Draft } from "./draft.ts"
import { freezeDraft } from "./freeze.ts"
import { excelError } from "./lexicon/excel-errors.ts"
import { passes } from "./pass-list.ts"
import { formatExpects } from "./passes/format-expects.ts"
import { lexTarget } from "./passes/lex-target.ts"
import { mergeParts } from "./passes/merge-parts.ts"
import { normalizeText } from "./passes/normalize-text.ts"
import { parseTarget } from "./passes/parse-target.ts"
import { splitParts } from "./passes/split-parts.ts"
import { cached } from "./target-cache.ts"

export { passes } from "./pass-list.ts"
export { clearTargetCache } from "./target-cache.ts"

const compileUncached = (text: string, features: ContextFeatures): CompiledTarget => {
  const normalized = normalizeText(text)
  const parsed: Draft[] = splitParts(normalized).flatMap((segment) =>
    parseTarget(segment, lexTarget(segment.text)),
  )
  const drafts = mergeParts(parsed, normalized.text)
  for (const draft of drafts) {
    for (const [, pass] of passes) pass.run(draft, features)
  }
  if (drafts.length === 1) return freezeDraft(drafts[0]!, formatExpects(drafts[0]!), text)
  const parts: SimpleTarget[] = drafts.map((draft) => freezeDraft(draft, formatExpects(draft)))
  return Object.freeze({
    kind: "compound",
    text,
    span: [0, text.length] as const,
    label: null,
    expects: parts.map((p) => p.expects).join("；"),
    issues: [],
    parts,
  })
}

/**
 * Compiles a target text into a typed predicate; never throws.
 *
 * @example
 * compileTarget("不少于150家")
 * // → { kind: "quantity", op: ">=", value: 150, unit: "家", expects: "≥ 150 家", … }
 * compileTarget("每家20万元", { level2: "14-成本指标" })
 * // → { kind: "per_item", item: "家", op: "<=", value: 200000, unit: "元", … }
 */
export const compileTarget = (text: string, context: TargetContext = {}): CompiledTarget =>
  refused(text) ?? cached(text, context, compileSafely)

/**
 * A target refused before any pass sees it: a cell over {@link MAX_CELL_LENGTH} (not cached either, so a
 * pasted report does not stay in memory), or one holding an Excel error value (`#REF!` is no target of 0).
 */
const refused = (text: string): CompiledTarget | undefined => {
  const length = overCellLimit(text)
  const error = length === undefined ? excelError(text) : undefined
  if (length === undefined && error === undefined) return undefined
  const issue: TargetIssue =
    length !== undefined
      ? { code: "target_too_long", severity: "error", data: { length, max: MAX_CELL_LENGTH } }
      : { code: "excel_error", severity: "error", data: { value: error! } }
  return Object.freeze({
    kind: "unparsed",
    text,
    span: [0, text.length] as const,
    label: null,
    expects: length === undefined ? text : `${text.slice(0, 20)}…`,
    issues: [issue],
  })
}

/** Compiles without the cache; a defect in a pass makes the text unparsed instead of throwing. */
const compileSafely = (text: string, features: ContextFeatures): CompiledTarget => {
  try {
    return compileUncached(text, features)
  } catch (defect) {
    // A bug in a pass must not take a whole table down: report the text as unparsed, with the defect.
    return Object.freeze({
      kind: "unparsed",
      text,
      span: [0, text.length] as const,
      label: null,
      expects: text,
      issues: [
        { code: "unparsed_target" as const, severity: "error" as const, data: { defect: String(defect) } },
      ],
    })
  }
}
