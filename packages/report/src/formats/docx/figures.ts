/**
 * How the report writes numbers in its sentences and tables. Scores and rates are already rounded by the
 * engine to the policy's decimals and are only padded here; amounts are shown with two decimals and
 * thousands separators (`52000` → `52,000.00`), as budget documents print them.
 */

/** A score or rate padded to the policy's decimals; `—` when there is none. */
export const fixed = (value: number | null, decimals: number): string =>
  value === null ? "—" : value.toFixed(decimals)

/** An amount with two decimals and thousands separators. */
export const amount = (value: number | null): string => {
  if (value === null) return "—"
  const [whole = "", fraction = "00"] = value.toFixed(2).split(".")
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`
}

/**
 * The sum of scores that each have at most `decimals` decimals, added as whole numbers of the last
 * decimal so that 18.75 + 6.25 + … never drifts (binary fractions would print 24.999999).
 */
export const exactSum = (values: ReadonlyArray<number>, decimals: number): number => {
  const scale = 10 ** decimals
  return values.reduce((sum, v) => sum + Math.round(v * scale), 0) / scale
}
