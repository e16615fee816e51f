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
import { type ContextFeatures, featureKey, featuresOf } from "./context/features.ts"
import { KEY_FEATURES } from "./pass-list.ts"

/**
 * Entries per generation. Each grading worker keeps its own cache, most of its live heap: at 10⁶ indicators
 * 10,000 took 22–26 MB off the peak against 20,000, with no measurable cost in time (2 same-run pairs); at
 * 5,000 the time grew (docs/performance.md).
 */
const GENERATION = 10_000

/** A context's features (what the passes read) and their key: equal keys compile every text alike. */
interface Keyed {
  readonly key: string
  readonly features: ContextFeatures
}

const keyedOf = (context: TargetContext): Keyed => {
  const features = featuresOf(context)
  return { key: featureKey(features, KEY_FEATURES), features }
}

// Contexts repeat as much as texts do (an indicator name under many projects): their keys are kept by name,
// each name with the few level and year combinations it comes with, compared one by one. One map lookup a
// context: a map per level and year took four, each hashing a string fresh from its row (a grading worker
// receives every cell as a new string); the cache's own time in a worker fell from 5.6% to 4.3%.
interface ContextEntry {
  readonly level2: string
  readonly level1: string
  readonly year: number | undefined
  readonly keyed: Keyed
}
/**
 * Combinations compared one by one per name; a name seen under more (a malformed table, not a real one)
 * keeps the rest in a map, by its parts written with their lengths, never run together.
 */
const PER_NAME = 64
interface NameKeys {
  readonly entries: ContextEntry[]
  more: Map<string, Keyed> | null
}
let contextKeys = new Map<string, NameKeys>()
let contextCount = 0

/** Years alike as a Map finds them (SameValueZero: NaN is NaN). */
const sameYear = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (Number.isNaN(a) && Number.isNaN(b))

const contextKey = (context: TargetContext): Keyed => {
  if (contextCount >= GENERATION) {
    contextKeys = new Map()
    contextCount = 0
  }
  const name = context.name ?? ""
  const level2 = context.level2 ?? ""
  const level1 = context.level1 ?? ""
  const { year } = context
  let keys = contextKeys.get(name)
  if (keys === undefined) {
    keys = { entries: [], more: null }
    contextKeys.set(name, keys)
  }
  for (const entry of keys.entries) {
    if (entry.level2 === level2 && entry.level1 === level1 && sameYear(entry.year, year)) return entry.keyed
  }
  if (keys.entries.length < PER_NAME) {
    const keyed = keyedOf(context)
    keys.entries.push({ level2, level1, year, keyed })
    contextCount++
    return keyed
  }
  const parts = `${level2.length}:${level2}${level1.length}:${level1}${String(year)}`
  keys.more ??= new Map()
  let keyed = keys.more.get(parts)
  if (keyed === undefined) {
    keyed = keyedOf(context)
    keys.more.set(parts, keyed)
    contextCount++
  }
  return keyed
}

/** Compiled targets by context key, then text; `size` counts the targets. */
interface Generation {
  readonly byContext: Map<string, Map<string, CompiledTarget>>
  size: number
}

const generation = (): Generation => ({ byContext: new Map(), size: 0 })
let young = generation()
let old = generation()

const keep = (contextKey: string, text: string, compiled: CompiledTarget): void => {
  if (young.size >= GENERATION) {
    old = young
    young = generation()
  }
  let texts = young.byContext.get(contextKey)
  if (texts === undefined) {
    texts = new Map()
    young.byContext.set(contextKey, texts)
  }
  texts.set(text, compiled)
  young.size++
}

/** The cached target for a text in a context, or what `compile` makes of it (then cached). */
export const cached = (
  text: string,
  context: TargetContext,
  compile: (text: string, features: ContextFeatures) => CompiledTarget,
): CompiledTarget => {
  const { key, features } = contextKey(context)
  const hit = young.byContext.get(key)?.get(text)
  if (hit !== undefined) return hit
  const olds = old.byContext.get(key)
  const older = olds?.get(text)
  if (older !== undefined) {
    olds!.delete(text)
    keep(key, text, older)
    return older
  }
  // The features the key was made of: a miss does not work them out again.
  const compiled = compile(text, features)
  keep(key, text, compiled)
  return compiled
}

/** Empties the cache (for benchmarks and tests). */
export const clearTargetCache = (): void => {
  young = generation()
  old = generation()
  contextKeys = new Map()
  contextCount = 0
}
