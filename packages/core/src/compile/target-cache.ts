/**
 * The compile cache: compiled targets by text and by the parts of the context that can change them.
 *
 * Two generations, each of at most GENERATION entries: a miss goes into the young one; when the young one
 * is full it becomes the old one (the previous old one is dropped); a hit in the old generation moves the
 * entry back into the young one. So texts in use stay, texts not seen for a while go, and memory is bounded
 * without the cost of exact LRU bookkeeping. A big table repeats its targets (the same `≥95%` under many
 * names), so most compiles are hits.
 */
import type { CompiledTarget, TargetContext } from "../model/target.ts"
import { reverseNameWords } from "./lexicon/qualitative.ts"
import { unitFromName } from "./passes/resolve-magnitude.ts"

const GENERATION = 20_000

/** The parts of a context that can change a compiled target, as a string. */
const contextKeyOf = (context: TargetContext): string => {
  const levels = `${context.level1 ?? ""}${context.level2 ?? ""}`
  const name = context.name ?? ""
  return [
    levels.includes("成本") ? "c" : "",
    levels.includes("时效") ? "t" : "",
    reverseNameWords.some((w) => name.includes(w)) ? "r" : "",
    unitFromName(name) ?? "",
    /率|比重|占比/.test(name) ? "p" : "",
    /投资|产值|金额|资金|经费|收入|利润|营收|税|销售额|补贴|奖补|融资/.test(name) ? "m" : "",
    context.year ?? "",
  ].join("|")
}

// Contexts repeat as much as texts do (an indicator name under many projects): their keys are kept too.
const contextKeys = new Map<string, string>()

const contextKey = (context: TargetContext): string => {
  const raw = `${context.level1 ?? ""}\u0001${context.level2 ?? ""}\u0001${context.name ?? ""}\u0001${context.year ?? ""}`
  let key = contextKeys.get(raw)
  if (key === undefined) {
    key = contextKeyOf(context)
    if (contextKeys.size >= GENERATION) contextKeys.clear()
    contextKeys.set(raw, key)
  }
  return key
}

let young = new Map<string, CompiledTarget>()
let old = new Map<string, CompiledTarget>()

const keep = (key: string, compiled: CompiledTarget): void => {
  if (young.size >= GENERATION) {
    old = young
    young = new Map()
  }
  young.set(key, compiled)
}

/** The cached target for a text in a context, or what `compile` makes of it (then cached). */
export const cached = (
  text: string,
  context: TargetContext,
  compile: (text: string, context: TargetContext) => CompiledTarget,
): CompiledTarget => {
  const key = `${text}\u0000${contextKey(context)}`
  const hit = young.get(key)
  if (hit !== undefined) return hit
  const older = old.get(key)
  if (older !== undefined) {
    old.delete(key)
    keep(key, older)
    return older
  }
  const compiled = compile(text, context)
  keep(key, compiled)
  return compiled
}

/** Empties the cache (for benchmarks and tests). */
export const clearTargetCache = (): void => {
  young = new Map()
  old = new Map()
  contextKeys.clear()
}
