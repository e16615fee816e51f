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
  "违法违规",
  "发案",
  "犯罪率",
  "泄露",
  "泄密",
  "污染",
  "火灾",
  "负面",
  "舆情",
  "安全事件",
  "隐患",
  "质量问题",
  "安全问题",
  "挤占",
  "挪用",
  "截留",
  "套取",
  "浪费",
  // time and cost that should be short or small
  "平均用时",
  "时限",
  "响应时间",
  "等待时间",
  "能耗",
  "单耗",
]

/**
 * Words that make the measure a good one. Before the bad thing they handle it (`受理信访件`, `火灾隐患排查次数`
 * has it after, `辍学学生劝返`, `污染地块安全利用率`); after it they also measure doing something with it
 * (`投诉处理率`, `负面清单执行率`, `结转资金使用率`): those names are to be high.
 */
const handlingBefore =
  /处理|处置|办结|办理|查处|查办|审结|调解|化解|受理|调处|侦破|破案|修复|解决|整改|结案|排除|排查|清理|清偿|盘活|收回|上缴|配租|纠正|利用|减排|削减|劝返|更换|应对|应急|防控|防治|治理|预防|监测|核查|消除|下降|降低|减少|压减/u
const handlingAfter = new RegExp(
  `${handlingBefore.source}|完成|及时|到位|覆盖|知晓|满意|执行|使用|支出|回复|答复`,
  "u",
)

/**
 * After the bad thing, only what measures it may follow (`调整率`, `投诉次数`, `事故发生率`, `结转结余率`,
 * `房屋空置率`): a bad thing in the middle of a name (`上年结转资金支出率`) does not decide its direction.
 */
const measureTail =
  /^[\p{Script=Han}]{0,2}?(?:发生)?(?:率|次数|数量|起数|件数|人数|人次|数|金额|时长|天数|时间|比例|比重|占比|次|起|件|量|额)?$/u

/** The lower-is-better word of `text` (a name or a label), or undefined when it is to be high or says neither. */
export const lowerIsBetterWord = (text: string): string | undefined => {
  for (const word of lowerIsBetterWords) {
    const at = text.indexOf(word)
    if (at === -1) continue
    const after = text.slice(at + word.length)
    if (measureTail.test(after) && !handlingAfter.test(after) && !handlingBefore.test(text.slice(0, at)))
      return word
  }
  return undefined
}

/** A zero target in words: `零伤亡`, `无重大安全事故`, `未发生重大责任事故`, `杜绝安全事故`, `0事故`. */
const zeroTargetText =
  /^(?:全年|年内|全年度|本年度|项目实施期间|实施期内)?(?:零|无|未发生|不发生|未出现|不出现|杜绝|0)(.{1,24})$/u

/** What a zero target forbids (`零伤亡` → `伤亡`), or undefined when the text is not one. */
export const zeroTargetThing = (text: string): string | undefined => {
  const thing = zeroTargetText.exec(text)?.[1]
  return thing !== undefined && lowerIsBetterWord(thing) !== undefined ? thing : undefined
}
