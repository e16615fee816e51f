/**
 * How an indicator is monitored, from its target and name, unless the sheet's 监控口径 says: a running total
 * compared with 序时进度 (`cumulative`), a rate or share judged against its target itself (`rate`), or a
 * once-a-year event that is not due until the year's end (`annual_event`: an acceptance, a survey).
 * Deadlines, qualitative targets and lower-is-better bounds have their own rules.
 */
import type { CompiledTarget, Indicator, MonitorKind } from "@jixiao/core"

/**
 * The one lexicon: words of an indicator's name and what they make of it, first match wins. Once-a-year
 * events come first, so that `验收合格率` is an acceptance, not a rate.
 */
export const MONITOR_KIND_LEXICON: ReadonlyArray<readonly [string, MonitorKind]> = [
  ["满意度", "annual_event"],
  ["满意率", "annual_event"],
  ["验收", "annual_event"],
  ["结题", "annual_event"],
  ["考核", "annual_event"],
  ["测评", "annual_event"],
  ["年终", "annual_event"],
  ["比重", "rate"],
  ["占比", "rate"],
  ["比例", "rate"],
  ["倍数", "rate"],
  ["产能", "rate"],
  ["正常运行", "rate"],
  ["率", "rate"],
]

/** How one indicator is monitored, and whether the sheet or jixiao decided. */
export type Treatment =
  | { readonly kind: MonitorKind; readonly source: "sheet" | "name" | "unit" | "default" }
  | { readonly kind: "deadline" | "qualitative" | "compound" | "unsupported"; readonly source: "target" }

/** Percent-like units: a target in them is a rate. */
const rateUnits: ReadonlySet<string> = new Set(["%", "‰"])

/**
 * The treatment of an indicator: its target's kind first (deadline, qualitative, or one monitoring cannot
 * judge: a reference, an unreadable target; a compound one is judged part by part), then the sheet's 监控口径, the name, the unit.
 */
export const treatmentOf = (
  indicator: Pick<Indicator, "name">,
  target: CompiledTarget,
  override: MonitorKind | null,
): Treatment => {
  if (target.kind === "deadline") return { kind: "deadline", source: "target" }
  if (target.kind === "qualitative") return { kind: "qualitative", source: "target" }
  if (target.kind === "compound") return { kind: "compound", source: "target" }
  if (target.kind !== "quantity" && target.kind !== "per_item" && target.kind !== "range")
    return { kind: "unsupported", source: "target" }
  if (override !== null) return { kind: override, source: "sheet" }
  const named = MONITOR_KIND_LEXICON.find(([word]) => indicator.name.includes(word))
  if (named !== undefined) return { kind: named[1], source: "name" }
  if (target.unit !== null && rateUnits.has(target.unit)) return { kind: "rate", source: "unit" }
  return { kind: "cumulative", source: "default" }
}
