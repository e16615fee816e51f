/**
 * Varies the numbers of a count-like target and of its actual by one factor, so that counts differ from
 * project to project while the relation between target and actual (met, short, over) is kept. Texts with
 * percentages, dates or several numbers repeat as written: that is how real tables repeat `100%`, `≥95%`.
 */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g
const KEEP = /[%％]|百分比|年|月|日|季度|半年|前|底/
const DATE = /年|月|日|季度|半年|前|底/

/** Whether a text holds a date (its numbers never scale). */
export const isDate = (text: string): boolean => DATE.test(text)

/** Whether a text holds a percentage. */
export const isPercent = (text: string): boolean => /[%％]|百分比/.test(text)

/** Whether a target's numbers vary (one number, no percentage, no date). */
export const variesWithCount = (target: string): boolean =>
  !KEEP.test(target) && (target.match(NUMBER)?.length ?? 0) === 1

const written = (value: number, like: string): string => {
  const decimals = like.split(".")[1]?.length ?? 0
  const fixed = value.toFixed(decimals)
  if (!like.includes(",")) return fixed
  const [int = "0", frac] = fixed.split(".")
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return frac === undefined ? grouped : `${grouped}.${frac}`
}

/** Every number of `text` multiplied by `factor`, written as the original was (decimals, separators); at least 1. */
export const scaleNumbers = (text: string, factor: number): string =>
  text.replace(NUMBER, (match) => {
    const value = Number(match.replaceAll(",", ""))
    const decimals = match.split(".")[1]?.length ?? 0
    const step = 10 ** -decimals
    return written(Math.max(step, Math.round(value * factor * 10 ** decimals) / 10 ** decimals), match)
  })
