// Runs a TypeScript script of this repository on its sources: esbuild bundles it (with the
// `@jixiao/source` condition, as the tests resolve packages) into node_modules/.cache and imports it.
import { mkdirSync } from "node:fs"
import { basename, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error("用法：node scripts/run-ts.mjs SCRIPT.ts [参数…]")
  process.exit(1)
}
const outdir = resolve("node_modules/.cache/jixiao-scripts")
mkdirSync(outdir, { recursive: true })
const outfile = resolve(outdir, `${basename(entry, ".ts")}.mjs`)
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@jixiao/source"],
  external: ["esbuild"],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: "warning",
})
process.argv = [process.argv[0], outfile, ...args]
await import(pathToFileURL(outfile).href)
