export { convertUnit } from "./convert-unit.ts"
export type { Measurement, Negation, Refusal, Tier } from "./measurement.ts"
export { type ActualContext, parseActual } from "./parse-actual.ts"
export { findTier, lateWords, negatingRemark, tierNames } from "./tier-words.ts"
