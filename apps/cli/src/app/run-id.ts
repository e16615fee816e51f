import { createHash } from "node:crypto"

/** sha256 of some bytes, hex. */
export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex")

/** JSON with keys sorted at every level: the same value always gives the same text. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )

/** What a run depends on: the content of its inputs, the policy, the engine version, the settings and formats. */
export interface RunIdentity {
  readonly engineVersion: string
  readonly year: number | null
  readonly basis: "annual" | "period"
  readonly department: string | null
  readonly policy: unknown
  readonly inputs: ReadonlyArray<{ readonly role: string; readonly sha256: string }>
  readonly outputs: { readonly formats: ReadonlyArray<string> }
  /** The ledger's run of last year whose actuals serve as baselines; absent when none is used. */
  readonly baselineRun?: string
  /** A monitoring run's mode and as-of date; absent from a year-end run's identity, so its id is as it always was. */
  readonly mode?: "monitor"
  readonly asOf?: string
}

/**
 * A run's id: a digest of what it depends on, never of when or where it ran, so a rerun with unchanged
 * inputs has the same id (and records nothing new) while any changed byte makes a new run.
 */
export const runId = (identity: RunIdentity): string => sha256(canonicalJson(identity)).slice(0, 32)
