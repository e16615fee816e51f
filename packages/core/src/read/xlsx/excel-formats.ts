/**
 * exceljs knows the built-in number formats of Chinese, Japanese and Korean Excel (ids 27–36 and 50–58,
 * such as 31 `yyyy"年"m"月"d"日"`) only per locale, so on reading it forgets them: a date that Chinese Excel
 * stored as serial 45616 with format 31 arrives as the number 45616 instead of 2024-11-20. Giving those
 * ids their zh-CN format lets exceljs see them as dates, as Chinese Excel shows them.
 */
import { createRequire } from "node:module"

type BuiltInFormats = Record<string, { f?: string; "zh-cn"?: string }>

let taught = false

/**
 * Teaches exceljs the zh-CN built-in formats, once per process. Only reading changes: exceljs picks the
 * ids it writes from a table it built when it loaded.
 */
export const teachChineseFormats = (): void => {
  if (taught) return
  taught = true
  // exceljs has no export for its table; resolved from here, it is the instance exceljs itself uses.
  const formats = createRequire(import.meta.url)("exceljs/lib/xlsx/defaultnumformats.js") as BuiltInFormats
  for (const format of Object.values(formats)) {
    if (format.f === undefined && format["zh-cn"] !== undefined) format.f = format["zh-cn"]
  }
}
