import type * as FileSystem from "effect/FileSystem"

const KIND_ZH: Readonly<Record<FileSystem.File.Type, string>> = {
  File: "普通文件",
  Directory: "目录",
  SymbolicLink: "符号链接",
  BlockDevice: "块设备",
  CharacterDevice: "字符设备",
  FIFO: "命名管道（FIFO）",
  Socket: "套接字",
  Unknown: "无法识别的文件类型",
}

/** Why a file is not read (io/input-file.ts finds it, this file words it). */
export type InputFileProblem =
  | { readonly code: "not_regular_file"; readonly type: FileSystem.File.Type }
  | { readonly code: "input_too_large"; readonly size: number; readonly limit: number }

/** Whole MB, rounded up so that a file over the limit never prints as the limit. */
const mb = (bytes: number): string => Math.ceil(bytes / 2 ** 20).toLocaleString("en-US")

/** Why an input file is not read, in one Chinese line naming it as the user wrote it. */
export const inputFileMessage = (file: string, problem: InputFileProblem): string =>
  problem.code === "not_regular_file"
    ? `无法读取文件 ${file}：这是一个${KIND_ZH[problem.type]}，不是普通文件；请给出表格文件的路径`
    : `无法读取文件 ${file}：文件超过 ${mb(problem.limit)} MB 的输入上限（至少 ${mb(problem.size)} MB）；请拆分后再读取`
