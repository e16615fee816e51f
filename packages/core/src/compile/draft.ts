import type { Decimal } from "../model/decimal.ts"
import type { TargetIssue } from "../model/issue.ts"
import type {
  Baseline,
  BaselineChange,
  Comparator,
  DirectionSource,
  QualitativeSense,
} from "../model/target.ts"
import type { ContextFeatures } from "./context/features.ts"

/** A date as written, before the resolve-deadline pass turns it into the last day that counts. */
export interface WrittenDate {
  year: number | null
  month: number | null
  day: number | null
  /** `end`: 底/末; `h1`/`h2`: 上/下半年; `q1`…`q4`: 季度; null: as written. */
  part: "end" | "h1" | "h2" | "q1" | "q2" | "q3" | "q4" | null
  /** `前`/`之前`/`以前` after the date. */
  before: boolean
}

/**
 * The typed tree the passes work on: one draft per part of a target. Passes fill it in place, in order;
 * `compile-target` freezes it into a CompiledTarget at the end.
 */
export interface Draft {
  kind: "quantity" | "per_item" | "range" | "deadline" | "qualitative" | "reference" | "unparsed"
  /** The part's text (normalised) and its span in the original target text. */
  text: string
  span: readonly [number, number]
  label: string | null
  op: Comparator | null
  direction: DirectionSource
  /** The number as written, as a plain decimal string (`1,500` → `1500`, `一千二百` → `1200`). */
  literal: string | null
  /** Magnitude characters written after the number (`万`, `亿`, `千万`). */
  magnitude: string | null
  /** Percent written as `%`, `％` or `百分比`. */
  percent: boolean
  /** The canonical unit as written, with a rate denominator when there is one (`次/日`). */
  unit: string | null
  /** Where the unit came from when not written next to the number. */
  unitSource: "written" | "name" | null
  value: Decimal | null
  /** Ranges: the lower bound as written, its magnitude, its value, and the two bounds' comparators. */
  lowLiteral: string | null
  lowMagnitude: string | null
  low: Decimal | null
  minOp: ">=" | ">"
  maxOp: "<=" | "<"
  noun: string | null
  item: string | null
  approximate: boolean
  date: WrittenDate | null
  deadline: string | null
  monthDay: string | null
  sense: QualitativeSense | null
  keyword: string | null
  reference: string | null
  standard: string | null
  baseline: Baseline | null
  change: BaselineChange | null
  /** Other numbers that stood beside the one read (kept for the `multiple_values` issue). */
  extra: string[]
  issues: TargetIssue[]
}

/** A fresh draft with nothing filled in. */
export const emptyDraft = (text: string, span: readonly [number, number]): Draft => ({
  kind: "unparsed",
  text,
  span,
  label: null,
  op: null,
  direction: "explicit",
  literal: null,
  magnitude: null,
  percent: false,
  unit: null,
  unitSource: null,
  value: null,
  lowLiteral: null,
  lowMagnitude: null,
  low: null,
  minOp: ">=",
  maxOp: "<=",
  noun: null,
  item: null,
  approximate: false,
  date: null,
  deadline: null,
  monthDay: null,
  sense: null,
  keyword: null,
  reference: null,
  standard: null,
  baseline: null,
  change: null,
  extra: [],
  issues: [],
})

/** A feature of a target's context that a pass may read. */
export type Feature = keyof ContextFeatures

/**
 * A pass: declares the features of the context it reads, and is handed only those (never the raw
 * context), so the compile cache keys on exactly what the passes read (compile/pass-list.ts). Fills the
 * draft; passes never throw on user input.
 */
export interface Pass<R extends Feature = Feature> {
  readonly reads: ReadonlyArray<R>
  readonly run: (draft: Draft, features: Pick<ContextFeatures, R>) => void
}

/** A pass that reads the features `reads`. */
export const pass = <R extends Feature>(
  reads: ReadonlyArray<R>,
  run: (draft: Draft, features: Pick<ContextFeatures, R>) => void,
): Pass<R> => ({ reads, run })
