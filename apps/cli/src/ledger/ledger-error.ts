import * as Data from "effect/Data"
import type { LedgerIssue } from "./issues.ts"
import { ledgerMessage } from "./messages-zh-CN.ts"

/** A ledger failure: `issue` says what and where (match on `issue.code`); `message` is its Chinese wording. */
export class LedgerError extends Data.TaggedError("LedgerError")<{ readonly issue: LedgerIssue }> {
  override get message(): string {
    return ledgerMessage(this.issue)
  }
}

/** An error's own text, for the `detail` of an issue. */
export const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
