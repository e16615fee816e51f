import { describe, expect, it } from "vitest"
import { findTier, tierWords } from "./tier-words.ts"

describe("the tier table", () => {
  it.each(tierWords.map(([word, tier]) => [word, tier] as const))("%s alone reads as %s", (word, tier) => {
    expect(findTier(word)).toEqual({ tier, word })
  })

  it.each([
    ["提升不明显", "failed"],
    ["作用有限", "failed"],
    ["未见明显改善", "failed"],
    ["效果不佳", "failed"],
    ["略有提升", "partial"],
    ["有所改善", "partial"],
    ["基本达到", "partial"],
    ["初见成效", "partial"],
    ["有效提升", "achieved"],
    ["效果明显", "achieved"],
    ["效果不够明显", "partial"],
    ["有待提高", "partial"],
    ["完成不理想", "partial"],
    ["未达预期", "failed"],
    ["不达标", "failed"],
    ["延期完成", "partial"],
  ])("%s → %s", (text, tier) => {
    expect(findTier(text)?.tier).toBe(tier)
  })

  it("lists each word once", () => {
    const words = tierWords.map(([w]) => w)
    expect(words.length).toBe(new Set(words).size)
  })
})
