/**
 * Names of the temporary files jixiao writes beside its outputs (reports before their rename, the spools
 * of a streamed run). The name is random (crypto), so nobody can plant a file or a link at it in advance,
 * and every such file is created exclusively (`wx`): an existing file or link at the name is an error,
 * never followed. The name does not contain the report's name, so a long report name never makes its
 * temporary name exceed the file system's limit.
 */
import { randomBytes } from "node:crypto"
import { join } from "node:path"

/** A fresh temporary name: `.jixiao-<24 hex digits>.tmp`. */
export const temporaryName = (): string => `.jixiao-${randomBytes(12).toString("hex")}.tmp`

/** A fresh temporary path inside `dir`. */
export const temporaryPath = (dir: string): string => join(dir, temporaryName())

/** Temporary names of this version, and of earlier ones (`.<name>.<pid>.tmp`, `.<name>.<tag><pid>.tmp`). */
const TEMPORARY = /^\.jixiao-[0-9a-f]{24}\.tmp$|^\..+\.\d+\.tmp$/

/** Whether a name in an output folder is one of jixiao's temporary files. */
export const isTemporaryName = (name: string): boolean => TEMPORARY.test(name)
