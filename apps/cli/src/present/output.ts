import * as TerminalCapabilities from "effect/cli/TerminalCapabilities"
import type * as Effect from "effect/Effect"
import { makeStyle, type Style } from "./style.ts"

/** The style for stdout: colours only when the terminal can show them (never in pipes or under NO_COLOR). */
export const currentStyle: Effect.Effect<Style> = TerminalCapabilities.TerminalCapabilities.useSync(
  (capabilities) => makeStyle(capabilities.canColor),
)
