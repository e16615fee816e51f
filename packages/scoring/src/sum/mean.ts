/**
 * A sum of exact terms that stays cheap at any size. The exact rational sum of many scores grows without
 * bound (its denominator is the lcm of every target written: 10⁵ projects give a 10⁵-bit fraction, and each
 * addition costs a gcd on it), so the sum is carried two ways: exactly while the fraction stays small, and
 * always as an integer interval [low, high] at 10⁻⁴⁰ (each term floored and ceiled on its own, so the bounds
 * do not depend on the order of the terms). A presented value (rounded as a policy says) is decided on the
 * interval when both ends round alike, and on the exact sum, computed from the kept terms, when they do not.
 */
import { type Exact, exact, type Rounding, rounded, zero } from "../numbers.ts"

/** Decimal places of the interval. */
const PLACES = 40n
const SCALE = 10n ** PLACES
/** Past this many bits of denominator the exact running sum is dropped (terms are kept for a tie). */
const EXACT_BITS = 256
/**
 * Terms kept in one joined string. Small, because most sums never get far: a run of 10⁶ indicators has a
 * sum per unit and roll-up (1,318 of them for 659 units) with a few hundred terms each, and a term waiting
 * in the array costs about 40 bytes (a rope of its two halves and a slot) against about 12 once joined.
 */
const TERMS_PER_CHUNK = 16

type Parts = { readonly n: bigint; readonly d: bigint; readonly s: bigint }
const parts = (x: Exact): Parts => x as unknown as Parts

const floorDiv = (n: bigint, d: bigint): bigint => (n >= 0n ? n / d : -((-n + d - 1n) / d))

/** A running sum: exact while small, bounded always. */
export class ExactSum {
  private exactSum: Exact | null = zero
  private low = 0n
  private high = 0n
  /**
   * The terms as `n/d` text, kept for the rare exact fallback, joined by `;` into one string per
   * {@link TERMS_PER_CHUNK} terms: a string per term (a rope of its two halves) took about 80 bytes, and a
   * run of 10⁶ indicators kept four sums' worth of terms per project (40 MB in a heap snapshot; 21 MB
   * with 1,024 terms to a string, most of them still waiting in the array; about 9 MB with 16). A sum of
   * sums keeps none (`ofParts`), so now each project's terms are kept by its unit's two sums only.
   */
  private readonly chunks: string[] = []
  private terms: string[] = []

  /**
   * @param ofParts for a sum of sums (the department's, over its units'): the sums whose terms together are
   *   exactly the terms added here. Then no term is kept twice: the exact fallback adds up the parts' exact
   *   sums. Without it, the sum keeps its own terms.
   */
  constructor(private readonly ofParts?: () => Iterable<ExactSum>) {}

  /** Adds one term. */
  add(term: Exact): void {
    const { n, d, s } = parts(term)
    const scaled = s * n * SCALE
    const floor = floorDiv(scaled, d)
    this.low += floor
    this.high += floor * d === scaled ? floor : floor + 1n
    if (this.exactSum !== null) {
      const next = this.exactSum.add(term)
      this.exactSum = parts(next).d.toString(2).length > EXACT_BITS ? null : next
    }
    if (this.ofParts) return
    this.terms.push(term.toFraction())
    if (this.terms.length === TERMS_PER_CHUNK) {
      this.chunks.push(this.terms.join(";"))
      this.terms = []
    }
  }

  /** Whether the exact sum is still carried. */
  get isExact(): boolean {
    return this.exactSum !== null
  }

  /** The exact sum (computed pairwise from the terms when it was dropped: slow, and rarely needed). */
  exact(): Exact {
    if (this.exactSum !== null) return this.exactSum
    let level = this.ofParts
      ? [...this.ofParts()].map((part) => part.exact())
      : [...this.chunks.flatMap((chunk) => chunk.split(";")), ...this.terms].map((t) => exact(t))
    while (level.length > 1) {
      const next: Exact[] = []
      for (let i = 0; i < level.length; i += 2)
        next.push(i + 1 < level.length ? level[i]!.add(level[i + 1]!) : level[i]!)
      level = next
    }
    return level[0] ?? zero
  }

  /** Bounds of the sum divided by a positive exact divisor: [low, high], exact rationals at 10⁻⁴⁰ steps. */
  bounds(divisor: Exact = exact(1)): readonly [Exact, Exact] {
    const scale = exact(SCALE.toString())
    return [
      exact(this.low.toString()).div(scale).div(divisor),
      exact(this.high.toString()).div(scale).div(divisor),
    ]
  }
}

/**
 * The quotient sum ÷ divisor as the engine carries it: exact when the sum is; otherwise the lower bound,
 * unless the bounds round differently under `rounding`, when the exact quotient is computed.
 */
export const quotient = (total: ExactSum, divisor: Exact, rounding: Rounding): Exact => {
  if (total.isExact) return total.exact().div(divisor)
  const [low, high] = total.bounds(divisor)
  if (rounded(low, rounding).equals(rounded(high, rounding))) return low
  return total.exact().div(divisor)
}
