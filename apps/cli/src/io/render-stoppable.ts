/**
 * Reports rendered where a signal can stop them. Rendering html, xlsx and md of thousands of indicators
 * is seconds of synchronous work; on the main thread it kept SIGTERM and SIGINT waiting until it was done.
 * Above {@link OFF_THREAD_FROM} indicators it runs in a worker thread (the grading worker's script, in its
 * render mode), which a signal terminates at once; smaller results render here, faster than a worker starts.
 */
import { parentPort, Worker } from "node:worker_threads"
import { type ReportFile, type ReportFormat, renderReports } from "@jixiao/report"
import type { ResultsJson } from "@jixiao/scoring"
import { onStop } from "../interrupt.ts"
import { StoppedBySignal, workerScript } from "./grader.ts"

/** From this many indicators on, reports are rendered in a worker thread. */
export const OFF_THREAD_FROM = 1_000

/** What a render worker is started with. */
export interface RenderTask {
  readonly task: "render"
  readonly results: ResultsJson
  readonly formats: ReadonlyArray<ReportFormat>
}

/** Whether a worker was started to render (else it grades). */
export const isRenderTask = (data: unknown): data is RenderTask =>
  (data as RenderTask | null)?.task === "render"

type Answer = { readonly files: ReadonlyArray<ReportFile> } | { readonly error: string }

/** The render worker's body: renders, answers once, and ends. */
export const renderInWorker = async ({ results, formats }: RenderTask): Promise<void> => {
  const answer: Answer = await renderReports(results, formats).then(
    (files) => ({ files }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  )
  const transfer =
    "files" in answer
      ? answer.files.flatMap((f) => (typeof f.contents === "string" ? [] : [f.contents.buffer]))
      : []
  parentPort!.postMessage(answer, transfer as ArrayBuffer[])
}

const indicatorsOf = (results: ResultsJson): number =>
  results.projects.reduce((n, p) => n + p.indicators.length, 0)

/** `renderReports`, in a worker thread that a signal terminates when the results are large. */
export const renderReportsStoppable = (
  results: ResultsJson,
  formats: ReadonlyArray<ReportFormat>,
): Promise<ReadonlyArray<ReportFile>> => {
  const script = workerScript()
  if (script === null || indicatorsOf(results) < OFF_THREAD_FROM) return renderReports(results, formats)
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { task: "render", results, formats } satisfies RenderTask,
    })
    const unregister = onStop(() => void worker.terminate())
    worker.once("message", (answer: Answer) => {
      unregister()
      if ("files" in answer) resolve(answer.files)
      else reject(new Error(answer.error))
    })
    worker.once("error", (error) => {
      unregister()
      reject(error)
    })
    // Terminated by a signal before it answered (after an answer, settling again changes nothing).
    worker.once("exit", () => {
      unregister()
      reject(new StoppedBySignal())
    })
  })
}
