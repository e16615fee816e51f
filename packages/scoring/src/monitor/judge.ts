/**
 * The light of one indicator on the as-of date (domain §5): quantities, ranges and per-item targets compare
 * completion (value to date ÷ annual target) with 序时进度; rates are judged against the target itself;
 * once-a-year events wait for the year's end; a lower-is-better bound already passed is red whatever the
 * date; deadlines are red when passed unmet and yellow when near; qualitative words map to lights.
 */
import {
  type CompiledTarget,
  type DeadlineTarget,
  type Measurement,
  type PerItemTarget,
  parseActual,
  type QuantityTarget,
  type RangeTarget,
  type Tier,
} from "@jixiao/core"
import { readValue } from "../grade/quantity-value.ts"
import { type Exact, exact } from "../numbers.ts"
import type { MonitorPolicy } from "../policy/policy.ts"
import type { MonitorFindingCode } from "./findings.ts"
import { type Light, lightOfProgress, lightOfRate } from "./lights.ts"
import { daysBetween, fiscalDay, type TimeProgress } from "./time-progress.ts"
import type { Treatment } from "./treatment.ts"

/** Core's tier words (达成目标, 部分达成并具有一定效果, 未达成且效果较差 …) as lights: one table. */
export const TIER_LIGHTS: Readonly<Record<Tier, Light>> = {
  achieved: "green",
  partial: "yellow",
  failed: "red",
}

/** A finding of the judgment, placed by the caller. */
export interface Noted {
  readonly code: MonitorFindingCode
  readonly severity: "error" | "warning" | "info"
  readonly data?: Readonly<Record<string, string | number>>
}

/** What the judgment of one indicator gives. */
export interface Judged {
  readonly light: Light
  /** Value to date ÷ annual target (for quantities, ranges and per-item targets), exactly. */
  readonly completion: Exact | null
  /** The value to date in the target's unit, when one was read. */
  readonly value: Exact | null
  readonly noted: ReadonlyArray<Noted>
}

export const review = (code: MonitorFindingCode, data?: Record<string, string | number>): Judged => ({
  light: "needs_review",
  completion: null,
  value: null,
  noted: [{ code, severity: "warning", ...(data ? { data } : {}) }],
})

export const lit = (
  light: Light,
  noted: Noted[] = [],
  completion: Exact | null = null,
  value: Exact | null = null,
) => ({
  light,
  completion,
  value,
  noted,
})

export interface JudgeInput {
  readonly target: CompiledTarget
  readonly treatment: Treatment
  /** 当前完成值 as written, or null. */
  readonly toDate: string | null
  readonly progress: TimeProgress
  readonly policy: MonitorPolicy
}

/** Reads the value to date against the target (a `-` or `/` cell says nothing was reported). */
export const measure = (input: Pick<JudgeInput, "target" | "toDate" | "progress">): Measurement | null => {
  if (input.toDate === null || input.toDate.trim() === "") return null
  const m = parseActual(input.toDate, { year: input.progress.year, target: input.target })
  return m.kind === "missing" ? null : m
}

/** Judges one simple target against what was measured (null: nothing reported). */
export const judgeMeasured = (input: JudgeInput, m: Measurement | null): Judged => {
  const { treatment } = input
  if (treatment.kind === "deadline") return judgeDeadline(input.target as DeadlineTarget, m, input)
  // A judgment in words (达成目标 …) lights any other target by the one table, a compound one too.
  if (m !== null && m.kind === "tier") return lit(TIER_LIGHTS[m.tier])
  if (treatment.kind === "unsupported" || treatment.kind === "compound")
    return review("target_unsupported", { kind: input.target.kind })
  if (treatment.kind === "qualitative")
    return m === null ? review("actual_missing") : review("actual_unreadable", { text: m.text })
  const yearEnd = input.progress.elapsed === input.progress.days
  if (m === null)
    return treatment.kind === "annual_event" && !yearEnd ? lit("not_due") : review("actual_missing")
  if (m.kind !== "quantity") return review("actual_unreadable", { text: m.text })
  return judgeQuantity(input.target as QuantityTarget | PerItemTarget | RangeTarget, m, input)
}

type Quantity = Extract<Measurement, { kind: "quantity" }>

