/**
 * Last year's actuals as baselines: for previous-year references (`比上年增长8%`) whose actual row gives no
 * 上年实际值, the same unit + project + indicator in last year's run (from the CLI's ledger) supplies it.
 * Names match as "the same project" does everywhere (white space ignored: core/model/keys.ts).
 */
import { indicatorKey } from "@jixiao/core"

/** One indicator as last year's run reported it. */
export interface PreviousYearRecord {
  readonly unit: string
  readonly project: string
  readonly name: string
  readonly actual: string | null
}

/** Last year's actual of an indicator, looked up by unit, project and indicator name. */
export interface PreviousYear {
  /** Where the values come from, for findings (`账本 2023 年运行 1a2b3c`). */
  readonly source: string
  readonly actualOf: (unit: string, project: string, indicator: string) => string | undefined
}

/** A lookup over last year's records; a name that repeats inside a project is ambiguous and not used. */
export const previousYearOf = (records: ReadonlyArray<PreviousYearRecord>, source: string): PreviousYear => {
  const values = new Map<string, string | null>()
  for (const r of records) {
    const key = indicatorKey(r.unit, r.project, r.name)
    values.set(key, values.has(key) ? null : r.actual)
  }
  return {
    source,
    actualOf: (unit, project, indicator) => values.get(indicatorKey(unit, project, indicator)) ?? undefined,
  }
}
