/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the time of writing, so two
 * renders of the same results differ in a few bytes. A year-end rerun must write byte-identical reports:
 * the entries are written again, in the same order, with one fixed date (1980-01-01, the first day a zip
 * can hold, in local time because that is how zip stores dates — so the bytes do not depend on the zone).
 */
export const stableZip = async (
  bytes: Uint8Array,
  rewrites: Readonly<Record<string, (text: string) => string>> = {},
): Promise<Uint8Array> => {
  const { default: JSZip } = await import("jszip")
  const source = await JSZip.loadAsync(bytes)
  const target = new JSZip()
  const date = new Date(1980, 0, 1, 0, 0, 0)
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue
    // Entries named in `rewrites` are rewritten as text on the way (the .docx's dates and picture ids).
    const rewrite = rewrites[entry.name]
    const contents = rewrite ? rewrite(await entry.async("string")) : await entry.async("uint8array")
    target.file(entry.name, contents, { date, createFolders: false })
  }
  return target.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  })
}
