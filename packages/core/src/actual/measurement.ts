import type { Decimal } from "../model/decimal.ts"
import type { Comparator } from "../model/target.ts"

/** The three tiers of a qualitative judgment (domain §3.3): 达成 / 部分达成 / 未达成. */
export type Tier = "achieved" | "partial" | "failed"

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
    }
  | {
      readonly kind: "date"
      readonly text: string
      readonly date: string | null
      /** `MM-DD` of the date, known even when no year was written or given (`8月` → `08-31`). */
      readonly monthDay: string | null
      readonly label: string | null
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
  | { readonly kind: "unreadable"; readonly text: string; readonly label: string | null }
