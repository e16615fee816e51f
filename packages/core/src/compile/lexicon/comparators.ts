import type { Comparator } from "../../model/target.ts"

/**
 * Comparator words and symbols. Per the Civil Code art. 1259, 以上/以下/以内/届满 include the number,
 * 不满/超过/以外 exclude it. Longest words first, so that `不少于` wins over `少于`.
 * A null comparator is a filler (`为`, `保持在`): the direction then comes from a suffix or the indicator.
 */
export const prefixWords: ReadonlyArray<readonly [string, Comparator | null]> = [
  // "or equal" forms before their stems: `大于等于95%` is ≥, not `大于` then `等于`.
  ["大于或等于", ">="],
  ["高于或等于", ">="],
  ["多于或等于", ">="],
  ["小于或等于", "<="],
  ["低于或等于", "<="],
  ["少于或等于", "<="],
  ["等于或大于", ">="],
  ["等于或高于", ">="],
  ["等于或小于", "<="],
  ["等于或低于", "<="],
  ["大于等于", ">="],
  ["高于等于", ">="],
  ["小于等于", "<="],
  ["低于等于", "<="],
  ["不少于", ">="],
  ["不低于", ">="],
  ["不小于", ">="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["控制在", "<="],
  ["保持在", null],
  ["至少", ">="],
  ["最少", ">="],
  ["最低", ">="],
  ["最多", "<="],
  ["最高", "<="],
  ["达到", ">="],
  ["超过", ">"],
  ["超出", ">"],
  ["高于", ">"],
  ["大于", ">"],
  ["多于", ">"],
  ["低于", "<"],
  ["小于", "<"],
  ["少于", "<"],
  ["不满", "<"],
  ["不足", "<"],
  ["等于", "="],
  ["为", null],
  ["达", ">="],
  ["超", ">"],
  ["逾", ">"],
]

/** Words after the number. `以内` inside `控制在…以内` confirms the `<=` already read. */
export const suffixWords: ReadonlyArray<readonly [string, Comparator]> = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["之上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["之下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["以外", ">"],
  ["内", "<="],
]

/** Symbols after normalisation (full-width forms are already half-width). */
export const symbols: ReadonlyArray<readonly [string, Comparator]> = [
  [">=", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
]

/** Words that say "on or before" in front of a date: `不晚于 2024-11-30`. */
export const dateBoundWords: ReadonlyArray<string> = ["不晚于", "不迟于", "截至", "截止到", "截止"]

/** The comparator seen from the other side: a fall of at least 5% is a change of at most −5%. */
export const flip: Readonly<Record<Comparator, Comparator>> = {
  ">=": "<=",
  ">": "<",
  "<=": ">=",
  "<": ">",
  "=": "=",
}

/** The symbol people read: `>=` → `≥`. */
export const comparatorSymbol: Readonly<Record<Comparator, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
}

/** Words that make a value approximate (`约200人`, `200余人`, `200人左右`). */
export const approximateWords: ReadonlyArray<string> = ["大约", "约", "近", "左右", "余", "多"]
