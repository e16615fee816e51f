const edgePunctuation = /^[\s,;:、。()"“”'‘’]+|[\s,;:、。()"“”'‘’的为是]+$/gu

/** Trims punctuation and filler from a label; null when nothing is left. */
export const cleanLabel = (text: string): string | null => {
  const cleaned = text.replace(edgePunctuation, "")
  return cleaned === "" ? null : cleaned
}
