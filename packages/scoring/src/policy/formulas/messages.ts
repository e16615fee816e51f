import type { Locale } from "@jixiao/core"
/**
 * Wording of why a custom formula gave no number, zh-CN first and en beside it: shared by the finding on
 * an indicator (`formula_failed`) and by the policy issue of a constant part that fails when loading.
 */
import { FORMULA_DIGITS } from "./guard.ts"

type Data = Readonly<Record<string, string | number | ReadonlyArray<string> | undefined>>

const got = (d: Data, locale: Locale): string => {
  const value = String(d.got ?? "")
  if (locale === "en") return value
  return value === "true" || value === "false" ? `布尔值 ${value}` : value === "Complex" ? "复数" : value
}

const zh: Readonly<Record<string, (d: Data) => string>> = {
  division_by_zero: () => "除以零",
  not_a_number: (d) => `结果不是数值（${got(d, "zh-CN")}）`,
  digit_budget: (d) =>
    `${d.node ? `，计算 ${d.node} ` : ""}得数超过 ${FORMULA_DIGITS} 位（分子或分母）的上限，已停止计算`,
  not_computable: () => "无法求值",
}

const en: Readonly<Record<string, (d: Data) => string>> = {
  division_by_zero: () => "divides by zero",
  not_a_number: (d) => `gives no number (${got(d, "en")})`,
  digit_budget: (d) =>
    `${d.node ? `was stopped at ${d.node}: ` : ""}a number passed the ${FORMULA_DIGITS}-digit limit (numerator or denominator)`,
  not_computable: () => "cannot be evaluated",
}

/** Why a formula gave no number (`除以零`, `结果不是数值（布尔值 true）`), from a failure's data. */
export const formulaFailureText = (d: Data, locale: Locale = "zh-CN"): string =>
  (locale === "en" ? en : zh)[String(d.reason)]?.(d) ?? String(d.reason ?? "")

/** `positive` → `formulas.positive`: the key of the policy file the formula is written under. */
export const formulaPath = (d: Data): string => `formulas.${String(d.formula ?? "")}`
