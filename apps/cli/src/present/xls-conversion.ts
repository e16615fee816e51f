/**
 * Why a legacy .xls (Excel 97-2003, BIFF8) was not read, in one Chinese line naming the file as the user
 * wrote it and saying how to convert it (io/xls-convert.ts finds the problem, this file words it).
 */

/** A problem with an .xls input, by stable code. */
export type XlsProblem =
  | { readonly code: "xls_needs_libreoffice" }
  | { readonly code: "xls_not_workbook" }
  | { readonly code: "xls_timeout"; readonly seconds: number }
  | { readonly code: "xls_conversion_failed"; readonly detail: string }
  | { readonly code: "xls_too_large"; readonly size: number; readonly limit: number }

const HOW = "请在 Excel 或 WPS 中打开后“另存为” .xlsx 工作簿，再用 .xlsx 文件运行"

const mb = (bytes: number): string => Math.ceil(bytes / 2 ** 20).toLocaleString("en-US")

/** The line for `file`. */
export const xlsProblemMessage = (file: string, problem: XlsProblem): string => {
  switch (problem.code) {
    case "xls_needs_libreoffice":
      return (
        `无法读取 ${file}：读取 .xls（Excel 97-2003 工作簿）需要本机安装 LibreOffice（jixiao 用它在临时目录把 .xls 转为 .xlsx），` +
        `未找到 soffice 命令；${HOW}，或安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui）后重试`
      )
    case "xls_not_workbook":
      return `无法读取 ${file}：文件扩展名是 .xls，但内容不是 Excel 97-2003 工作簿（开头没有 OLE2 复合文档标识）；${HOW}`
    case "xls_timeout":
      return `无法读取 ${file}：LibreOffice 在 ${problem.seconds} 秒内未能把它转为 .xlsx，已终止转换；文件可能已损坏或过大，${HOW}`
    case "xls_conversion_failed":
      return `无法读取 ${file}：LibreOffice 未能把它转为 .xlsx（${problem.detail}）；文件可能已损坏，${HOW}`
    case "xls_too_large":
      return `无法读取 ${file}：转换得到的 .xlsx 超过 ${mb(problem.limit)} MB 的输入上限（${mb(problem.size)} MB）；请拆分后再读取`
  }
}
