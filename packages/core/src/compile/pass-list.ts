/**
 * The passes that fill a draft after it is parsed, in order, and the features of the context they read
 * between them: the compile cache keys on exactly those (context/features.ts `featureKey`), so a feature
 * added to a pass's declaration is in the key, and one no pass reads splits no entry.
 */
import type { Feature, Pass } from "./draft.ts"
import { checkTarget } from "./passes/check-target.ts"
import { classifyQualitative } from "./passes/classify-qualitative.ts"
import { inferDirection } from "./passes/infer-direction.ts"
import { resolveDeadline } from "./passes/resolve-deadline.ts"
import { resolveMagnitude } from "./passes/resolve-magnitude.ts"
import { resolveSerialDate } from "./passes/resolve-serial-date.ts"

/** The passes, by name, in order. */
export const passes: ReadonlyArray<readonly [string, Pass]> = [
  ["resolve-serial-date", resolveSerialDate],
  ["resolve-magnitude", resolveMagnitude],
  ["infer-direction", inferDirection],
  ["resolve-deadline", resolveDeadline],
  ["classify-qualitative", classifyQualitative],
  ["check-target", checkTarget],
]

/** Every feature some pass reads, in a fixed order: what the compile cache's key is made of. */
export const KEY_FEATURES: ReadonlyArray<Feature> = [...new Set(passes.flatMap(([, p]) => p.reads))].sort()
