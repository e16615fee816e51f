/**
 * The `docx` package, loaded on first use: it takes about 30 ms to load, which a run writing only
 * Markdown or a `jixiao lint` should not pay. The renderer awaits {@link loadDocx} once; the builders then
 * take the constructors from {@link docx}. The CLI bundle keeps it external, as exceljs (apps/cli/build.mjs).
 */
type Docx = typeof import("docx")

let loaded: Docx | undefined

/** Loads the docx package (once). */
export const loadDocx = async (): Promise<Docx> => {
  loaded ??= await import("docx")
  return loaded
}

/** The loaded docx package; the renderer loads it before building any document. */
export const docx = (): Docx => {
  if (loaded === undefined) throw new Error("docx: loadDocx() must be awaited before building a document")
  return loaded
}

/** Millimetres in twips (1/1440 inch), as Word measures pages. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4)
