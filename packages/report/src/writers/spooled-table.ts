/**
 * Where every graded project's pieces were spooled, kept in columns: a run of a million indicators has
 * about 130,000 projects, and one object per project (its place, unit name, two ranges) held about 35 MB
 * of the main thread's heap until the end (a heap snapshot at 10⁶). Columns of numbers and one copy of each
 * unit's name take 52 bytes a project (twice that at most while the columns grow); a {@link Spooled} is
 * made only when it is read, one at a time.
 */
import type { Place } from "@jixiao/scoring"
import type { ByteRange, Spooled } from "./results-layout.ts"

/** A column of numbers that grows by doubling. */
class Column<A extends Float64Array | Uint32Array> {
  constructor(
    private values: A,
    private readonly make: (length: number) => A,
  ) {}

  set(i: number, value: number): void {
    if (i >= this.values.length) {
      const grown = this.make(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[i] = value
  }

  get(i: number): number {
    return this.values[i]!
  }
}

const INITIAL = 1024
const float = () => new Column(new Float64Array(INITIAL), (n) => new Float64Array(n))
const uint = () => new Column(new Uint32Array(INITIAL), (n) => new Uint32Array(n))

/** Spooled projects in the order they were added; {@link inPlaceOrder} gives them in table order. */
export class SpooledTable {
  private count = 0
  private readonly unitNames: string[] = []
  private readonly unitNumbers = new Map<string, number>()
  private readonly unit = uint()
  private readonly placeUnit = uint()
  private readonly slot = uint()
  private readonly spool = uint()
  // Offsets as doubles: a spool of a big run passes 4 GB long before 2⁵³ bytes.
  private readonly jsonStart = float()
  private readonly jsonLength = float()
  /** NaN where the project has no CSV lines. */
  private readonly csvStart = float()
  private readonly csvLength = float()
  private readonly indicators = uint()

  get size(): number {
    return this.count
  }

  add(s: Spooled): void {
    const i = this.count++
    let unit = this.unitNumbers.get(s.unit)
    if (unit === undefined) {
      unit = this.unitNames.length
      this.unitNames.push(s.unit)
      this.unitNumbers.set(s.unit, unit)
    }
    this.unit.set(i, unit)
    this.placeUnit.set(i, s.place.unit)
    this.slot.set(i, s.place.slot)
    this.spool.set(i, s.spool)
    this.jsonStart.set(i, s.json[0])
    this.jsonLength.set(i, s.json[1])
    this.csvStart.set(i, s.csv === null ? Number.NaN : s.csv[0])
    this.csvLength.set(i, s.csv === null ? 0 : s.csv[1])
    this.indicators.set(i, s.indicators)
  }

  /** The i-th project added, as a fresh object. */
  at(i: number): Spooled {
    const place: Place = { unit: this.placeUnit.get(i), slot: this.slot.get(i) }
    const csvStart = this.csvStart.get(i)
    const json: ByteRange = [this.jsonStart.get(i), this.jsonLength.get(i)]
    return {
      place,
      unit: this.unitNames[this.unit.get(i)]!,
      spool: this.spool.get(i),
      json,
      csv: Number.isNaN(csvStart) ? null : [csvStart, this.csvLength.get(i)],
      indicators: this.indicators.get(i),
    }
  }

  /** The indexes of the projects in table order (unit order, then first appearance). */
  inPlaceOrder(): Uint32Array {
    const order = new Uint32Array(this.count)
    let sorted = true
    for (let i = 0; i < this.count; i++) {
      order[i] = i
      if (i > 0 && this.compare(i - 1, i) > 0) sorted = false
    }
    return sorted ? order : order.sort((a, b) => this.compare(a, b))
  }

  private compare(a: number, b: number): number {
    return this.placeUnit.get(a) - this.placeUnit.get(b) || this.slot.get(a) - this.slot.get(b)
  }
}
