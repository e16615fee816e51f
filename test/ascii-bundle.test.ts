import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { asciiSource } from "../apps/cli/ascii-source.mjs"
import { root } from "./support/run-cli.ts"

const ascii = (text: string): string => asciiSource(text, "test.mjs")

/** Evaluates a module's `export default` expression source. */
const evaluate = (source: string): unknown => new Function(`${source.replace("export default", "return")}`)()

describe("the bundles' ASCII-only source (apps/cli/ascii-source.mjs)", () => {
  it("is what the build wrote: V8 keeps it as a one-byte string", () => {
    for (const file of ["jixiao.mjs", "grade-worker.mjs"]) {
      const bundle = readFileSync(`${root}apps/cli/dist/${file}`, "utf8")
      expect(bundle.match(/[\u0080-\uffff]/g) ?? [], file).toEqual([])
    }
  })

  it("escapes regular expressions and comments so that they match as before, with and without the u flag", async () => {
    const source = [
      "// 处理 and ⚠ in a comment",
      "export default [/处理|处置/, /^[效频]率$/u, /😀+/u, /^(?:全年)?(?:零|无)发生$/, /(?<年>\\d{4})年\\k<年>/u,",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, evaluated below
      "  /^[\\p{L}--[处]]+$/v, /^[\\q{处理|😀}]$/v, /^[😀-😂]$/u, new RegExp(`${/处理|办结/u.source}|整改`, 'u')]",
    ].join("\n")
    const escaped = ascii(source)
    expect(escaped.match(/[\u0080-\uffff]/g)).toBeNull()
    const before = evaluate(source) as RegExp[]
    const after = evaluate(escaped) as RegExp[]
    const samples = [
      "处理",
      "处置中",
      "效率",
      "频率",
      "比率",
      "😀😀",
      "\uD83D",
      "全年零发生",
      "无发生",
      "有发生",
    ]
    for (const [i, re] of before.entries()) {
      for (const text of samples) expect(after[i]!.test(text), `${re} ${text}`).toBe(re.test(text))
      expect(after[i]!.flags).toBe(re.flags)
    }
  })

  it("keeps strings, identifiers and what a tag function reads in its cooked strings", () => {
    const source = [
      "const tag = (s) => s.join('|')",
      "const 单位 = '单位'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, evaluated below
      "export default [tag`<span>⚠</span>${1}单位`, 单位, `${单位}：😀`]",
    ].join("\n")
    expect(evaluate(ascii(source))).toEqual(evaluate(source))
  })

  it("refuses what an escape would change: after a backslash, in String.raw", () => {
    expect(() => ascii("export default /\\处/")).toThrow("test.mjs: a backslash before a non-ASCII character")
    expect(() => ascii("export default String.raw`单位`")).toThrow("String.raw")
  })

  it("leaves an ASCII source as it is", () => {
    expect(ascii("export default /a|b/u")).toBe("export default /a|b/u")
  })
})
