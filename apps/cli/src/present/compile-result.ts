import type { TargetJson } from "@jixiao/core"

/** The outcome of compiling one input: the compiled target, or why the input line was not read. */
export type CompileResult =
  | { readonly _tag: "Compiled"; readonly line: number; readonly target: TargetJson }
  | { readonly _tag: "Invalid"; readonly line: number; readonly input: string; readonly message: string }
