// Bundles the CLI into one ESM file so that `jixiao` starts fast (no barrel imports at run time).

import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { asciiSource } from "./ascii-source.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const outfile = `${here}dist/jixiao.mjs`
const { version } = JSON.parse(readFileSync(`${here}package.json`, "utf8"))

const options = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@jixiao/source"],
  packages: "bundle",
  // exceljs and docx stay out of the bundle: core and report import them lazily, and they resolve from the
  // CLI package (a bundled dynamic import would wrap docx in an `__esm` initialiser, see test/cli.test.ts).
  // better-sqlite3 too, a native addon and an optional dependency: only the ledger imports it, when opened
  // (apps/cli/src/ledger/load-sqlite.ts), so that the bundle starts where it is not installed.
  external: ["exceljs", "docx", "better-sqlite3"],
  banner: {
    js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
  // ASCII only, so that V8 keeps each bundle's source text as a one-byte string, not a two-byte one (one
  // Chinese character anywhere is enough for that): the main thread's copy is 4.4 MB smaller (the peak RSS
  // of `jixiao --version`: 93.0 → 88.7 MB) and each grading worker's 3.5 MB. ascii-source.mjs escapes
  // what esbuild leaves as written.
  charset: "ascii",
  // `jixiao --version` reads this constant (src/version.ts): no package.json lookup at start-up.
  define: { __JIXIAO_VERSION__: JSON.stringify(version) },
}

const asciiOnly = (file) => {
  const text = readFileSync(file, "utf8")
  const ascii = asciiSource(text, file)
  if (ascii !== text) writeFileSync(file, ascii)
}

await build({ ...options, entryPoints: [`${here}src/main.ts`], outfile })
asciiOnly(outfile)
// The grading worker of big assessments (apps/cli/src/io/grader.ts looks for it beside the CLI).
const workerFile = `${here}dist/grade-worker.mjs`
await build({ ...options, entryPoints: [`${here}src/io/grade-worker.ts`], outfile: workerFile })
asciiOnly(workerFile)
