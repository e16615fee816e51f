// A trailing 为/是 is filler only after what it introduces (`合格率为95%`), not in `违规违纪行为`.
const edgePunctuation = /^[\s,;:、。()"“”'‘’]+|[\s,;:、。()"“”'‘’的]+$|(?<=[率数量值度额比])[为是]$/gu

/** Trims punctuation and filler from a label; null when nothing is left. */
export const cleanLabel = (text: string): string | null => {
  const cleaned = text.replace(edgePunctuation, "")
  return cleaned === "" ? null : cleaned
}
