import type { CompileResult } from "./compile-result.ts"

/**
 * One JSON Lines record for one input: the `TargetJson` contract as is, or, for an input line that
 * could not be read, `{ line, input, error: { code: "invalid_input", message } }`.
 */
export const renderCompileJsonLine = (result: CompileResult): string =>
  result._tag === "Compiled"
    ? JSON.stringify(result.target)
    : JSON.stringify({
        line: result.line,
        input: result.input,
        error: { code: "invalid_input", message: result.message },
      })
