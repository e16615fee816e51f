/**
 * What a pass may know of a target's context: a few features derived once from the indicator's levels,
 * name and fiscal year. Passes read these, never the raw context, so the compile cache's key (the
 * features themselves, `featureKey`) covers everything that can change a compiled target.
 */
import { isCostIndicator } from "../../model/indicator-kind.ts"
import type { TargetContext } from "../../model/target.ts"
import { lowerIsBetterWord } from "../lexicon/lower-is-better.ts"
import { type NameUnit, readNameUnit } from "./name-unit.ts"

export interface ContextFeatures {
  /** A 成本 indicator: bare values are upper bounds, `万/月` is money. */
  readonly cost: boolean
  /** A 时效 indicator: a bare duration is an upper bound. */
  readonly timely: boolean
  /** The lower-is-better word of the name (`预算调整率` → `调整率`), or null. */
  readonly lowerIsBetter: string | null
  /** The unit (and magnitude, comparator) the name writes in parentheses: `（万元）`, `(≥**%)`. */
  readonly nameUnit: NameUnit | null
  /** The name measures a rate or share (`率`, `比重`, `占比`). */
  readonly rate: boolean
  /** The name measures money (`投资`, `经费`, …). */
  readonly money: boolean
  /**
   * The name is a share of compliance (`资助标准达标率`, `按照物价部门定价标准采购`): a bare percent is a floor
   * even in a 成本 indicator.
   */
  readonly compliance: boolean
  /** The name asks for something to last (`维持时效`, `质保期`): a bare duration is a floor even in 时效. */
  readonly lasting: boolean
  readonly year: number | null
}

const complianceName = /达标|合格|符合|执行率|完成率|到位|覆盖|节约|按照|按规定|标准采购|规范/u
const lastingName = /维持|保持|持续|年限|寿命|保修|质保|保存期|有效期/u
/** A name or label measuring a rate or share (not 效率, 频率). */
export const rateName = /(?<![效频])率|比重|占比|比例/u
/** A name or label measuring money. */
export const moneyName =
  /投资|产值|金额|资金|经费|收入|利润|营收|税|销售额|补贴|奖补|融资|费用|成本|价格|造价|补助/u

/** The features of a context. */
export const featuresOf = (context: TargetContext): ContextFeatures => {
  const name = context.name ?? ""
  return {
    cost: isCostIndicator(context.level1, context.level2),
    timely: `${context.level1 ?? ""}${context.level2 ?? ""}`.includes("时效"),
    lowerIsBetter: lowerIsBetterWord(name) ?? null,
    nameUnit: readNameUnit(name) ?? null,
    rate: rateName.test(name),
    money: moneyName.test(name),
    compliance: complianceName.test(name) && lowerIsBetterWord(name) === undefined,
    lasting: lastingName.test(name),
    year: context.year ?? null,
  }
}

/** One feature's part of a key: booleans as 1 or empty, names and numbers as written, a name unit by its parts. */
const keyPart = (value: ContextFeatures[keyof ContextFeatures]): string =>
  value === null || value === false
    ? ""
    : value === true
      ? "1"
      : typeof value === "object"
        ? `${value.magnitude ?? ""}\u0001${value.unit}\u0001${value.op ?? ""}`
        : String(value)

/**
 * The cache key of a set of features: the features `reads` names (what the passes read between them,
 * pass-list.ts `KEY_FEATURES`), in order. Equal keys compile every text alike.
 */
export const featureKey = (f: ContextFeatures, reads: ReadonlyArray<keyof ContextFeatures>): string =>
  reads.map((name) => keyPart(f[name])).join("|")
