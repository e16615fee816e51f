import { statusNames } from "@jixiao/scoring"
import type { RunRecord } from "../ledger/types.ts"

// The ledger owns run ids (its messages show them too, and it must not load the scoring package).
export { shortId } from "../ledger/short-id.ts"

/** A number as recorded, never rounded again (a diff must not hide a change), `—` for none. */
export const recorded = (value: number | null): string => (value === null ? "—" : String(value))

/** An ISO time as recorded, easier to read: `2025-01-10 09:30:00Z`. */
export const recordedTime = (iso: string): string => iso.replace("T", " ").replace(/\.\d+Z$/, "Z")

/** A status word in Chinese; codes jixiao does not know are shown as they are. */
export const statusName = (status: string): string =>
  (statusNames["zh-CN"] as Readonly<Record<string, string>>)[status] ?? status

/** `2024 年度` or `年度未定`. */
export const yearLabel = (year: number | null): string => (year === null ? "年度未定" : `${year} 年度`)

/** 年度指标值 or 实施周期指标值: which target column a run graded against. */
export const basisName = (basis: RunRecord["basis"]): string =>
  basis === "period" ? "实施周期指标值" : "年度指标值"
