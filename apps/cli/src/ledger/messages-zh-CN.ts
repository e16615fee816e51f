import type { LedgerIssue, TriedPath } from "./issues.ts"
import { shortId } from "./short-id.ts"

const triedLabel: Readonly<Record<TriedPath["kind"], string>> = {
  config_flag: "配置文件",
  config_default: "当前目录的配置文件",
  ledger: "账本",
}

const triedPath = (tried: TriedPath): string =>
  `${triedLabel[tried.kind]} ${tried.path}（${tried.found ? "存在" : tried.kind === "config_default" ? "不存在，按默认设置" : "不存在"}）`

/**
 * Where the ledger was looked for, and how to point `runs` at the right one. Only a config given with
 * `--config` whose ledger is missing means no run was recorded yet: without it, the run may have used
 * another config.
 */
const noLedgerMessage = (issue: Extract<LedgerIssue, { code: "no_ledger" }>): string => {
  const given = issue.tried.some((t) => t.kind === "config_flag")
  const head = given
    ? `尚未记录任何评价运行：没有找到运行账本 ${issue.file}（由 jixiao run 在第一次运行时创建）`
    : `没有找到运行账本 ${issue.file}`
  const parts = [`${head}。已查找：${issue.tried.map(triedPath).join(" → ")}`]
  if (!given && issue.tried.some((t) => t.kind === "config_default")) {
    parts.push("jixiao run 用 --config 指定了配置文件时，请给 runs 同一个 --config（账本在配置文件旁）")
  }
  if (issue.nearby.length > 0) {
    parts.push(`这些配置文件旁有账本：${issue.nearby.join("、")}（如 --config ${issue.nearby[0]}）`)
  }
  return parts.join("；")
}

/** What is missing for the ledger, what the native build needs, and that the other commands work. */
const sqliteUnavailableMessage = (issue: Extract<LedgerIssue, { code: "sqlite_unavailable" }>): string => {
  const installed = issue.reason === "native_failed"
  const what = installed
    ? "SQLite 驱动 better-sqlite3 已安装，但它的原生模块没有编译成功或无法加载"
    : "没有安装 SQLite 驱动 better-sqlite3"
  return [
    `无法打开运行账本 ${issue.file}：${what}（${issue.detail}）。`,
    "jixiao run 和 jixiao runs 需要它，assess、lint、compile、report、template 不需要。",
    "安装时下载不到预编译文件，就在本机编译：需要 python3、make、g++ 和 Node 头文件",
    "（node-gyp 会下载；离线时设置 npm_config_nodedir 指向本机 Node 头文件所在目录）；",
    `装好后运行 ${installed ? "pnpm rebuild better-sqlite3" : "pnpm install"}`,
  ].join("")
}

/** The Chinese wording of a ledger issue: one line that names the file. */
export const ledgerMessage = (issue: LedgerIssue): string => {
  switch (issue.code) {
    case "sqlite_unavailable":
      return sqliteUnavailableMessage(issue)
    case "open_failed":
      return `无法打开运行账本 ${issue.file}：${issue.detail}`
    case "no_ledger":
      return noLedgerMessage(issue)
    case "newer_schema":
      return `运行账本 ${issue.file} 由较新版本的 jixiao 写入（结构版本 ${issue.version}，本版本支持 ${issue.supported}），请升级 jixiao`
    case "query_failed":
      return `读写运行账本 ${issue.file} 失败：${issue.detail}`
    case "run_not_found":
      return `运行账本 ${issue.file} 中没有编号为 ${issue.id} 的运行（jixiao runs list 可列出全部运行）`
    case "prefix_too_short":
      return `运行编号 ${issue.prefix} 太短：至少写出前 ${issue.minimum} 个字符（账本 ${issue.file}）`
    case "ambiguous_prefix":
      return `运行编号 ${issue.prefix} 不唯一，账本 ${issue.file} 中有 ${issue.candidates.length} 个运行以它开头：${issue.candidates.map(shortId).join("、")}；请多写几个字符`
    case "locked":
      return issue.pid === undefined
        ? `另一个评价正在运行（刚刚开始，尚未写明进程），账本 ${issue.file} 被锁定（锁文件 ${issue.lockFile}）`
        : `另一个评价正在运行（进程 ${issue.pid}，开始于 ${issue.startedAt}），账本 ${issue.file} 被锁定（锁文件 ${issue.lockFile}）`
    case "lock_failed":
      return `无法使用锁文件 ${issue.lockFile}（账本 ${issue.file}）：${issue.detail}`
    case "config_unreadable":
      return `无法读取配置文件 ${issue.file}：${issue.detail}`
  }
}

/** The note printed when the last holder ended without releasing the lock (the kernel released it). */
export const staleLockNote = (lockFile: string, pid: number, startedAt: string): string =>
  `已接管锁文件 ${lockFile}：持有它的进程 ${pid}（开始于 ${startedAt}）已结束而未释放锁，上次评价可能被中断`

/** The note printed when the JSON lock file of an earlier jixiao was removed. */
export const legacyLockNote = (lockFile: string, pid: number, startedAt: string): string =>
  `已删除旧版本 jixiao 的锁文件 ${lockFile}（进程 ${pid}，开始于 ${startedAt}）：锁现在由 SQLite 持有，进程结束时由系统释放`
