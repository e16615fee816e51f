/**
 * The full mathjs instance (expression parser included), on exact fractions, created on first use: only a
 * policy with custom formulas needs it. The import is static on purpose: a dynamic `import("mathjs")`
 * makes the bundler keep every export of mathjs, and loading the CLI (and each grading worker) then
 * instantiated all of mathjs's functions (~0.3 s of CPU per thread); the factories alone cost nothing.
 */
import { all, create, type MathJsInstance } from "mathjs"

let instance: MathJsInstance | undefined

/** The full mathjs instance (numbers as Fractions). */
export const fullMath = (): MathJsInstance => {
  instance ??= create(all!, { number: "Fraction" })
  return instance
}
