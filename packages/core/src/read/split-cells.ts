/**
 * Split layouts: tables that print a target's comparator and unit in cells of their own (`指标性质` `≥`,
 * `指标值` `95`, `度量单位` `%`; or `指标方向` `=`, `计量单位` `万元`; or `指标性质` `正向`). A reader of such a
 * table reads the three as one target, `≥95%`, and so does jixiao. Words of direction count where no
 * comparator is printed: 正向 is ≥, 反向 is ≤; `定性`, `无`, `/` add nothing.
 */
import type { Cell } from "../model/table.ts"

const symbol = /^(?:>=|<=|[<>=≥≤≧≦＜＞＝])$/u
const startsWithComparator =
  /^[<>=≥≤≧≦＜＞＝]|^(?:不少于|不低于|不超过|不高于|大于|小于|高于|低于|至少|达到)/u
const direction: Readonly<Record<string, string>> = { 正向: "≥", 正向指标: "≥", 反向: "≤", 反向指标: "≤" }
const noUnit = /^(?:无|\/|-|—|定性|\d.*)$/u

const comparatorOf = (cells: ReadonlyArray<Cell | null>): string => {
  for (const cell of cells) {
    const text = cell?.text.trim().normalize("NFKC") ?? ""
    if (symbol.test(text)) return text
  }
  for (const cell of cells) {
    const word = direction[cell?.text.trim() ?? ""]
    if (word !== undefined) return word
  }
  return ""
}

/** The target cell with its split comparator and unit cells joined in, or the cell as it is. */
export const joinSplitCells = (
  target: Cell | null,
  split: { readonly comparator: Cell | null; readonly direction: Cell | null; readonly unit: Cell | null },
): Cell | null => {
  if (target === null || (split.comparator === null && split.direction === null && split.unit === null))
    return target
  const text = target.text.trim()
  // A qualitative target (`保障`, `按时完成`) takes no comparator or unit.
  if (!/\d/u.test(text)) return target
  const op = startsWithComparator.test(text) ? "" : comparatorOf([split.comparator, split.direction])
  const written = split.unit?.text.trim() ?? ""
  const unit = written === "" || noUnit.test(written) || text.endsWith(written) ? "" : written
  if (op === "" && unit === "") return target
  return { ...target, text: `${op}${text}${unit}` }
}
