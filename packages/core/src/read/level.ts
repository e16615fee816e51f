import type { Level } from "../model/table.ts"

/** `1-`, `11－`, `2.` or `3、` before a level name: the level's numeric code. */
const CODE = /^([0-9０-９]+)\s*[-－—–‐.．、]\s*/
/** `(50分)` or `（50分）` after a level name: the points of the group. */
const POINTS = /\s*[(（]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[)）]$/

/**
 * Reads a level name as written in a table: its code, its name and the points written with it.
 * `raw` keeps the text without surrounding spaces.
 * @example parseLevel("11-数量指标") // { raw: "11-数量指标", code: "11", name: "数量指标", points: null }
 * @example parseLevel("产出指标（50分）") // { raw: "产出指标（50分）", code: null, name: "产出指标", points: "50" }
 */
export const parseLevel = (text: string): Level => {
  const raw = text.trim()
  let rest = raw
  const code = CODE.exec(rest)
  if (code) rest = rest.slice(code[0].length)
  const points = POINTS.exec(rest)
  if (points) rest = rest.slice(0, points.index)
  return {
    raw,
    name: rest.trim(),
    code: code ? code[1]!.normalize("NFKC") : null,
    points: points ? points[1]!.normalize("NFKC") : null,
  }
}
