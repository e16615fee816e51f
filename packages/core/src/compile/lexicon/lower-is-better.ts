/**
 * The one lexicon of "lower is better": words in an indicator's name (or a target's label) that make a
 * bare value an upper bound (domain §2), and the bad things a zero target forbids (`零伤亡`,
 * `未发生重大责任事故`). Every pass that asks "should this be low?" asks here.
 */

/** Rates and counts that should stay low: a bare `5%` under `预算调整率` is `≤ 5%`. */
export const lowerIsBetterWords: ReadonlyArray<string> = [
  // budget execution
  "调整率",
  "调剂率",
  "结转",
  "结余",
  "沉淀",
  "超支",
  "超预算",
  "超概算",
  "超标",
  "偏差",
  "偏离",
  "误差",
  // quality and service failures
  "差错",
  "错误率",
  "出错",
  "故障",
  "不合格",
  "返工",
  "返修",
  "缺陷",
  "失误",
  "误报",
  "漏报",
  "漏检",
  "延误",
  "逾期",
  "拖欠",
  "空置",
  "闲置",
  "流失",
  "辍学",
  "投诉",
  "信访",
  "上访",
  "纠纷",
  // harm
  "事故",
  "伤亡",
  "死亡率",
  "发病率",
  "损失",
  "违规",
  "违纪",
  "违法",
  "案件",
  "发案",
  "犯罪率",
  "泄露",
  "泄密",
  "污染",
  "火灾",
  "负面",
  "舆情事件",
  "安全事件",
  // time and cost that should be short or small
  "平均用时",
  "时限",
  "响应时间",
  "等待时间",
  "能耗",
  "单耗",
]

/**
 * Words after a bad thing that make the measure a good one: `投诉处理率`, `事故处置率`, `违法案件查处率`,
 * `故障修复及时率` are to be high.
 */
const handledAfter =
  /处理|处置|办结|查处|查办|办理|侦破|破案|修复|解决|回复|答复|整改|结案|化解|排除|受理|调处|应对|防控|防治|治理|预防|监测|核查|清理|完成|及时|到位|覆盖|知晓|满意|下降|降低|减少/u

/** The first lower-is-better word in `text` that is not followed by its handling, or undefined. */
export const lowerIsBetterWord = (text: string): string | undefined => {
  for (const word of lowerIsBetterWords) {
    const at = text.indexOf(word)
    if (at !== -1 && !handledAfter.test(text.slice(at + word.length))) return word
  }
  return undefined
}

/** A zero target in words: `零伤亡`, `无重大安全事故`, `未发生重大责任事故`, `杜绝安全事故`, `0事故`. */
const zeroTargetText = /^(?:零|无|未发生|不发生|未出现|不出现|杜绝|0)(.{1,24})$/u

/** What a zero target forbids (`零伤亡` → `伤亡`), or undefined when the text is not one. */
export const zeroTargetThing = (text: string): string | undefined => {
  const thing = zeroTargetText.exec(text)?.[1]
  return thing !== undefined && lowerIsBetterWord(thing) !== undefined ? thing : undefined
}
