import type { PlatformError } from "effect/PlatformError"

const causeCode = (error: PlatformError): string | undefined => {
  const cause = error.reason.cause
  return typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : undefined
}

/** Why a file could not be read, in one Chinese line naming the file as the user wrote it. */
export const fileReadMessage = (file: string, error: PlatformError): string => {
  const reason = error.reason
  const code = causeCode(error)
  const why =
    reason._tag === "NotFound"
      ? "文件不存在"
      : reason._tag === "PermissionDenied"
        ? "没有读取权限"
        : code === "EISDIR"
          ? "这是一个目录，不是文件"
          : (reason.description ?? code ?? reason._tag)
  return `无法读取文件 ${file}：${why}`
}
