/**
 * Recording a finished assessment in the ledger, as `run` does and `assess --ledger` does: its files are
 * committed (only those whose bytes changed), then the run, its projects and its indicators are recorded
 * in one transaction, read back from the spool one project at a time.
 */

import type { ResultsJson } from "@jixiao/scoring"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type { CommittedFile } from "../io/write-file.ts"
import type { Ledger } from "../ledger/index.ts"
import type { Assessed } from "./assess.ts"
import { indicatorRecords, projectRecords, runSummary } from "./records.ts"
import type { InputDigest } from "./run-inputs.ts"

export interface RunFacts {
  readonly id: string
  readonly year: number | null
  readonly basis: "annual" | "period"
  readonly policy: string
  readonly engineVersion: string
  readonly inputs: ReadonlyArray<InputDigest>
}

/** Records the assessment; returns whether it was new (a rerun with unchanged inputs records nothing). */
export const recordRun = (
  ledger: Ledger,
  facts: RunFacts,
  done: Assessed,
  outputs: ReadonlyArray<CommittedFile>,
) =>
  Effect.gen(function* () {
    const recordedAt = new Date(yield* Clock.currentTimeMillis).toISOString()
    // One pass over the spooled results: the projects are gathered as their indicators are read (the
    // ledger reads the indicators first), not parsed a second time.
    const projects: ResultsJson["projects"][number][] = []
    const gathering = function* () {
      for (const project of done.projects()) {
        projects.push({ ...project, indicators: [] })
        yield project
      }
    }
    return yield* ledger.recordRun(
      {
        ...facts,
        kind: "year_end",
        asOf: null,
        recordedAt,
        department: done.frame.department.name,
        outputs: outputs.map(({ path, sha256 }) => ({ path, sha256 })),
        summary: runSummary(done.frame, done.summary.statuses),
      },
      projectRecords(projects),
      indicatorRecords(gathering()),
    )
  })
