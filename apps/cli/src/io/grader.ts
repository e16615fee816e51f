/**
 * The CLI's Graders for the engine (scoring's Grader service): in this thread, yielding so that signals are
 * heard, or in worker threads (both cores of an ordinary machine: the main thread reads and parses, the
 * workers grade and write their pieces of the results). Results come back as they are done; the engine puts
 * them in table order (every result carries its place).
 */
import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import type { ByteRange } from "@jixiao/report"
import {
  type Done,
  type Graded,
  type GradedWork,
  type GradeJob,
  type Grader,
  type GraderFactory,
  type GradeSettings,
  gradeWork,
  type Place,
  type Policy,
  type PreviousYearRecord,
} from "@jixiao/scoring"
import { onStop, removeOnStop, stopping } from "../interrupt.ts"
import { workToWire } from "./work-wire.ts"

/** Where a worker's pieces of a project already are: in spool `spool` of the sink, at these ranges. */
export interface SpooledText {
  readonly spool: number
  readonly json: ByteRange
  readonly csv: ByteRange | null
}

/** A project graded by a worker, which spooled its text itself: what the sums need, and where the text is. */
export interface GradedElsewhere extends Graded {
  readonly spooled: SpooledText
}

/** How long grading in this thread runs before it lets the event loop turn (signals, I/O). */
const SLICE_MS = 20

/** Thrown into a run stopped by a signal: the work is abandoned, the fiber is interrupted already. */
export class StoppedBySignal extends Error {
  constructor() {
    super("stopped by a signal")
  }
}

/**
 * Grades in this thread, at once, but yields to the event loop every {@link SLICE_MS}: awaiting a settled
 * promise never does, so a whole table graded here kept SIGTERM and SIGINT waiting until it was done.
 */
export const inThreadGrader: GraderFactory<GradedWork> = (settings, done) => {
  let sliceStart = performance.now()
  return {
    submit: async (job) => {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve))
        sliceStart = performance.now()
      }
      if (stopping()) throw new StoppedBySignal()
      done(job.place, gradeWork(job.work, job.context, settings))
    },
    drain: async () => {},
    close: async () => {},
  }
}

/**
 * What a worker is started with (plain data: the worker compiles the policy's formulas itself, and builds
 * last year's lookup from its records).
 */
export interface WorkerSetup {
  readonly policy: Policy
  readonly basis: GradeSettings["basis"]
  readonly year: number | undefined
  readonly budget: GradeSettings["budget"]
  readonly previousYear?: { readonly source: string; readonly records: ReadonlyArray<PreviousYearRecord> }
}

/** The spool files a worker appends to, and their number in the sink. */
export interface WorkerSpool {
  readonly index: number
  readonly json: string
  readonly csv: string | null
}

/** What one worker is started with. */
export interface WorkerData extends WorkerSetup {
  readonly spool: WorkerSpool
}

/** The bundled worker script beside the bundled CLI; absent when running from source. */
export const workerScript = (): URL | null => {
  const url = new URL("./grade-worker.mjs", import.meta.url)
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : null
}

/** How many grading workers to start: JIXIAO_WORKERS, else one per core (none on one core). */
export const workerCount = (): number => {
  const asked = Number(process.env.JIXIAO_WORKERS)
  if (Number.isInteger(asked) && asked >= 0) return asked
  const cores = availableParallelism()
  return cores > 1 ? cores : 0
}

/**
 * Projects per message, and messages a worker may have waiting. A batch arrives in the worker's young
 * generation all at once and lives until its last project is graded, so a smaller one survives fewer
 * scavenges (see the young generation below); 16 × 16 keeps as many projects in flight as 64 × 4 did.
 */
const BATCH = 16
const IN_FLIGHT = 16

/**
 * Grades in `count` worker threads, jobs sent in batches; null when the worker script is not there
 * (running from source), in which case the caller grades in this thread.
 */
