export { convertUnit } from "./convert-unit.ts"
export type { Measurement, Tier } from "./measurement.ts"
export { type ActualContext, parseActual } from "./parse-actual.ts"
export { findTier, lateWords, tierNames } from "./tier-words.ts"
