/**
 * Chinese numerals (`一千二百`, `两`, `十亿`, `三万五千`) read into exact decimal strings.
 * Sections are split at 亿 and 万, each section read as 千/百/十 places; `零` only fills gaps.
 */
const digitValue: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const placeValue: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/**
 * The longest Chinese numeral read: `九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九` has 31 characters.
 * A longer run of numeral characters (`一二三四…`) is no number, and the lexer asks at every character of it.
 */
export const MAX_NUMERAL_LENGTH = 40

/**
 * Characters a Chinese numeral is made of, at most one more than {@link MAX_NUMERAL_LENGTH} of them: asked at
 * every character of a long run, an unbounded match made the lexer quadratic (32,000 numerals took 5 s).
 */
export const numeralChars = new RegExp(
  `^[零一二两三四五六七八九十百千万亿]{1,${MAX_NUMERAL_LENGTH + 1}}`,
  "u",
)

/** The run of numeral characters at the start of `text`, or undefined when none starts there or it is too long. */
export const numeralRun = (text: string): string | undefined => {
  const run = numeralChars.exec(text)?.[0]
  return run === undefined || run.length > MAX_NUMERAL_LENGTH ? undefined : run
}

/** Reads one section below 万 (`一千二百` → 1200); undefined when malformed. */
const readSection = (text: string): bigint | undefined => {
  let total = 0n
  let pending: number | undefined
  for (const char of text) {
    const digit = digitValue[char]
    if (digit !== undefined) {
      if (pending !== undefined && pending !== 0 && digit !== 0) return undefined
      pending = digit
      continue
    }
    const place = placeValue[char]
    if (place === undefined) return undefined
    // `零十` (as in 六亿零十万) is ten: a 零 before a place carries no digit of its own.
    total += BigInt((pending === undefined || pending === 0 ? 1 : pending) * place)
    pending = undefined
  }
  return total + BigInt(pending ?? 0)
}

/** Reads a Chinese numeral into a decimal string (`一千二百` → `"1200"`), or undefined when it is not one. */
export const readChineseNumeral = (text: string): string | undefined => {
  if (!/^[零一二两三四五六七八九十]/u.test(text) || numeralRun(text) !== text) return undefined
  let total = 0n
  let rest = text
  for (const [mark, scale] of [
    ["亿", 100_000_000n],
    ["万", 10_000n],
  ] as const) {
    const at = rest.indexOf(mark)
    if (at === -1) continue
    const head = rest.slice(0, at)
    const value = head === "" ? 1n : readChineseNumeralBig(head)
    if (value === undefined) return undefined
    total += value * scale
    rest = rest.slice(at + 1)
  }
  if (rest !== "") {
    const section = readSection(rest)
    if (section === undefined) return undefined
    total += section
  }
  return total.toString()
}

const readChineseNumeralBig = (text: string): bigint | undefined => {
  const read = readChineseNumeral(text)
  return read === undefined ? undefined : BigInt(read)
}
