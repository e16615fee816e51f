/**
 * A grading worker (bundled as dist/grade-worker.mjs beside the CLI): receives batches of projects (their
 * rows, actual rows and budget row), reads and grades them with {@link gradeWork} and sends back their
 * pieces, in the order received.
 */
import { parentPort, workerData } from "node:worker_threads"
import type { RowsContext } from "@jixiao/core"
import { compileFormulas, type GradeSettings } from "@jixiao/scoring"
import { type GradeWork, gradeWork } from "./graded-pieces.ts"
import type { WorkerSetup } from "./grader.ts"

const setup = workerData as WorkerSetup
const formulas = await compileFormulas(setup.policy)
const settings: GradeSettings = {
  policy: setup.policy,
  basis: setup.basis,
  year: setup.year,
  formulas,
  budget: setup.budget,
}

interface Batch {
  readonly id: number
  readonly context: RowsContext | null
  readonly works: ReadonlyArray<GradeWork>
}

parentPort!.on("message", ({ id, context, works }: Batch) => {
  const out = works.map((work) => gradeWork(work, context, settings, setup.withCsv))
  parentPort!.postMessage({ id, out })
})
