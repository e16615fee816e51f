/**
 * Stopping on SIGINT and SIGTERM. `runMain` interrupts the main fiber on either signal and its finalizers
 * run (the run lock is released, spools removed); this module adds what an interrupted fiber cannot do by
 * itself:
 *
 * - the exit code says which signal it was: 130 for SIGINT (Ctrl-C), 143 for SIGTERM (`timeout`,
 *   `systemctl stop`), as a shell reports a process killed by that signal;
 * - work that runs outside the fiber stops too: grading workers are terminated at once, and files
 *   registered here (spools, temporary files) are removed even if a promise still running would write them;
 * - a deadline: whatever still runs after {@link STOP_WITHIN_MS} is cut short, the registered clean-ups run
 *   and the process exits, so that no step can keep the process (or the ledger's lock) past it.
 */
import { rmSync } from "node:fs"

/** Exit codes after a signal: 128 + the signal's number, as shells report it. */
export const signalExitCode = { SIGINT: 130, SIGTERM: 143 } as const

/** A signal that stops jixiao. */
export type StopSignal = keyof typeof signalExitCode

/** After a signal, the process exits within this time whatever it was doing on the event loop. */
export const STOP_WITHIN_MS = 1_500

let received: StopSignal | null = null
const files = new Set<string>()
const stoppers = new Set<() => void>()

/** The signal received, or null. */
export const receivedSignal = (): StopSignal | null => received

/** True once a stop signal was received: long loops check it between steps. */
export const stopping = (): boolean => received !== null

/** Removes `path` if the process is stopped by a signal; call the returned function once it is gone or kept. */
export const removeOnStop = (path: string): (() => void) => {
  files.add(path)
  return () => {
    files.delete(path)
  }
}

/** Calls `stop` (terminating a worker, say) when a signal arrives; the returned function unregisters it. */
export const onStop = (stop: () => void): (() => void) => {
  stoppers.add(stop)
  return () => {
    stoppers.delete(stop)
  }
}

/** Runs every registered clean-up once, synchronously: stoppers first (so nothing writes), then files. */
export const cleanUpNow = (): void => {
  for (const stop of [...stoppers]) {
    stoppers.delete(stop)
    try {
      stop()
    } catch {
      // One clean-up failing must not keep the others from running.
    }
  }
  for (const path of [...files]) {
    files.delete(path)
    try {
      rmSync(path, { force: true })
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * Listens for SIGINT and SIGTERM before `runMain` does (so this listener runs first): notes the signal,
 * stops registered work, and arms the deadline. `exit` ends the process with a code.
 */
export const installStopHandlers = (exit: (code: number) => void): void => {
  const onSignal = (signal: StopSignal) => {
    if (received !== null) {
      // A second Ctrl-C: stop now.
      cleanUpNow()
      return exit(signalExitCode[received])
    }
    received = signal
    for (const stop of [...stoppers]) {
      stoppers.delete(stop)
      try {
        stop()
      } catch {
        // As in cleanUpNow.
      }
    }
    const deadline = setTimeout(() => {
      cleanUpNow()
      exit(signalExitCode[signal])
    }, STOP_WITHIN_MS)
    deadline.unref()
  }
  process.on("SIGINT", () => onSignal("SIGINT"))
  process.on("SIGTERM", () => onSignal("SIGTERM"))
}
