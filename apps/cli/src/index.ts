/**
 * @jixiao/cli — the `jixiao` command line as a library: the root command and a runner that takes its
 * stdio, file system and terminal as Effect services, so tests can run it in-process with test layers.
 */

export { countAtOrAbove, type FailOn } from "./app/fail-on.ts"
export { cli } from "./cli.ts"
export { compile } from "./commands/compile.ts"
export { lint } from "./commands/lint.ts"
export { CliFailure, FindingsAtThreshold } from "./errors.ts"
export { ExitCode, exitCodeOf } from "./exit-codes.ts"
export { type InMemoryRun, type InMemoryWorld, inMemoryLayer, runInMemory } from "./in-memory.ts"
export { main, type RunOptions, runCli } from "./run.ts"
export { version } from "./version.ts"
