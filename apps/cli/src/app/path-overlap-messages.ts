/** Wording of the run's own checks (the config's keys and values are worded with the policy's catalogue). */
import type { PathOverlap, PathRole } from "./path-overlap.ts"

const ledgerFile: Readonly<Record<Extract<PathRole, { kind: "ledger" }>["file"], string>> = {
  ledger: "账本（ledger）",
  lock: "账本的锁文件",
  lock_journal: "账本锁文件的日志文件",
  legacy_lock: "账本的旧版锁文件",
  wal: "账本的 WAL 文件",
  shm: "账本的共享内存文件",
  journal: "账本的日志文件",
}

/** What a path is, as the config names it: `实际完成值表（inputs.actuals）`. */
const roleZh = (role: PathRole): string => {
  switch (role.kind) {
    case "config":
      return "配置文件本身"
    case "input":
      return {
        targets: "目标表（inputs.targets）",
        actuals: "实际完成值表（inputs.actuals）",
        budget: "预算执行表（inputs.budget）",
        policy: "策略文件（policy）",
      }[role.key]
    case "ledger":
      return ledgerFile[role.file]
    case "output_folder":
      return "输出目录（outputs.folder）"
    case "report":
      return `要写出的报告 ${role.name}`
  }
}

/** `配置文件 c.json：账本（ledger）out/results.json 与要写出的报告 results.json out/results.json 是同一个文件……` */
export const pathOverlapMessage = (configFile: string, overlap: PathOverlap): string => {
  const { first, second } = overlap
  const folder = first.role.kind === "output_folder" || second.role.kind === "output_folder"
  return (
    `配置文件 ${configFile}：${roleZh(first.role)} ${first.path} 与${roleZh(second.role)} ${second.path} ` +
    `${folder ? "是同一个路径" : "是同一个文件"}，运行时一个会覆盖另一个；请为它们指定不同的路径`
  )
}

/** `assess --ledger`: the same check on the command line's paths, worded by flag. */
export const assessOverlapMessage = (overlap: PathOverlap): string => {
  const flag = (role: PathRole): string =>
    role.kind === "input"
      ? `--${role.key} ${role.key === "policy" ? "策略文件" : "输入文件"}`
      : role.kind === "output_folder"
        ? "--out 输出目录"
        : roleZh(role).replace("（ledger）", "（--ledger）")
  const { first, second } = overlap
  return `${flag(first.role)} ${first.path} 与${flag(second.role)} ${second.path} 是同一个文件，写出时一个会覆盖另一个；请为它们指定不同的路径`
}
