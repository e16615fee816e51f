import { type BigNumber, bignumberDependencies, create, fractionDependencies } from "mathjs"

/**
 * The one mathjs instance of jixiao: exact decimals (BigNumber, 64 significant digits) and fractions.
 * Only the factories we use are created, so that bundles stay small and start fast. Hot paths call the
 * BigNumber methods (`times`, `plus`, `cmp`) directly rather than the typed-function API (~1.7 µs a call).
 */
export const math = create(
  { bignumberDependencies: bignumberDependencies!, fractionDependencies: fractionDependencies! },
  { number: "BigNumber", precision: 64 },
)

/** An exact decimal number (mathjs BigNumber). */
export type Decimal = BigNumber

const BigNumberClass = (math as unknown as { BigNumber: new (value: string) => Decimal }).BigNumber
const plainDecimal = /^-?\d+(?:\.\d+)?$/

/**
 * Parses a plain decimal string (`"1500"`, `"0.25"`) exactly. A plain decimal goes straight to the
 * BigNumber constructor, as `math.bignumber` would send it after its typed-function dispatch (which cost
 * a third of turning a target's number into a value); anything else goes through `math.bignumber`.
 */
export const decimal = (text: string | number): Decimal =>
  typeof text === "string" && plainDecimal.test(text)
    ? new BigNumberClass(text)
    : (math.bignumber(text) as Decimal)

/** Renders a decimal without exponent notation: `1.3e11` → `"130000000000"`. */
export const plain = (value: Decimal): string => value.toFixed()

/** `1234567.5` → `"1,234,567.5"`: grouping for people, still read back exactly by the compiler. */
export const grouped = (value: Decimal): string => {
  const [int = "0", frac] = plain(value).split(".")
  const sign = int.startsWith("-") ? "-" : ""
  const digits = sign ? int.slice(1) : int
  // Grouped by slicing, not with /\B(?=(\d{3})+(?!\d))/: that lookahead scans to the end from every digit,
  // which made a target of 32,000 digits take 0.5 s (issue #15, item 12).
  const head = digits.length % 3 || 3
  let withCommas = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) withCommas += `,${digits.slice(i, i + 3)}`
  return `${sign}${withCommas}${frac ? `.${frac}` : ""}`
}
