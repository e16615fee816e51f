/**
 * A year-end estimate per indicator: the unit's own 全年预计完成值 when it wrote one; else, for a running
 * total, the value to date projected linearly over the year (value ÷ 序时进度); else (a rate, a judgment, a
 * deadline, a bound) the value to date as it stands; with nothing reported yet, the target itself only when
 * the unit wrote 确定能. It is a projection, and is graded as one.
 */
import { type Decimal, plain } from "@jixiao/core"
import { type Exact, toDecimal } from "../numbers.ts"

/** Where a forecast came from. */
export type ForecastSource = "unit" | "linear" | "to_date" | "target"

export interface Forecast {
  /** What the year-end engine grades (a projection to 64 significant digits). */
  readonly text: string
  readonly source: ForecastSource
  /** A linear projection's exact value and unit, for presenting it rounded. */
  readonly projected?: { readonly value: Exact; readonly unit: string | null }
}

export interface ForecastInput {
  readonly unitForecast: string | null
  readonly toDate: string | null
  readonly cumulative: boolean
  /** The value to date in the target's unit, when read. */
  readonly value: Exact | null
  /** The target's unit (without magnitude), to write the projection in. */
  readonly unit: string | null
  readonly share: Exact
  /**
   * The annual target as a value (`95%`), used when nothing was reported yet and the unit wrote 确定能
   * (certain): its own word that the target will be met. Null otherwise.
   */
  readonly certainTarget: string | null
}

/** The projection as text the actual reader reads back (64 significant digits, exact when it terminates). */
const projectedText = (value: Exact, unit: string | null): string => {
  const projected: Decimal = toDecimal(value)
  return `${plain(projected)}${unit ?? ""}`
}

/** The forecast of one indicator, or null when nothing was reported to project. */
export const forecastOf = (input: ForecastInput): Forecast | null => {
  if (input.unitForecast !== null) return { text: input.unitForecast, source: "unit" }
  if (input.cumulative && input.value !== null) {
    const value = input.value.div(input.share)
    return {
      text: projectedText(value, input.unit),
      source: "linear",
      projected: { value, unit: input.unit },
    }
  }
  if (input.toDate !== null) return { text: input.toDate, source: "to_date" }
  if (input.certainTarget !== null) return { text: input.certainTarget, source: "target" }
  return null
}
