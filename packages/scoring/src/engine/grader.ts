/**
 * The Grader: what grades the engine's jobs. In this thread ({@link inThreadGrader}), or elsewhere (the
 * CLI's worker pool): results come back as they are done, each with its place, and the engine puts them in
 * table order. A grader that works elsewhere hands back its own kind of graded project (`G`): what the sums
 * need ({@link Graded}) and whatever its writer needs (the CLI's workers: where they spooled the text).
 */
import type { RowsContext } from "@jixiao/core"
import type { Place } from "../sum/assessment-sum.ts"
import type { GradeSettings } from "./assessor.ts"
import { type Graded, type GradedWork, type GradeWork, gradeWork } from "./grade-work.ts"

/** One project to grade, with its place in the table and what reading its rows needs. */
export interface GradeJob {
  readonly work: GradeWork
  readonly place: Place
  readonly context: RowsContext | null
}

/** Grades jobs; the `done` it was made with receives each graded project with its place. */
export interface Grader {
  /** Queues a job (waits while too many are in flight). */
  submit(job: GradeJob): Promise<void>
  /** Waits until every queued job is done. */
  drain(): Promise<void>
  /** Stops whatever the grader started (worker threads). */
  close(): Promise<void>
}

/** Receives a graded project with its place. */
export type Done<G extends Graded> = (place: Place, graded: G) => void

/** Makes the grader of one pass: the settings every job is graded under, and where results go. */
export type GraderFactory<G extends Graded> = (settings: GradeSettings, done: Done<G>) => Grader

/** Grades in this thread, at once. */
export const inThreadGrader: GraderFactory<GradedWork> = (settings, done) => ({
  submit: async (job) => done(job.place, gradeWork(job.work, job.context, settings)),
  drain: async () => {},
  close: async () => {},
})
