/**
 * A grading worker (bundled as dist/grade-worker.mjs beside the CLI): receives batches of prepared
 * projects, grades them with {@link gradePieces} and sends back their pieces, in the order received.
 */
import { parentPort, workerData } from "node:worker_threads"
import type { Project } from "@jixiao/core"
import { compileFormulas, type GradeSettings, type Prepared } from "@jixiao/scoring"
import { gradePieces } from "./graded-pieces.ts"
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

parentPort!.on(
  "message",
  ({ id, jobs }: { id: number; jobs: ReadonlyArray<{ project: Project; prepared: Prepared }> }) => {
    const out = jobs.map(({ project, prepared }) => gradePieces(project, prepared, settings, setup.withCsv))
    parentPort!.postMessage({ id, out })
  },
)
