import * as Data from "effect/Data"
import { systemErrorReason } from "../present/file-error.ts"
import type { LedgerIssue } from "./issues.ts"
import { ledgerMessage } from "./messages-zh-CN.ts"

/** A ledger failure: `issue` says what and where (match on `issue.code`); `message` is its Chinese wording. */
export class LedgerError extends Data.TaggedError("LedgerError")<{ readonly issue: LedgerIssue }> {
  override get message(): string {
    return ledgerMessage(this.issue)
  }
}

/**
 * What went wrong, for the `detail` of an issue: SQLite's and the system's reasons (SQLITE_BUSY,
 * SQLITE_CORRUPT, ENOSPC, …) in Chinese with what to do, else the error's own text.
 */
export const detailOf = (error: unknown): string =>
  systemErrorReason(error) ?? (error instanceof Error ? error.message : String(error))
