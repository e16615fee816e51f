import * as Cause from "effect/Cause"
import * as Exit from "effect/Exit"
import * as Runtime from "effect/Runtime"

/**
 * The exit codes of `jixiao`, a contract that scripts and CI jobs rely on:
 *
 * | code | meaning |
 * | ---- | ------- |
 * | 0    | done (including `--help` and `--version`) |
 * | 1    | failed: file missing or unreadable, table unreadable, bad arguments, invalid input lines, internal error |
 * | 2    | done, but `lint` found findings at or above `--fail-on` (default `error`) |
 * | 130  | interrupted (Ctrl-C) |
 *
 * Failures carry their code as `Runtime.errorExitCode` (effect's convention), so the code is decided where
 * the failure is raised and read once here.
 */
export const ExitCode = {
  ok: 0,
  failed: 1,
  findings: 2,
  interrupted: 130,
} as const

/** One of the documented exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** The exit code of a finished run. */
export const exitCodeOf = (exit: Exit.Exit<unknown, unknown>): number => {
  if (Exit.isSuccess(exit)) return ExitCode.ok
  if (Cause.hasInterruptsOnly(exit.cause)) return ExitCode.interrupted
  return Runtime.getErrorExitCode(Cause.squash(exit.cause))
}

/** The exit-code table as help text, so `--help` and this file cannot drift apart. */
export const exitCodeHelp = [
  "退出码：",
  `  ${ExitCode.ok}  完成`,
  `  ${ExitCode.failed}  失败：文件不存在或无法读取、表格无法解析、参数有误、输入行无效`,
  `  ${ExitCode.findings}  完成但需要注意：lint 有达到 --fail-on 级别的审核意见（默认 error）；`,
  "     run 有未采用的输入行或达到 failOn 级别的评分提示（assess 完成时总是 0）",
  `  ${ExitCode.interrupted}  被中断（Ctrl-C）`,
].join("\n")