/** A range read as its lower bound, for the value reading (unit conversion, magnitude) the bounds share. */
const asLowerBound = (t: RangeTarget): QuantityTarget => ({
  kind: "quantity",
  text: t.text,
  span: t.span,
  label: t.label,
  expects: t.expects,
  issues: t.issues,
  op: t.minOp,
  direction: "explicit",
  value: t.min,
  unit: t.unit,
  magnitude: t.magnitude,
  noun: t.noun,
})

const satisfies = (value: Exact, op: string, bound: Exact): boolean => {
  const c = value.compare(bound)
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : op === "<" ? c < 0 : c === 0
}

const judgeQuantity = (
  target: QuantityTarget | PerItemTarget | RangeTarget,
  m: Quantity,
  input: JudgeInput,
): Judged => {
  const bound = target.kind === "range" ? asLowerBound(target) : target
  const reading = readValue(bound, m)
  if (!reading.ok)
    return review(reading.finding.code as MonitorFindingCode, reading.finding.data as Record<string, string>)
  const value = exact(reading.value)
  const noted: Noted[] = []
  // A cap already passed stays passed: red whatever the date.
  const cap =
    target.kind === "range"
      ? { op: target.maxOp, value: exact(target.max) }
      : target.op === "<=" || target.op === "<"
        ? { op: target.op, value: exact(target.value) }
        : null
  if (cap !== null && !satisfies(value, cap.op, cap.value)) {
    noted.push({
      code: "cap_exceeded",
      severity: "warning",
      data: { value: value.toString(), cap: cap.value.toString() },
    })
    return lit("red", noted, cap.value.equals(0) ? null : value.div(cap.value), value)
  }
  if (target.kind !== "range" && cap !== null)
    return lit("green", noted, cap.value.equals(0) ? null : value.div(cap.value), value)
  const annual = exact(bound.value)
  if (annual.equals(0)) {
    // A positive indicator whose target is 0 is green only when the value equals it (domain §5).
    if (bound.op === "=") return lit(value.equals(0) ? "green" : "red", noted, null, value)
    return review("zero_target")
  }
  const completion = value.div(annual)
  const ahead = bound.op === "=" ? 0 : exact(input.policy.overAchievement).div(100)
  if (target.kind !== "range" && completion.compare(exact(1).add(ahead)) > 0)
    noted.push({
      code: "ahead_of_target",
      severity: "warning",
      data: { completion: completion.mul(100).round(2).toString(), op: bound.op },
    })
  const met = satisfies(value, bound.op, annual)
  const thresholds = input.policy.indicators
  const light =
    input.treatment.kind === "cumulative"
      ? met
        ? "green"
        : lightOfProgress(completion, input.progress.share, thresholds)
      : lightOfRate(met, completion, thresholds)
  return lit(light, noted, completion, value)
}

/** The date a measurement says something was done, in the fiscal year when it names only a month. */
const doneOn = (m: Measurement | null, year: number): string | null => {
  if (m === null || m.kind !== "date" || m.negation !== undefined) return null
  return m.date ?? (m.monthDay === null ? null : `${year}-${m.monthDay}`)
}

const judgeDeadline = (target: DeadlineTarget, m: Measurement | null, input: JudgeInput): Judged => {
  const { progress } = input
  const deadline =
    target.deadline ?? (target.monthDay === null ? null : `${progress.year}-${target.monthDay}`)
  const due = deadline === null ? null : fiscalDay(deadline)
  if (due === null) return review("deadline_unknown")
  const done = doneOn(m, progress.year)
  if (done !== null) {
    if (done <= deadline!) return lit("green")
    return lit("red", [{ code: "deadline_passed", severity: "warning", data: { deadline: deadline!, done } }])
  }
  if (m !== null && m.kind === "tier" && m.tier === "achieved") return lit("green")
  const left = daysBetween(fiscalDay(progress.asOf)!, due)
  if (left < 0)
    return lit("red", [
      { code: "deadline_passed", severity: "warning", data: { deadline: deadline!, done: "" } },
    ])
  if (left <= Number(input.policy.deadlineWarnDays))
    return lit("yellow", [
      { code: "deadline_near", severity: "warning", data: { deadline: deadline!, days: left } },
    ])
  return lit("not_due")
}
