/**
 * The CLI's wording has one home per kind (present/messages-zh-CN.ts and the present/ formatters): its
 * use-cases (app/) and adapters (io/) hold no Chinese text but the names of the files they write (a file
 * named *messages*.ts is a catalogue of its own, such as app/path-overlap-messages.ts). Each
 * source is stripped of its comments by esbuild (which keeps every literal, in UTF-8), and what Chinese
 * remains is listed with its file and line.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { transformSync } from "esbuild"
import { describe, expect, it } from "vitest"
import { root } from "./support/run-cli.ts"

const HAN = /\p{Script=Han}/u
/** A literal that is only a file name the CLI writes (`指标明细.csv`, `报告.html`). */
const FILE_NAME = /(["'`])[\p{Script=Han}\w.-]*\.(?:csv|html|xlsx|md|docx|json)\1/gu

const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    const wording = entry.name.includes("messages") || entry.name.endsWith(".test.ts")
    return entry.name.endsWith(".ts") && !wording ? [path] : []
  })

/** The lines of `source` (comments gone) that still hold Chinese outside file names. */
const chineseLines = (source: string): string[] =>
  transformSync(source, { loader: "ts", charset: "utf8", legalComments: "none" })
    .code.split("\n")
    .map((line) => line.trim())
    // esbuild keeps a comment inside an expression, on a line of its own.
    .filter((line) => !/^(?:\/\/|\/\*|\*)/.test(line) && HAN.test(line.replace(FILE_NAME, "")))

describe("CLI wording", () => {
  it("finds Chinese in a literal, and not in comments or file names", () => {
    expect(
      chineseLines(
        [
          "// 注释",
          "/** 文档注释 */",
          "const x = {\n  // 对象里的注释\n  a: 1,\n}",
          'const file = "指标明细.csv"',
          "const other = `报告.html`",
          'const said = "已写入 " + file',
        ].join("\n"),
      ),
    ).toEqual(['const said = "已写入 " + file;'])
  })

  it("app/ and io/ keep their Chinese in the message catalogue", () => {
    const cli = join(root, "apps/cli/src")
    const found = ["app", "io"].flatMap((folder) =>
      sources(join(cli, folder)).flatMap((file) =>
        chineseLines(readFileSync(file, "utf8")).map((line) => `${relative(cli, file)}: ${line}`),
      ),
    )
    expect(found).toEqual([])
  })
})
