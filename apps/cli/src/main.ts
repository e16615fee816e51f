// The executable: Node services in, exit code out. Everything else lives behind `main` (see index.ts).
import "./heap-growth.ts"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import { ExitCode, exitCodeOf } from "./exit-codes.ts"
import { cleanUpNow, installStopHandlers, receivedSignal, signalExitCode } from "./interrupt.ts"
import { main } from "./run.ts"

// `jixiao lint … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(ExitCode.ok)
})

// Before runMain's own listeners, which interrupt the main fiber: see interrupt.ts.
installStopHandlers((code) => process.exit(code))

main({ debug: process.env.JIXIAO_DEBUG === "1" }).pipe(
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    // Set process.exitCode and let Node exit by itself: process.exit() could cut off a large --json
    // report still on its way into a pipe. Only a signal exits at once, with 130 (SIGINT) or 143 (SIGTERM).
    teardown: (exit, onExit) => {
      const signal = receivedSignal()
      if (signal !== null) {
        cleanUpNow()
        return onExit(signalExitCode[signal])
      }
      const code = exitCodeOf(exit)
      process.exitCode = code
      onExit(code === ExitCode.interrupted ? code : ExitCode.ok)
    },
  }),
)
