import type { Decimal } from "../model/decimal.ts"
import type { Comparator } from "../model/target.ts"

/** The three tiers of a qualitative judgment (domain §3.3): 达成 / 部分达成 / 未达成. */
export type Tier = "achieved" | "partial" | "failed"

/**
 * Why an actual was refused although it holds something: a cell over MAX_CELL_LENGTH, an Excel error value
 * (`#DIV/0!`), or a year outside YEAR_WINDOW (`0024年11月`). `data` explains it (`length`/`max`, `value`,
 * `year`/`min`/`max`).
 */
export interface Refusal {
  readonly code: "actual_too_long" | "excel_error" | "year_implausible"
  readonly data: Readonly<Record<string, string | number>>
}

/**
 * A remark beside a value that says it was not done (`1人（未完成）`): the value is kept, and grading hears
 * the remark. `remark` is the remark's text, `word` the word that negates (`未完成`).
 */
export interface Negation {
  readonly remark: string
  readonly word: string
}

/** What an actual cell says, read with the same lexicon as targets. */
export type Measurement =
  | {
      readonly kind: "quantity"
      readonly text: string
      /** The value with its magnitude applied (`12.5万片` → 125000); percents in points. */
      readonly value: Decimal
      readonly unit: string | null
      /** The magnitude written (`万`, `亿`), or null for a bare number. */
      readonly magnitude: string | null
      /** A comparator written in the actual (`≥266米`): the value is taken, the fact noted. */
      readonly comparator: Comparator | null
      readonly approximate: boolean
      readonly label: string | null
      /** A remark beside the value that says it was not done (`1人（未完成）`). */
      readonly negation?: Negation
    }
  | {
      readonly kind: "date"
      readonly text: string
      readonly date: string | null
      /** `MM-DD` of the date, known even when no year was written or given (`8月` → `08-31`). */
      readonly monthDay: string | null
      readonly label: string | null
      /** A remark beside the date that says it was not done (`2024年11月（未完成）`). */
      readonly negation?: Negation
    }
  | {
      readonly kind: "tier"
      readonly text: string
      readonly tier: Tier
      readonly word: string
      readonly label: string | null
    }
  | { readonly kind: "compound"; readonly text: string; readonly parts: ReadonlyArray<Measurement> }
  | { readonly kind: "missing"; readonly text: string }
  | {
      readonly kind: "unreadable"
      readonly text: string
      readonly label: string | null
      /** Set when the actual was refused for a known reason rather than not understood. */
      readonly reason?: Refusal
    }
