import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as CliConfig from "effect/cli/CliConfig"
import * as CliOutput from "effect/cli/CliOutput"
import * as Command from "effect/cli/Command"
import * as GlobalFlag from "effect/cli/GlobalFlag"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Runtime from "effect/Runtime"
import * as Stdio from "effect/Stdio"
import { cli } from "./cli.ts"
import { CliFailure, setFailureFormat } from "./errors.ts"
import { ExitCode } from "./exit-codes.ts"
import { systemErrorReason } from "./present/file-error.ts"
import { makeFormatter } from "./present/help.ts"
import { currentStyle } from "./present/output.ts"
import { terminalLines, terminalText } from "./present/terminal-text.ts"
import { version } from "./version.ts"

// Help and version go to stdout; a bad command line gets one Chinese line on stderr and a pointer to
// the help, not the whole help text (which would bury the error and pollute `--json` pipelines).
const presenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.gen(function* () {
      const formatter = yield* CliOutput.Formatter
      switch (event._tag) {
        case "Help":
          return yield* Console.log(formatter.formatHelpDoc(event.helpDoc))
        case "Version":
          return yield* Console.log(formatter.formatVersion(event.name, event.version))
        case "InvalidInvocation": {
          const path = event.commandPath.join(" ")
          const errors = event.errors.map((error) => formatter.formatCliError(error)).join("；")
          return yield* Console.error(terminalLines(`${path}：${errors}。运行 ${path} --help 查看用法。`))
        }
      }
    }),
}

// --wizard (interactive) and --log-level (jixiao does not log) would only clutter the help.
const config = CliConfig.make({ builtIns: [GlobalFlag.Help, GlobalFlag.Version, GlobalFlag.Completions] })

const describeDefect = (error: unknown): string =>
  terminalText(systemErrorReason(error) ?? (error instanceof Error ? error.message : String(error)))

/** A failure as `--json` prints it: its code, its Chinese message, and its data when it has some. */
const failureJson = (error: CliFailure) => ({
  code: error.code ?? "failed",
  message: error.message,
  ...(error.data === undefined ? {} : { data: error.data }),
})

/** A failure printed already (as JSON): only its exit code is left to give. */
class AlreadyReported extends Data.TaggedError("AlreadyReported")<{ readonly exitCode: number }> {
  override readonly [Runtime.errorReported]: boolean = false
  override get [Runtime.errorExitCode](): number {
    return this.exitCode
  }
}

/** Options of a run. */
export interface RunOptions {
  /** Print the full cause of an unexpected failure instead of one line. */
  readonly debug?: boolean
}

/**
 * Runs `jixiao` with the given arguments. Every failure is printed once, as one Chinese line on
 * stderr (never a stack trace unless `debug`), and carries its exit code (see `exit-codes.ts`).
 */
export const runCli = (args: ReadonlyArray<string>, options: RunOptions = {}) =>
  Effect.suspend(() => {
    setFailureFormat(args.includes("--json") ? "json" : "text")
    return Command.runWith(cli, { version })(args)
  }).pipe(
    // With --json the failure too is JSON on stderr: {"error":{"code":…,"message":…}} (then exit 1).
    Effect.catchIf(
      (error): error is CliFailure => error instanceof CliFailure && args.includes("--json"),
      (error) =>
        Console.error(JSON.stringify({ error: failureJson(error) })).pipe(
          Effect.andThen(Effect.fail(new AlreadyReported({ exitCode: ExitCode.failed }))),
        ),
    ),
    Effect.provideServiceEffect(CliOutput.Formatter, Effect.map(currentStyle, makeFormatter)),
    Effect.provideService(CliOutput.Presenter, presenter),
    Effect.provideService(CliConfig.CliConfig, config),
    // Failures the CLI worded itself are marked as reported; anything else is a bug, said in one line.
    Effect.tapCause((cause) => {
      if (Cause.hasInterruptsOnly(cause)) return Effect.void
      const error = Cause.squash(cause)
      if (!Runtime.getErrorReported(error)) return Effect.void
      return Console.error(
        options.debug === true
          ? Cause.pretty(cause)
          : `内部错误：${describeDefect(error)}（设置 JIXIAO_DEBUG=1 可查看详情）`,
      )
    }),
  )

/** Runs `jixiao` with the arguments of the `Stdio` service (the process arguments under Node). */
export const main = (options: RunOptions = {}) =>
  Effect.flatMap(
    Stdio.Stdio.use((stdio) => stdio.args),
    (args) => runCli(args, options),
  )
