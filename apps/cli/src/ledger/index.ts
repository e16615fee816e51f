/**
 * The run ledger: a SQLite file next to the config that records every year-end run (inputs, policy,
 * engine version, summary) and every indicator result, so runs are on record and can be compared.
 */
export { diffRunResults, type RunResults } from "./diff-runs.ts"
export { minimumPrefix } from "./find-run.ts"
export type { LedgerIssue, TriedPath } from "./issues.ts"
export { Ledger } from "./ledger.ts"
export { LedgerError } from "./ledger-error.ts"
export type { LockHolder } from "./lock-file.ts"
export { ledgerMessage, staleLockNote } from "./messages-zh-CN.ts"
export { type OpenLedgerOptions, openLedger } from "./open-ledger.ts"
export { acquireRunLock, type RunLock, type RunLockOptions, scopedRunLock } from "./run-lock.ts"
export { schemaVersion } from "./schema.ts"
export { shortId } from "./short-id.ts"
export type * from "./types.ts"
