import type { QualitativeSense } from "../../model/target.ts"

/**
 * Key words of qualitative targets and what each asks for. The earliest key word in a text decides,
 * the longest at the same place (`进一步提高` → improve; `达到满足…` → comply; `二级备案` → file).
 */
export const qualitativeWords: ReadonlyArray<readonly [string, QualitativeSense]> = [
  ["备案", "file"],
  ["测评", "file"],
  ["审批", "file"],
  ["登记", "file"],
  ["全部符合", "comply"],
  ["符合", "comply"],
  ["达标", "comply"],
  ["合格", "comply"],
  ["满足", "comply"],
  ["达到", "comply"],
  ["规范", "comply"],
  ["通过", "comply"],
  ["无重大", "comply"],
  ["进一步提高", "improve"],
  ["进一步提升", "improve"],
  ["提升", "improve"],
  ["提高", "improve"],
  ["增强", "improve"],
  ["改善", "improve"],
  ["优化", "improve"],
  ["强化", "improve"],
  ["加强", "improve"],
  ["完善", "improve"],
  ["增加", "improve"],
  ["增长", "improve"],
  ["扩大", "improve"],
  ["明显", "improve"],
  ["显著", "improve"],
  ["良好", "improve"],
  ["效果", "improve"],
  ["促进", "improve"],
  ["带动", "improve"],
  ["按时", "complete"],
  ["按期", "complete"],
  ["如期", "complete"],
  ["及时", "complete"],
  ["完成", "complete"],
  ["实现", "complete"],
  ["推进", "complete"],
  ["推动", "complete"],
  ["开展", "complete"],
  ["报送", "complete"],
  ["上报", "complete"],
  ["全覆盖", "complete"],
  ["覆盖", "complete"],
  ["建成", "complete"],
  ["搭建", "complete"],
  ["构建", "complete"],
  ["落实", "complete"],
  ["保障", "complete"],
  ["正常", "complete"],
  ["配合", "complete"],
  ["支撑", "complete"],
  ["用于", "complete"],
  ["执行", "complete"],
]

/** Finds the key word that decides a qualitative text's sense; undefined for a plain description. */
export const findQualitativeWord = (
  text: string,
): { readonly word: string; readonly sense: QualitativeSense } | undefined => {
  let best: { word: string; sense: QualitativeSense; at: number } | undefined
  for (const [word, sense] of qualitativeWords) {
    const at = text.indexOf(word)
    if (at === -1) continue
    if (best === undefined || at < best.at || (at === best.at && word.length > best.word.length)) {
      best = { word, sense, at }
    }
  }
  return best && { word: best.word, sense: best.sense }
}

/** Words that make a target point at another figure (`年度计划数`, `…定额`). */
export const referenceWords: ReadonlyArray<string> = ["计划数", "计划值", "计划量", "定额", "限额", "预算数"]

/** National and local standard codes: `GB/T18916`, `GB 50016`, `DB44/T 1461`. */
export const standardCode = /^(?:GB|DB\d*|HJ|JGJ|JJG|QB|YY|SJ|GA|WS)(?:\/T)?\d+(?:\.\d+)*(?:-\d{4})?/
