/**
 * The published target-notation corpus (test/fixtures/published/targets/): real rows of 绩效目标表 from
 * public pages, each with the reading a careful person gives its annual target, and a comparison of that
 * reading with what jixiao compiles. Shared by the corpus test and the figures in its closing note.
 */
import { readdirSync, readFileSync } from "node:fs"
import {
  type Cell,
  type CompiledTarget,
  compileTarget,
  joinSplitCells,
  plain,
  type SimpleTarget,
} from "@jixiao/core"

export interface Reading {
  readonly kind: string
  readonly op?: string
  readonly value?: string
  readonly unit?: string | null
  readonly min?: string
  readonly max?: string
  readonly minOp?: string
  readonly maxOp?: string
  readonly deadline?: string
  readonly parts?: ReadonlyArray<Reading>
  readonly note?: string
}

export interface CorpusRow {
  readonly file: string
  readonly year: number
  readonly level1: string | null
  readonly level2: string | null
  readonly name: string | null
  /** The target text as a reader of its layout sees it (split comparator and unit cells joined). */
  readonly text: string
  readonly reading: Reading
}

const folder = new URL("../fixtures/published/targets/", import.meta.url)

const cellOf = (cells: Record<string, string | null>, names: ReadonlyArray<string>): Cell | null => {
  const text = names.map((n) => cells[n]).find((c) => c !== undefined && c !== null)
  return text === undefined || text === null ? null : { text, at: { file: "corpus", row: 1 } }
}

/**
 * Split layouts print the comparator and the unit in cells of their own (`指标性质` `=`, `度量单位` `米`): the
 * target is those cells joined by jixiao's own row reader rule (joinSplitCells), under the same headers.
 */
const joined = (annual: string, cells: Record<string, string | null> | undefined): string => {
  if (cells === undefined) return annual
  const split = {
    comparator: cellOf(cells, ["计算符号", "符号", "指标方向", "指标值类型", "运算符号"]),
    direction: cellOf(cells, ["指标性质", "指标方向性", "指标属性"]),
    unit: cellOf(cells, ["度量单位", "计量单位"]),
  }
  return joinSplitCells({ text: annual, at: { file: "corpus", row: 1 } }, split)?.text ?? annual
}

/** Every row with a reading, one per distinct (text, levels, name). */
export const corpusRows = (): CorpusRow[] => {
  const rows: CorpusRow[] = []
  const seen = new Set<string>()
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const data = JSON.parse(readFileSync(new URL(file, folder), "utf8"))
    for (const row of data.rows) {
      if (row.reading === null || row.annual === null) continue
      const text = joined(row.annual, row.cells)
      const key = JSON.stringify([text, row.level1, row.level2, row.name])
      if (seen.has(key)) continue
      seen.add(key)
      rows.push({
        file,
        year: data.source.year,
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        text,
        reading: row.reading,
      })
    }
  }
  return rows
}

const spelled: Readonly<Record<string, string>> = {
  平米: "平方米",
  日: "天",
  km: "公里",
  公斤: "千克",
  kg: "千克",
  m: "米",
}

/** One spelling per unit, so that `km` and `公里` compare equal (jixiao writes the Chinese name). */
const unitOf = (u: string | null | undefined) =>
  u === undefined || u === null
    ? null
    : u
        .replace(/[*·、]/gu, "/")
        .split("/")
        .map((part) => spelled[part] ?? part)
        .join("/")

const num = (text: string | undefined) => (text === undefined ? undefined : Number(text))

/** How a compiled target differs from a reading: a list of `key: ours ≠ theirs`, empty when they agree. */
export const differences = (target: CompiledTarget, reading: Reading, cost = false): string[] => {
  const out: string[] = []
  const differ = (key: string, ours: unknown, theirs: unknown) => {
    if (theirs !== undefined && ours !== theirs) out.push(`${key}: ${String(ours)} ≠ ${String(theirs)}`)
  }
  if (reading.kind === "zero") {
    // `0次`, `零伤亡`: a count of 0 (`=` and `≤` mean the same for a count); `否` under `是否…`: a denial.
    const zero =
      target.kind === "quantity" && target.value.isZero() && (target.op === "=" || target.op === "<=")
    const denial = target.kind === "qualitative" && target.sense === "deny"
    if (!zero && !denial) out.push(`kind: ${target.kind} ≠ zero`)
    return out
  }
  if (target.kind !== reading.kind) return [`kind: ${target.kind} ≠ ${reading.kind}`]
  switch (target.kind) {
    case "quantity":
    case "per_item":
      // For a target of 0, `=` and `≤` are one requirement; `=` on a cost is an upper bound (domain §3.2).
      differ(
        "op",
        (target.value.isZero() || cost) && target.op === "=" ? (reading.op === "<=" ? "<=" : "=") : target.op,
        reading.op,
      )
      differ("value", Number(plain(target.value)), num(reading.value))
      if (reading.unit !== undefined) differ("unit", unitOf(target.unit), unitOf(reading.unit))
      break
    case "range":
      differ("min", Number(plain(target.min)), num(reading.min))
      differ("max", Number(plain(target.max)), num(reading.max))
      differ("minOp", target.minOp, reading.minOp)
      differ("maxOp", target.maxOp, reading.maxOp)
      if (reading.unit !== undefined) differ("unit", unitOf(target.unit), unitOf(reading.unit))
      break
    case "deadline":
      differ("deadline", target.deadline, reading.deadline)
      break
    case "compound": {
      const parts = reading.parts ?? []
      if (parts.length !== target.parts.length) out.push(`parts: ${target.parts.length} ≠ ${parts.length}`)
      else
        target.parts.forEach((p: SimpleTarget, i) => {
          out.push(...differences(p, parts[i]!, cost).map((d) => `[${i}] ${d}`))
        })
      break
    }
    default:
      break
  }
  return out
}

/** Compiles a corpus row in its context (levels, name, the table's fiscal year). */
export const compileRow = (row: CorpusRow): CompiledTarget =>
  compileTarget(row.text, {
    level1: row.level1 ?? undefined,
    level2: row.level2 ?? undefined,
    name: row.name ?? undefined,
    year: row.year,
  })
