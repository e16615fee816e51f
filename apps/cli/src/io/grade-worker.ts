/**
 * A grading worker (bundled as dist/grade-worker.mjs beside the CLI): receives batches of projects (their
 * rows, actual rows and budget row), reads and grades them with scoring's gradeWork, appends their pieces
 * of the results (report's projectPieces) to its own spools and sends back everything but the text
 * (digests, rejections, byte ranges), in order.
 */
import { getPriority, setPriority } from "node:os"
import { parentPort, workerData } from "node:worker_threads"
import type { RowsContext } from "@jixiao/core"
import { projectPieces } from "@jixiao/report"
import { compileFormulas, type GradeSettings, gradeWork, previousYearOf } from "@jixiao/scoring"
import { AppendSpool } from "./append-spool.ts"
import type { GradedElsewhere, WorkerData } from "./grader.ts"
import { isRenderTask, renderInWorker } from "./render-stoppable.ts"
import { type WorkOnWire, workFromWire } from "./work-wire.ts"

if (isRenderTask(workerData)) await renderInWorker(workerData)
else await grade(workerData as WorkerData)

async function grade(setup: WorkerData): Promise<void> {
  lowerPriority()
  const formulas = await compileFormulas(setup.policy)
  const settings: GradeSettings = {
    policy: setup.policy,
    basis: setup.basis,
    year: setup.year,
    formulas,
    budget: setup.budget,
    ...(setup.previousYear
      ? { previousYear: previousYearOf(setup.previousYear.records, setup.previousYear.source) }
      : {}),
  }
  const json = new AppendSpool(setup.spool.json)
  const csv = setup.spool.csv === null ? null : new AppendSpool(setup.spool.csv)

  /**
   * The main thread reads and parses the CSV files that feed the workers: when the threads outnumber the
   * cores (two workers and the reader on two cores), a reader waiting for a core leaves the workers waiting
   * for work. Graders therefore run a little below it, nice +5 for this thread only (on Linux the nice value
   * belongs to a thread; elsewhere it would lower the whole process, so it is left alone there).
   */
  function lowerPriority(): void {
    if (process.platform !== "linux") return
    try {
      setPriority(0, Math.min(19, getPriority(0) + 5))
    } catch {
      // Not allowed here: graders run at the reader's priority, only slower on busy machines.
    }
  }

  interface Batch {
    readonly id: number
    readonly context: RowsContext | null
    readonly works: ReadonlyArray<WorkOnWire>
  }

  parentPort!.on("message", ({ id, context, works }: Batch) => {
    // One project at a time from grading to bytes: its result and text die young (see AppendSpool.add).
    const out = works.map((wire): GradedElsewhere => {
      const { result, ...rest } = gradeWork(workFromWire(wire), context, settings)
      const pieces = projectPieces(result, settings.policy, csv !== null)
      const spooled = {
        spool: setup.spool.index,
        json: json.add(...pieces.json),
        csv: csv === null ? null : csv.add(pieces.csv ?? ""),
      }
      return { ...rest, spooled }
    })
    json.flush()
    csv?.flush()
    parentPort!.postMessage({ id, out })
  })
}
