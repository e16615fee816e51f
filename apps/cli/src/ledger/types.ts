/**
 * The run ledger's records: what a year-end run read, decided and wrote, so that it is repeatable and on
 * record. Written by `jixiao run`, read by `jixiao runs list | show | diff`.
 */

/** A file a run read or wrote, by path and content digest (sha256, hex). */
export interface FileDigest {
  readonly path: string
  readonly sha256: string
}

/** One indicator's outcome in a run: enough to diff runs, also across fiscal years (by names). */
export interface IndicatorRecord {
  readonly unit: string
  readonly project: string
  readonly no: number
  readonly name: string
  readonly level1: string
  readonly level2: string
  readonly target: string | null
  readonly actual: string | null
  readonly weight: number | null
  readonly score: number | null
  readonly status: string
}

/** One project's outcome in a run. */
export interface ProjectRecord {
  readonly unit: string
  readonly name: string
  readonly total: number | null
  readonly grade: string
}

/** A run as recorded. `id` is derived from the content of its inputs, policy and engine version. */
export interface RunRecord {
  readonly id: string
  /** When it was recorded (ISO 8601, from the Clock service). */
  readonly recordedAt: string
  readonly department: string
  readonly year: number | null
  readonly basis: "annual" | "period"
  readonly policy: string
  readonly engineVersion: string
  readonly inputs: ReadonlyArray<FileDigest & { readonly role: "targets" | "actuals" | "budget" | "policy" }>
  readonly outputs: ReadonlyArray<FileDigest>
  readonly summary: {
    readonly score: number | null
    readonly grade: string
    /**
     * The policy's decimals, at which every score of the run was rounded and is shown. Absent from runs
     * recorded before it was kept: readers take the preset's, or 2.
     */
    readonly decimals?: number
    readonly projects: number
    readonly grades: Readonly<Record<string, number>>
    readonly rows: { readonly in: number; readonly graded: number; readonly rejected: number }
    readonly statuses: Readonly<Record<string, number>>
  }
}

/** A department's (or project's) standing in a run: its score and grade. */
export interface Standing {
  readonly score: number | null
  readonly grade: string
}

/** What changed between two runs. */
export interface RunDiff {
  readonly from: string
  readonly to: string
  /** True when the runs are of different fiscal years: indicators were matched by unit + project + name. */
  readonly acrossYears: boolean
  /** The department's score and grade in both runs, and whether either changed. */
  readonly department: {
    readonly before: Standing
    readonly after: Standing
    readonly changed: boolean
  }
  readonly indicators: ReadonlyArray<{
    readonly unit: string
    readonly project: string
    readonly name: string
    readonly no: number
    readonly before: { readonly status: string; readonly score: number | null } | null
    readonly after: { readonly status: string; readonly score: number | null } | null
  }>
  /** Projects whose total or grade changed, appeared or disappeared. */
  readonly projects: ReadonlyArray<{
    readonly unit: string
    readonly name: string
    readonly before: { readonly grade: string; readonly total: number | null } | null
    readonly after: { readonly grade: string; readonly total: number | null } | null
  }>
}
