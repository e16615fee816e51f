import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

/** The repository root: CLI tests run from there, as a user of `node_modules/.bin/jixiao` would. */
export const root = fileURLToPath(new URL("../..", import.meta.url))

/** What a run of the built CLI left behind. */
export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the bundled `jixiao` (built once by build-cli.ts) with arguments and optional stdin. */
export const runJixiao = (args: ReadonlyArray<string>, input?: string): CliRun => {
  // Plain output: vitest sets FORCE_COLOR for its own workers, and Node warns when both are set.
  const { FORCE_COLOR: _, ...env } = process.env
  const result = spawnSync(process.execPath, ["apps/cli/bin/jixiao.mjs", ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1" },
    timeout: 30_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Parses JSON Lines output. */
export const jsonLines = (stdout: string): ReadonlyArray<Record<string, unknown>> =>
  stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>)
