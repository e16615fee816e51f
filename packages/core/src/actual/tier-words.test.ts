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
  ])("%s → %s, the same way every time", (text, tier) => {
    expect(findTier(text)?.tier).toBe(tier)
    expect(findTier(text)).toEqual(findTier(text))
  })

  it("lists each word once", () => {
    const words = tierWords.map(([w]) => w)
    expect(words.length).toBe(new Set(words).size)
  })
})
