import type { Negation, Tier } from "./measurement.ts"

/**
 * Words of qualitative actuals and the tier each means. Negations and hedges are listed as whole
 * phrases (`未完成`, `基本达到`), so that `全部完成，未发生事故` is not read as a failure; the longest
 * phrase found wins, then the earliest.
 */
export const tierWords: ReadonlyArray<readonly [string, Tier]> = [
  ["未达成且效果较差", "failed"],
  ["部分达成并具有一定效果", "partial"],
  ["达成年度指标", "achieved"],
  ["达成预期指标", "achieved"],
  ["未达成", "failed"],
  ["未完成", "failed"],
  ["未达到", "failed"],
  ["未实现", "failed"],
  ["未按时", "failed"],
  ["未开展", "failed"],
  ["未验收", "failed"],
  ["未上报", "failed"],
  ["未备案", "failed"],
  ["未提升", "failed"],
  ["没有完成", "failed"],
  ["没有达到", "failed"],
  ["效果较差", "failed"],
  ["效果不明显", "failed"],
  // Weak words after an achieved word turn it (`提升不明显`, `作用有限`): listed whole, so they win by length.
  ["未见明显", "failed"],
  ["未见", "failed"],
  ["不明显", "failed"],
  ["不显著", "failed"],
  ["作用有限", "failed"],
  ["效果有限", "failed"],
  ["成效有限", "failed"],
  ["收效甚微", "failed"],
  ["提升有限", "failed"],
  ["改善有限", "failed"],
  ["效果不佳", "failed"],
  ["效果一般", "partial"],
  ["不够明显", "partial"],
  ["有待提高", "partial"],
  ["有待提升", "partial"],
  ["有待加强", "partial"],
  ["仍需加强", "partial"],
  ["不理想", "partial"],
  ["未达预期", "failed"],
  ["不达标", "failed"],
  ["未达标", "failed"],
  // Done late: partly achieved for a qualitative target; a deadline target reads them as missed (lateWords).
  ["延期完成", "partial"],
  ["逾期完成", "partial"],
  ["推迟完成", "partial"],
  ["滞后完成", "partial"],
  ["超期完成", "partial"],
  ["略有提升", "partial"],
  ["略有提高", "partial"],
  ["略有改善", "partial"],
  ["稍有提升", "partial"],
  ["稍有改善", "partial"],
  ["有所增强", "partial"],
  ["有所增加", "partial"],
  ["有所好转", "partial"],
  ["初见成效", "partial"],
  ["不符合", "failed"],
  ["不合格", "failed"],
  ["部分达成", "partial"],
  ["部分完成", "partial"],
  ["部分实现", "partial"],
  ["部分达到", "partial"],
  ["基本达到", "partial"],
  ["基本完成", "partial"],
  ["基本实现", "partial"],
  ["基本达成", "partial"],
  ["基本符合", "partial"],
  ["大部分", "partial"],
  ["一定效果", "partial"],
  ["有所提升", "partial"],
  ["有所提高", "partial"],
  ["有所改善", "partial"],
  ["达成", "achieved"],
  ["已完成", "achieved"],
  ["完成", "achieved"],
  ["达到", "achieved"],
  ["实现", "achieved"],
  ["全部符合", "achieved"],
  ["符合", "achieved"],
  ["按时", "achieved"],
  ["如期", "achieved"],
  ["及时", "achieved"],
  ["有效提升", "achieved"],
  ["显著", "achieved"],
  ["明显", "achieved"],
  ["良好", "achieved"],
  ["提升", "achieved"],
  ["提高", "achieved"],
  ["改善", "achieved"],
  ["增强", "achieved"],
  ["完善", "achieved"],
  ["推进", "achieved"],
  ["已备案", "achieved"],
  ["备案", "achieved"],
  ["通过", "achieved"],
  ["合格", "achieved"],
  ["已上报", "achieved"],
  ["已开展", "achieved"],
  ["正常", "achieved"],
  ["全覆盖", "achieved"],
  ["覆盖", "achieved"],
]

/** Whole-cell answers. */
const exact: Readonly<Record<string, Tier>> = {
  是: "achieved",
  已: "achieved",
  好: "achieved",
  否: "failed",
  差: "failed",
  无: "failed",
  没有: "failed",
}

/**
 * A negation or a hedge just before an achieved word turns it: `未能完成`, `不明显`, `没有明显提升` fail;
 * `未全部完成`, `未完全达到` are partial; `正在推进`, `推进中` are still under way (partial).
 */
const negations = /(?:未能|尚未|未|不|没有|没|无)(?:明显|全面|有效|按时|及时)?$/u
const hedges = /(?:未全部|未完全|未全面|部分|正在|仍在)$/u

const turned = (text: string, at: number, word: string, tier: Tier): Tier => {
  if (tier !== "achieved") return tier
  const before = text.slice(Math.max(0, at - 4), at)
  if (hedges.test(before)) return "partial"
  if (negations.test(before)) return "failed"
  if (text.slice(at + word.length).startsWith("中")) return "partial"
  return tier
}

/** The tier a text says, with the word that decided it; undefined when it says none. */
export const findTier = (text: string): { readonly tier: Tier; readonly word: string } | undefined => {
  const whole = Object.hasOwn(exact, text) ? exact[text] : undefined
  if (whole !== undefined) return { tier: whole, word: text }
  let best: { tier: Tier; word: string; at: number } | undefined
  for (const [word, tier] of tierWords) {
    const at = text.indexOf(word)
    if (at === -1) continue
    if (
      best === undefined ||
      word.length > best.word.length ||
      (word.length === best.word.length && at < best.at)
    ) {
      best = { tier, word, at }
    }
  }
  return best && { tier: turned(text, best.at, best.word, best.tier), word: best.word }
}

const remarks = /[(（]([^()（）]*)[)）]/gu
/** A remark that starts by saying it has not happened (`尚未拨付`, `没有开展`), whatever the verb. */
const notYet = /^(?:尚未|没有|未能)/u

/**
 * A remark in parentheses that says the thing was not done (`1人（未完成）`, `（尚未验收）`, `（不合格）`): one
 * whose words mean 未达成 by {@link findTier}, or that starts with 尚未, 没有 or 未能. `（已完成）` and
 * `（含追加2人）` are no negation.
 */
export const negatingRemark = (text: string): Negation | undefined => {
  for (const [whole, inner] of text.matchAll(remarks)) {
    const remark = inner!.trim()
    const tier = findTier(remark)
    if (tier?.tier === "failed") return { remark: whole, word: tier.word }
    const not = notYet.exec(remark)?.[0]
    if (not !== undefined) return { remark: whole, word: not }
  }
  return undefined
}

/** Words that say something was done late (`延期完成`): against a deadline, the deadline was missed. */
export const lateWords = /延期|逾期|推迟|滞后|超期|未按时|未按期|晚于/u

/** Tier names people type in a 评价等级 column. */
export const tierNames: Readonly<Record<string, Tier>> = {
  达成: "achieved",
  部分达成: "partial",
  未达成: "failed",
  achieved: "achieved",
  partial: "partial",
  failed: "failed",
  优: "achieved",
  良: "partial",
  差: "failed",
}
