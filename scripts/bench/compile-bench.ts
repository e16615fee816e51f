/**
 * Compile throughput on 100,000 indicators drawn from the seed's patterns:
 * - distinct: every text different (the seed's notations with fresh numbers), so every compile misses the cache;
 * - realistic mix: texts drawn from the seed's own distribution (many repeats), cache on;
 * - the same mix with the cache cleared before each text, as the baseline of the cache's worth.
 */
import { clearTargetCache, compileTarget } from "@jixiao/core"
import { prng } from "../gen/prng.ts"
import type { SeedTarget } from "./seed-texts.ts"

/** The seed's texts with their numbers replaced, so that each is new. */
export const distinctTexts = (targets: ReadonlyArray<SeedTarget>, n: number, seed: number): SeedTarget[] => {
  const random = prng(seed)
  const out: SeedTarget[] = []
  for (let i = 0; i < n; i++) {
    const base = targets[Math.floor(random() * targets.length)]!
    const fresh = /\d/.test(base.text)
      ? base.text.replace(/\d+(?:\.\d+)?/, () => String(1 + Math.floor(random() * 1e6)))
      : `${base.text}${i}`
    out.push({ ...base, text: fresh })
  }
  return out
}

/** Texts drawn from the seed's own mix. */
export const mixTexts = (targets: ReadonlyArray<SeedTarget>, n: number, seed: number): SeedTarget[] => {
  const random = prng(seed)
  return Array.from({ length: n }, () => targets[Math.floor(random() * targets.length)]!)
}

const time = (label: string, texts: ReadonlyArray<SeedTarget>, run: (t: SeedTarget) => void) => {
  const start = process.hrtime.bigint()
  for (const t of texts) run(t)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { label, texts: texts.length, seconds, perSecond: texts.length / seconds }
}

/** Runs the three measurements and returns them; the cold baseline comes first. */
export const compileBench = (targets: ReadonlyArray<SeedTarget>, n = 100_000) => {
  const distinct = distinctTexts(targets, n, 1)
  const mix = mixTexts(targets, n, 2)
  const compile = (t: SeedTarget) =>
    compileTarget(t.text, { level1: t.level1, level2: t.level2, name: t.name, year: 2024 })
  // Warm the JIT on a small slice so that the first measurement is not penalised.
  for (const t of mix.slice(0, 2000)) compile(t)
  clearTargetCache()
  const uncached = time("mix, cache cleared each time", mix, (t) => {
    clearTargetCache()
    compile(t)
  })
  clearTargetCache()
  const cold = time("distinct texts", distinct, compile)
  clearTargetCache()
  const cached = time("mix, cached", mix, compile)
  return { uncached, cold, cached }
}
