import { randomUUID } from "node:crypto"
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs"

/** Who holds the writer lock: the content of `<ledger>.lock`. `token` tells this holder from a later one. */
export interface LockHolder {
  readonly pid: number
  readonly startedAt: string
  readonly token: string
}

/** A new holder for this process. */
export const newHolder = (startedAt: string): LockHolder => ({
  pid: process.pid,
  startedAt,
  token: randomUUID(),
})

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/**
 * Creates `path` holding `holder`, atomically: false if it already exists. The content is written to a
 * private file first and hard-linked into place, so no reader ever sees an empty or half-written lock
 * (as it could between `open(…, "wx")` and the write).
 */
export const createExclusive = (path: string, holder: LockHolder): boolean => {
  const temporary = `${path}.${holder.pid}.${holder.token}.tmp`
  writeFileSync(temporary, `${JSON.stringify(holder)}\n`, { flag: "wx" })
  try {
    linkSync(temporary, path)
    return true
  } catch (error) {
    if (errno(error) === "EEXIST") return false
    throw error
  } finally {
    unlinkSync(temporary)
  }
}

/** The lock file's content as text, or null when there is no such file. */
export const readLockText = (path: string): string | null => {
  try {
    return readFileSync(path, "utf8")
  } catch (error) {
    if (errno(error) === "ENOENT") return null
    throw error
  }
}

/** The holder a lock file's text names, or null when it is not one jixiao wrote. */
export const parseHolder = (text: string): LockHolder | null => {
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | null
    const valid =
      typeof value?.pid === "number" && typeof value.startedAt === "string" && typeof value.token === "string"
    return valid ? (value as LockHolder) : null
  } catch {
    return null
  }
}

/** Removes `path`; true if it was there. */
export const removeIfPresent = (path: string): boolean => {
  try {
    unlinkSync(path)
    return true
  } catch (error) {
    if (errno(error) === "ENOENT") return false
    throw error
  }
}

/** How long ago `path` was last modified, in ms, or null when it is gone. */
export const ageMs = (path: string, now: number): number | null => {
  try {
    return now - statSync(path).mtimeMs
  } catch (error) {
    if (errno(error) === "ENOENT") return null
    throw error
  }
}

/**
 * True when process `pid` exists on this machine. EPERM means it exists but belongs to another user.
 * pid 0 and negative pids would address process groups, so they count as dead.
 */
export const isAlive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errno(error) === "EPERM"
  }
}
