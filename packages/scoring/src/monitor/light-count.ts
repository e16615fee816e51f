/** Lights counted: the one place a summary's per-light numbers come from. */
import { LIGHTS, type Light } from "./lights.ts"
import type { LightCounts } from "./model.ts"

/** How many of the items carry each light (every light present, 0 when none). */
export const countLights = (items: Iterable<{ readonly light: Light }>): LightCounts => {
  const counts = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>
  for (const item of items) counts[item.light]++
  return counts
}
