/** Findings of a monitoring run: stable codes and the data that explains them (wording in messages.ts). */
import type { SourceRef } from "@jixiao/core"

/** Stable codes of monitoring findings. */
export type MonitorFindingCode =
  /** A yellow or red light (policy `reasonFor`) without a 偏差原因. */
  | "reason_missing"
  /** 完成目标可能性 of 有可能 or 完全不可能 without a 偏差原因. */
  | "likelihood_without_reason"
  /** 确定能 under a red light. */
  | "certain_under_red"
  /** A value to date above the annual target by more than the policy's `overAchievement`. */
  | "ahead_of_target"
  /** A lower-is-better indicator already past its cap. */
  | "cap_exceeded"
  /** A deadline passed with nothing showing completion, or completed after it. */
  | "deadline_passed"
  /** A deadline within the warning window with nothing showing completion. */
  | "deadline_near"
  | "deadline_unknown"
  | "target_missing"
  | "target_unsupported"
  | "zero_target"
  | "actual_missing"
  | "actual_unreadable"
  | "unit_mismatch"
  | "budget_missing"
  | "budget_unreadable"

/** A finding raised while monitoring. */
export interface MonitorFinding {
  readonly code: MonitorFindingCode
  readonly severity: "error" | "warning" | "info"
  readonly data?: Readonly<Record<string, string | number>>
  readonly at: SourceRef
}
