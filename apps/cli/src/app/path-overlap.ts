/**
 * The files a run reads and writes must be distinct: a ledger at `out/results.json` would be overwritten by
 * the report (and the report by the ledger), a target table at `out/指标明细.csv` would be replaced by the
 * run's own output. Every path of the config is resolved (relative to the config, through symbolic links of
 * the folders that exist, hard links by inode) and any two that meet are refused before anything is opened.
 */
import { realpathSync, statSync } from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import {
  MONITOR_CSV_FILE,
  MONITOR_HTML_FILE,
  MONITOR_MD_FILE,
  MONITOR_XLSX_FILE,
  type MonitorFormat,
  type ReportFormat,
} from "@jixiao/report"
import { isPresetName } from "@jixiao/scoring"
import { legacyLockFileOf, lockFileOf } from "../ledger/lock-file.ts"
import { besideConfig, type Config, defaultOutputFolder } from "./config.ts"

/** The file each format writes (the renderers' names; a test renders each and compares). */
export const reportFileNames: Readonly<Record<ReportFormat, string>> = {
  html: "报告.html",
  xlsx: "自评表.xlsx",
  md: "报告.md",
  csv: "指标明细.csv",
  // The department's report; the projects' (自评报告-01-….docx) are not listed: no input is read as .docx.
  docx: "绩效自评报告.docx",
}

/** The file each monitoring format writes (the renderers' names). */
export const monitorReportFileNames: Readonly<Record<MonitorFormat, string>> = {
  html: MONITOR_HTML_FILE,
  xlsx: MONITOR_XLSX_FILE,
  md: MONITOR_MD_FILE,
  csv: MONITOR_CSV_FILE,
}

/** What a path is in the run, for the message: the config key, and what it names. */
export type PathRole =
  | { readonly kind: "config" }
  | { readonly kind: "input"; readonly key: "targets" | "actuals" | "budget" | "policy" }
  | {
      readonly kind: "ledger"
      readonly file: "ledger" | "lock" | "lock_journal" | "legacy_lock" | "wal" | "shm" | "journal"
    }
  | { readonly kind: "output_folder" }
  | { readonly kind: "report"; readonly name: string }

/** A path of the run: its role, as written (relative to the config) and as resolved. */
export interface RunPath {
  readonly role: PathRole
  readonly path: string
}

/** Two paths of a run that are the same file (or a file and the folder it would be). */
export interface PathOverlap {
  readonly code: "paths_overlap"
  readonly first: RunPath
  readonly second: RunPath
}

/** The SQLite files beside a ledger, and the run lock: none may be an input or an output either. */
const ledgerFiles = (ledger: string): ReadonlyArray<RunPath> => [
  { role: { kind: "ledger", file: "ledger" }, path: ledger },
  { role: { kind: "ledger", file: "lock" }, path: lockFileOf(ledger) },
  { role: { kind: "ledger", file: "lock_journal" }, path: `${lockFileOf(ledger)}-journal` },
  { role: { kind: "ledger", file: "legacy_lock" }, path: legacyLockFileOf(ledger) },
  { role: { kind: "ledger", file: "wal" }, path: `${ledger}-wal` },
  { role: { kind: "ledger", file: "shm" }, path: `${ledger}-shm` },
  { role: { kind: "ledger", file: "journal" }, path: `${ledger}-journal` },
]

/** Every path the run with this config reads or writes. */
export const runPaths = (
  configFile: string,
  config: Config,
  ledger: string,
  formats: ReadonlyArray<ReportFormat>,
): ReadonlyArray<RunPath> => {
  const at = (path: string) => besideConfig(configFile, path)
  const inputs: RunPath[] = [{ role: { kind: "config" }, path: configFile }]
  for (const key of ["targets", "actuals", "budget"] as const) {
    const path = config.inputs[key]
    if (path !== undefined) inputs.push({ role: { kind: "input", key }, path: at(path) })
  }
  if (config.policy !== undefined && !isPresetName(config.policy))
    inputs.push({ role: { kind: "input", key: "policy" }, path: at(config.policy) })
  const folder = at(config.outputs?.folder ?? defaultOutputFolder)
  const reports = ["results.json", ...formats.map((f) => reportFileNames[f])].map(
    (name): RunPath => ({ role: { kind: "report", name }, path: join(folder, name) }),
  )
  return [...inputs, ...ledgerFiles(ledger), { role: { kind: "output_folder" }, path: folder }, ...reports]
}

/** Every path a monitoring run with this config reads and writes: results.json and its reports' names. */
export const monitorRunPaths = (
  configFile: string,
  config: Config,
  ledger: string,
  formats: ReadonlyArray<MonitorFormat>,
): ReadonlyArray<RunPath> => {
  const folder = besideConfig(configFile, config.outputs?.folder ?? defaultOutputFolder)
  const reports = formats.map(
    (f): RunPath => ({
      role: { kind: "report", name: monitorReportFileNames[f] },
      path: join(folder, monitorReportFileNames[f]),
    }),
  )
  return [...runPaths(configFile, config, ledger, []), ...reports]
}

/** The path with the folders that exist resolved through their links (`out` → `/srv/reports`). */
const canonical = (path: string): string => {
  const absolute = resolve(path)
  const rest: string[] = []
  for (let at = absolute; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...rest)
    } catch {
      if (dirname(at) === at) return absolute
      rest.unshift(basename(at))
    }
  }
}

/** dev:ino of an existing file, so that two hard links to one file meet; null when absent. */
const inode = (path: string): string | null => {
  try {
    const stat = statSync(path)
    return `${stat.dev}:${stat.ino}`
  } catch {
    return null
  }
}

/** Roles that may share a path: the ledger's own files are distinct by construction, reports too. */
const mayMeet = (a: PathRole, b: PathRole): boolean =>
  (a.kind === "input" || a.kind === "config") && (b.kind === "input" || b.kind === "config")

/**
 * The first two paths of the run that are one file, or null. Inputs may coincide (a self-evaluation table
 * is both targets and actuals); an input, a ledger file, the output folder and a report may not.
 */
export const findOverlap = (paths: ReadonlyArray<RunPath>): PathOverlap | null => {
  const keyed = paths.map((p) => ({ ...p, canonical: canonical(p.path), inode: inode(p.path) }))
  for (const [i, a] of keyed.entries()) {
    for (const b of keyed.slice(i + 1)) {
      if (mayMeet(a.role, b.role)) continue
      if (a.role.kind === "output_folder" && b.role.kind === "report") continue
      const same = a.canonical === b.canonical || (a.inode !== null && a.inode === b.inode)
      if (same)
        return {
          code: "paths_overlap",
          first: { role: a.role, path: a.path },
          second: { role: b.role, path: b.path },
        }
    }
  }
  return null
}
