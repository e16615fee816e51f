import * as CliOutput from "effect/cli/CliOutput"
import * as Command from "effect/cli/Command"
import type { HelpDoc } from "effect/cli/HelpDoc"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { cli } from "../cli.ts"
import { inMemoryLayer } from "../in-memory.ts"
import { version } from "../version.ts"
import { formatHelpDoc, makeFormatter } from "./help.ts"
import { makeStyle } from "./style.ts"

const plain = makeStyle(false)

/** The help document of `jixiao <path> --help`, as effect/cli builds it. */
const helpDocOf = (path: ReadonlyArray<string>): Promise<HelpDoc> => {
  let captured: HelpDoc | undefined
  const formatter: CliOutput.Formatter = {
    ...makeFormatter(plain),
    formatHelpDoc: (doc) => {
      captured = doc
      return ""
    },
  }
  return Command.runWith(cli, { version })([...path, "--help"])
    .pipe(
      Effect.provideService(CliOutput.Formatter, formatter),
      Effect.provide(inMemoryLayer()),
      Effect.runPromise,
    )
    .then(() => {
      if (captured === undefined) throw new Error(`no help for ${path.join(" ")}`)
      return captured
    })
}

const commands = [
  [],
  ["assess"],
  ["lint"],
  ["compile"],
  ["report"],
  ["template"],
  ["run"],
  ["runs"],
  ["runs", "diff"],
]

/** Names the descriptions hold: Latin runs (`langfang-whole-points`, `--budget`) and 、 enumeration items. */
const namesIn = (text: string): ReadonlyArray<string> => [
  ...(text.match(/[A-Za-z0-9_-]+(?:[./:@][A-Za-z0-9_-]+)*/g) ?? []),
  ...(text.match(
    /(?<=、)\p{Script=Han}{2,6}(?!\p{Script=Han})|(?<!\p{Script=Han})\p{Script=Han}{2,6}(?=、)/gu,
  ) ?? []),
]

describe("help text", () => {
  it.each([64, 40, 24])("keeps every name of every command's help whole at width %i", async (width) => {
    for (const path of commands) {
      const doc = await helpDocOf(path)
      const text = formatHelpDoc(doc, plain, width)
      // Unwrapped, every list item sits on one line: the names to look for at the narrow width.
      const unwrapped = formatHelpDoc(doc, plain, 10_000)
      for (const name of namesIn(unwrapped)) {
        if (name.length * 2 > width) continue
        expect(text, `${path.join(" ")}: ${name}`).toContain(name)
      }
    }
  })

  it("no longer breaks langfang-whole-points or 全年预算数 in assess --help", async () => {
    const text = formatHelpDoc(await helpDocOf(["assess"]), plain)
    expect(text).toContain("langfang-whole-points")
    expect(text).toContain("全年预算数")
    expect(text).not.toMatch(/[A-Za-z]-\n/)
  })
})