export const workerGrader = (
  previousYear: WorkerSetup["previousYear"],
  count: number,
  spools: (worker: number) => WorkerSpool,
): GraderFactory<GradedElsewhere> | null => {
  const script = workerScript()
  if (script === null || count < 1) return null
  return (settings, done) => startWorkers(script, workerSetup(settings, previousYear), count, spools, done)
}

const workerSetup = (settings: GradeSettings, previousYear: WorkerSetup["previousYear"]): WorkerSetup => ({
  policy: settings.policy,
  basis: settings.basis,
  year: settings.year,
  budget: settings.budget,
  ...(previousYear ? { previousYear } : {}),
})

const startWorkers = (
  script: URL,
  setup: WorkerSetup,
  count: number,
  spools: (worker: number) => WorkerSpool,
  done: Done<GradedElsewhere>,
): Grader => {
  // A cap on each worker's heap makes V8 collect before it grows: a worker holds little (the compile cache).
  // The young generation is 24 MB (8 MB semi-spaces, V8's default is 16): the two workers' heaps are about
  // 60 MB smaller at 10⁶ indicators, for about 5% more time in scavenges (docs/performance.md).
  const resourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 }
  const workers = Array.from(
    { length: count },
    (_, w) =>
      new Worker(script, { workerData: { ...setup, spool: spools(w) } satisfies WorkerData, resourceLimits }),
  )
  // On a signal the workers stop at once (the main thread's promise chain may run on a little), and their
  // spools go even if nothing else is left to remove them.
  const terminate = () => {
    for (const worker of workers) void worker.terminate()
  }
  const unregister = onStop(terminate)
  for (const w of workers.keys()) {
    // Kept registered: the sink removes them after the run, and removing a removed file is no harm.
    const { json, csv } = spools(w)
    for (const path of [json, csv]) if (path !== null) removeOnStop(path)
  }
  // Only the places of the jobs in flight are kept: their work (table and actual rows) was copied to the
  // worker, and keeping it until the answer came let it outlive young-generation collections (promoted,
  // then collected as old garbage: the main thread's heap grew by hundreds of MB at 10⁶ indicators).
  const pending = new Map<number, ReadonlyArray<Place>>()
  const inFlight = workers.map(() => 0)
  let failure: unknown = null
  let wake: (() => void) | null = null
  const notify = () => {
    const w = wake
    wake = null
    w?.()
  }
  workers.forEach((worker, w) => {
    worker.on("message", ({ id, out }: { id: number; out: ReadonlyArray<GradedElsewhere> }) => {
      const places = pending.get(id)!
      pending.delete(id)
      inFlight[w]!--
      for (const [i, place] of places.entries()) done(place, out[i]!)
      notify()
    })
    worker.on("error", (error) => {
      failure ??= error
      notify()
    })
    // A worker terminated (on a signal) answers nothing more: whoever waits for it must not wait forever.
    worker.on("exit", () => {
      failure ??= new StoppedBySignal()
      notify()
    })
  })
  let batch: GradeJob[] = []
  let nextId = 0
  const waitFor = async (ready: () => boolean) => {
    while (!ready() && failure === null) await new Promise<void>((resolve) => (wake = resolve))
    if (failure !== null) throw failure
  }
  const send = async () => {
    if (batch.length === 0) return
    await waitFor(() => inFlight.some((n) => n < IN_FLIGHT))
    const w = inFlight.indexOf(Math.min(...inFlight))
    const id = nextId++
    pending.set(
      id,
      batch.map((job) => job.place),
    )
    inFlight[w]!++
    // One context per batch: every job of a pass reads rows under the same header.
    workers[w]!.postMessage({
      id,
      context: batch[0]!.context,
      works: batch.map((job) => workToWire(job.work)),
    })
    batch = []
  }
  return {
    submit: async (job) => {
      batch.push(job)
      if (batch.length >= BATCH) await send()
    },
    drain: async () => {
      await send()
      await waitFor(() => pending.size === 0)
    },
    close: async () => {
      unregister()
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
