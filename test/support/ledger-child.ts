/**
 * The ledger tests' child process (apps/cli/src/ledger/test-child.ts), bundled beside apps/cli/node_modules
 * so that it resolves better-sqlite3 as the CLI does, with the CLI bundle's `require` banner (build.mjs):
 * core's CommonJS dependencies (iconv-lite) need one.
 */
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { root } from "./run-cli.ts"

/** Bundles the child into its own cache folder (one per test file, so files can run at once); returns its path. */
export const buildLedgerChild = async (name: string): Promise<string> => {
  const cache = join(root, "apps/cli/node_modules/.cache", name)
  const script = join(cache, "child.mjs")
  mkdirSync(cache, { recursive: true })
  await build({
    entryPoints: [join(root, "apps/cli/src/ledger/test-child.ts")],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@jixiao/source"],
    external: ["better-sqlite3"],
    banner: {
      js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
    },
    logLevel: "warning",
  })
  return script
}
