/**
 * The Chinese wording of what the system said: errno codes (EACCES, ENOSPC, EISDIR, …), SQLite's result
 * codes (SQLITE_BUSY, SQLITE_CORRUPT, …) and the engine's own limits (a call stack exhausted). Each
 * reason says what happened and what to do; the message around it names the file. Node and effect word
 * these in English (`FileSystem.writeFile (out/x): ENOSPC: no space left on device`), which must not
 * reach the user.
 */
import { isPlatformError, type PlatformError } from "effect/PlatformError"
import { terminalText } from "./terminal-text.ts"

/** The reasons, by code: what happened, then what to do. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "磁盘已满（设备上没有剩余空间）；请清理磁盘或换一个空间充足的目录后重试",
  EDQUOT: "超出了磁盘配额，磁盘空间不足；请清理空间或请管理员提高配额后重试",
  EFBIG: "文件超过了文件系统允许的大小；请换一个目录（文件系统）后重试",
  EACCES: "没有权限；请检查文件及其所在目录的权限，或换一个有写入权限的目录",
  EPERM: "操作不被允许（权限不足或文件被设为不可改动）；请检查权限，或换一个目录",
  EROFS: "所在的文件系统是只读的；请换一个可写的目录",
  EISDIR: "这是一个目录，不是文件；请换一个路径，或移走同名的目录",
  ENOTDIR: "路径中有一段是文件而不是目录；请检查路径",
  EEXIST: "同名的文件或目录已存在；请移走它后重试",
  ENOENT: "文件或目录不存在；请检查路径",
  ENAMETOOLONG: "文件名或路径太长；请换一个较短的路径",
  ELOOP: "路径中的符号链接过多或形成循环；请检查路径",
  EMFILE: "同时打开的文件过多；请稍后重试",
  ENFILE: "系统同时打开的文件过多；请稍后重试",
  EBUSY: "文件或设备正被占用；请关闭占用它的程序后重试",
  ETXTBSY: "文件正被占用；请关闭占用它的程序后重试",
  EIO: "磁盘读写出错（I/O 错误）；请检查磁盘后重试",
  EXDEV: "不能跨文件系统移动文件；请换一个目录",
  EINVAL: "参数无效（路径或文件系统不支持此操作）；请检查路径",
  EAGAIN: "资源暂时不可用；请稍后重试",
  SQLITE_BUSY: "账本正被另一个程序使用（数据库忙）；请等它结束后重试",
  SQLITE_LOCKED: "账本被锁定（另一个连接正在写入）；请等它结束后重试",
  SQLITE_CORRUPT: "文件已损坏，或不是 jixiao 的运行账本；请从备份恢复，或在配置的 ledger 中换一个新文件",
  SQLITE_NOTADB: "这不是 SQLite 数据库（不是 jixiao 的运行账本）；请检查配置的 ledger 路径，或换一个新文件",
  SQLITE_READONLY: "账本只能读不能写（文件或所在目录没有写入权限）；请检查权限",
  SQLITE_FULL: "磁盘已满，无法写入账本；请清理磁盘后重试",
  SQLITE_CANTOPEN: "无法打开账本文件（所在目录不存在或没有权限）；请检查路径和权限",
  SQLITE_IOERR: "读写账本时磁盘出错（I/O 错误）；请检查磁盘后重试",
  SQLITE_PERM: "没有访问账本的权限；请检查文件权限",
  SQLITE_TOOBIG: "要写入账本的数据过大",
  SQLITE_NOMEM: "内存不足，无法使用账本；请关闭其他程序后重试",
  stack_exhausted: "输入嵌套过深或过于复杂，超出了处理上限（调用栈耗尽）；请检查文件内容是否异常",
}

/** effect's reason tags, for platform errors that carry no errno code. */
const TAGS: Readonly<Record<string, string>> = {
  NotFound: "ENOENT",
  PermissionDenied: "EACCES",
  AlreadyExists: "EEXIST",
  Busy: "EBUSY",
}

/** SQLite's wording, for errors that lost their code: the result code it stands for. */
const SQLITE_TEXTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/database is locked/i, "SQLITE_BUSY"],
  [/database table is locked/i, "SQLITE_LOCKED"],
  [/file is not a database/i, "SQLITE_NOTADB"],
  [/database disk image is malformed/i, "SQLITE_CORRUPT"],
  [/readonly database/i, "SQLITE_READONLY"],
  [/database or disk is full/i, "SQLITE_FULL"],
  [/unable to open database file/i, "SQLITE_CANTOPEN"],
  [/disk I\/O error/i, "SQLITE_IOERR"],
]

