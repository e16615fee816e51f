import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../..", import.meta.url))

/** vitest globalSetup: bundles the CLI once, so that CLI tests run the very file users run. */
export default function buildCli(): void {
  execFileSync(process.execPath, ["apps/cli/build.mjs"], { cwd: root, stdio: "inherit" })
}
