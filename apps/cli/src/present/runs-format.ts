import { isPresetName, lightNames, presets, statusNames } from "@jixiao/scoring"
import type { RunRecord } from "../ledger/types.ts"

// The ledger owns run ids (its messages show them too, and it must not load the scoring package).
export { shortId } from "../ledger/short-id.ts"

/**
 * The decimals a run's scores are shown at: those recorded with it, else its preset's (runs recorded
 * before the ledger kept them), else 2.
 */
export const decimalsOf = (run: RunRecord): number =>
  run.summary.decimals ?? (isPresetName(run.policy) ? presets[run.policy]?.rounding.decimals : undefined) ?? 2

/**
 * A recorded score at the policy's decimals (`100` → `100.00`, `99.9` → `99.90`), `—` for none. Scores are
 * recorded already rounded; one with more places than that is shown whole, never rounded again (a diff
 * must not hide a change).
 */
export const recorded = (value: number | null, decimals: number): string => {
  if (value === null) return "—"
  const fixed = value.toFixed(decimals)
  return Number(fixed) === value ? fixed : String(value)
}

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

/** 年终评价 or 运行监控: what kind of run it was. */
export const kindName = (kind: RunRecord["kind"]): string => (kind === "monitor" ? "运行监控" : "年终评价")

/** A light's Chinese name (绿灯, 红灯 …); `—` for none, codes jixiao does not know as they are. */
export const lightName = (light: string | null | undefined): string =>
  light === null || light === undefined || light === ""
    ? "—"
    : ((lightNames as Readonly<Record<string, string>>)[light] ?? light)
