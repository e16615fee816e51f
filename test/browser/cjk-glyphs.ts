// The functions these tests run inside the page (page.evaluate) are typed against the DOM.
/// <reference lib="dom" />
/**
 * Whether Chromium draws Chinese, found by looking at the pixels. A machine without a CJK font draws
 * every ideograph as the same missing-glyph box (the primary font's .notdef), so a page can load,
 * pass every DOM test and still print boxes. Each character is drawn on a canvas in the page's own
 * font stack and compared with the box drawn for U+10FFFD, a private-use code point no font covers.
 */
import type { Page } from "playwright-core"

/** Why a character does not show: drawn as the box, drawn as nothing, or drawn like another character. */
export interface UnshownGlyph {
  readonly char: string
  readonly problem: "box" | "blank" | "same_as_other"
}

/** A code point no font has a glyph for: what Chromium draws for it is the box. */
export const boxCodePoint = "\u{10FFFD}"

/** The characters of `text` that `fontFamily` (a CSS font-family list) does not draw as themselves. */
export const unshownGlyphs = (page: Page, text: string, fontFamily: string): Promise<UnshownGlyph[]> =>
  page.evaluate(
    ({ text, fontFamily, box }) => {
      const size = 40
      const canvas = document.createElement("canvas")
      canvas.width = size * 2
      canvas.height = size * 2
      const context = canvas.getContext("2d", { willReadFrequently: true })!
      const draw = (char: string) => {
        context.clearRect(0, 0, canvas.width, canvas.height)
        context.font = `${size}px ${fontFamily}`
        context.textBaseline = "middle"
        context.fillText(char, size / 2, size)
        const alpha = context
          .getImageData(0, 0, canvas.width, canvas.height)
          .data.filter((_, i) => i % 4 === 3)
        return alpha.join(",")
      }
      const boxDrawn = draw(box)
      const seen = new Map<string, string>()
      const unshown: { char: string; problem: "box" | "blank" | "same_as_other" }[] = []
      for (const char of new Set(text)) {
        const drawn = draw(char)
        if (drawn === boxDrawn) unshown.push({ char, problem: "box" })
        else if (!/[1-9]/.test(drawn)) unshown.push({ char, problem: "blank" })
        else if (seen.has(drawn)) unshown.push({ char, problem: "same_as_other" })
        seen.set(drawn, char)
      }
      return unshown
    },
    { text, fontFamily, box: boxCodePoint },
  )

/**
 * A fontconfig file that keeps the system's fonts but rejects every font covering Chinese: what a
 * machine without fonts-noto-cjk sees. Chromium reads it from `FONTCONFIG_FILE`.
 */
export const fontconfigWithoutChinese = (cacheDir: string): string => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${cacheDir}</cachedir>
  <selectfont><rejectfont><pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
`
