/** A small deterministic PRNG (mulberry32): the same seed draws the same numbers on every machine. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [low, high], both included. */
export const between = (random: () => number, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1))

/** One element of a non-empty list. */
export const pick = <A>(random: () => number, list: ReadonlyArray<A>): A =>
  list[Math.floor(random() * list.length)]!
