/**
 * Issue #14: the import graph runs core → scoring → report → cli, and within the CLI commands → app →
 * io, ledger, present; `pnpm lint` (Biome's noRestrictedImports, configured per folder in biome.json)
 * refuses an arrow back. Each case plants a
 * probe file in a package for a moment and lints it alone.
 */
import { spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { root } from "./support/run-cli.ts"

const lint = (folder: string, source: string) => {
  const file = join(root, folder, `zz-import-probe-${randomBytes(4).toString("hex")}.ts`)
  writeFileSync(file, `import { x } from "${source}"\n\nexport const probe = x\n`)
  try {
    const run = spawnSync(
      process.execPath,
      [join(root, "node_modules/@biomejs/biome/bin/biome"), "lint", file],
      {
        cwd: root,
        encoding: "utf8",
      },
    )
    return { status: run.status, output: run.stdout + run.stderr }
  } finally {
    rmSync(file, { force: true })
  }
}

describe("import direction", () => {
  it.each([
    ["packages/core/src", "@jixiao/scoring"],
    ["packages/core/src", "../../report/src/index.ts"],
    ["packages/scoring/src", "@jixiao/report"],
    ["packages/scoring/src/engine", "../../../../apps/cli/src/main.ts"],
    ["packages/report/src", "@jixiao/cli"],
  ])("refuses an arrow back: %s importing %s", (folder, source) => {
    const { status, output } = lint(folder, source)
    expect(status).toBe(1)
    expect(output).toContain("noRestrictedImports")
    expect(output).toContain("core → scoring → report → cli")
  })

  it.each([
    ["apps/cli/src/app", "../commands/assess.ts"],
    ["apps/cli/src/io", "../app/assess.ts"],
    ["apps/cli/src/ledger", "../app/ledger-path.ts"],
    ["apps/cli/src/present", "../io/write-file.ts"],
    ["apps/cli/src/present", "../app/run.ts"],
  ])("refuses an arrow back between the CLI's rooms: %s importing %s", (folder, source) => {
    const { status, output } = lint(folder, source)
    expect(status).toBe(1)
    expect(output).toContain("commands → app → io、ledger、present")
  })

  it.each([
    ["packages/scoring/src", "@jixiao/core"],
    ["packages/report/src", "@jixiao/scoring"],
    ["apps/cli/src", "@jixiao/report"],
    ["apps/cli/src/commands", "../app/assess.ts"],
    ["apps/cli/src/app", "../io/write-file.ts"],
    ["apps/cli/src/io", "../present/file-error.ts"],
  ])("lets %s import %s", (folder, source) => {
    expect(lint(folder, source).output).not.toContain("noRestrictedImports")
  })
})