const codeProperty = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && "code" in value && typeof value.code === "string"
    ? value.code
    : undefined

/** SQLite's extended codes (`SQLITE_IOERR_WRITE`, `SQLITE_CORRUPT_VTAB`) under their primary code. */
const primary = (code: string): string => {
  if (REASONS[code] !== undefined) return code
  const base = code.match(/^SQLITE_[A-Z]+/)?.[0]
  return base !== undefined && REASONS[base] !== undefined ? base : code
}

/**
 * The code an error stands for: the errno of a platform error's cause or of a Node error, SQLite's
 * result code, `stack_exhausted` for a call stack exceeded; undefined when it is none of these.
 */
export const systemErrorCode = (error: unknown): string | undefined => {
  if (isPlatformError(error)) {
    const reason = error.reason
    const code = reason._tag === "BadArgument" ? undefined : codeProperty(reason.cause)
    return code !== undefined ? primary(code) : reason._tag === "BadArgument" ? undefined : TAGS[reason._tag]
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "stack_exhausted"
  const code = codeProperty(error)
  if (code !== undefined && /^(E[A-Z]+|SQLITE_[A-Z_]+)$/.test(code)) return primary(code)
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : ""
  const errno = text.match(/\b(E[A-Z]{2,})\b:/)?.[1]
  if (errno !== undefined && REASONS[errno] !== undefined) return errno
  return SQLITE_TEXTS.find(([pattern]) => pattern.test(text))?.[1]
}

/** What the system said, in Chinese with what to do; undefined when the error is not a known one. */
export const systemErrorReason = (error: unknown): string | undefined => {
  const code = systemErrorCode(error)
  return code === undefined ? undefined : REASONS[code]
}

/** The reason in Chinese, or, for an error no entry knows, its own text with the code it gave. */
const reasonOf = (error: unknown, fallback: string): string => {
  const known = systemErrorReason(error)
  if (known !== undefined) return known
  const code = isPlatformError(error) ? codeProperty(error.reason.cause) : codeProperty(error)
  return code === undefined ? fallback : `${fallback}（${code}）`
}

/** Why a file could not be read, in one Chinese line naming the file as the user wrote it. */
export const fileReadMessage = (file: string, error: PlatformError): string => {
  const reason = error.reason
  const why =
    reason._tag === "NotFound"
      ? "文件不存在"
      : reason._tag === "PermissionDenied"
        ? "没有读取权限"
        : systemErrorCode(error) === "EISDIR"
          ? "这是一个目录，不是文件"
          : reasonOf(error, "系统拒绝读取")
  return `无法读取文件 ${terminalText(file)}：${why}`
}

/** Why an output file could not be written, naming it; `kept` adds that the earlier files are untouched. */
export const fileWriteMessage = (file: string, error: unknown, kept = false): string =>
  `无法写入 ${terminalText(file)}：${reasonOf(error, "系统拒绝写入")}${kept ? "。已有的文件保持原样，本次写出的临时文件已删除" : ""}`

/** Why an output folder could not be created or used. */
export const folderWriteMessage = (dir: string, error: unknown): string =>
  `无法使用输出目录 ${terminalText(dir)}：${reasonOf(error, "系统拒绝写入")}`

/** A report name that would land outside its folder (a renderer's bug, never a user's input). */
export const outsideFolderMessage = (name: string, dir: string): string =>
  `拒绝写入 ${terminalText(name)}：文件名会落在输出目录 ${terminalText(dir)} 之外`

const allowHint =
  '如确需如此，请加 --allow-symlinks（jixiao run 在配置中写 "outputs": { "allowSymlinks": true }）'

/** A report path that is a symbolic link: jixiao does not write through links. */
export const linkedFileMessage = (file: string, target: string): string =>
  `拒绝写入 ${terminalText(file)}：它是指向 ${terminalText(target)} 的符号链接，jixiao 不经符号链接写报告；` +
  `请删除该链接后重试。${allowHint}：以新文件替换链接本身，链接指向的文件不会被改动`

/** An output folder that is a symbolic link leading out of the folder that holds it. */
export const linkedFolderMessage = (dir: string, target: string): string =>
  `拒绝写入输出目录 ${terminalText(dir)}：它是指向 ${terminalText(target)} 的符号链接，落在其所在目录之外；` +
  `请直接给出目标目录。${allowHint}`

/** A folder inside the output folder (of a nested report name) that is a symbolic link. */
export const linkedStepMessage = (file: string, step: string, target: string): string =>
  `拒绝写入 ${terminalText(file)}：路径中的目录 ${terminalText(step)} 是指向 ${terminalText(target)} 的符号链接；${allowHint}`
