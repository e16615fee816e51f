import { systemError } from "effect/PlatformError"
import { describe, expect, it } from "vitest"
import { fileReadMessage, fileWriteMessage, systemErrorCode } from "./file-error.ts"

const platform = (code: string, tag: "Unknown" | "PermissionDenied" | "AlreadyExists" = "Unknown") =>
  systemError({
    _tag: tag,
    module: "FileSystem",
    method: "writeFile",
    pathOrDescriptor: "out/x",
    cause: Object.assign(new Error(`${code}: something`), { code }),
  })

const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code })

describe("system errors in Chinese", () => {
  it.each([
    [platform("ENOSPC"), "ENOSPC"],
    [platform("EACCES", "PermissionDenied"), "EACCES"],
    [platform("EISDIR"), "EISDIR"],
    [platform("EEXIST", "AlreadyExists"), "EEXIST"],
    [systemError({ _tag: "AlreadyExists", module: "FileSystem", method: "writeFile" }), "EEXIST"],
    [Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }), "ENOSPC"],
    [new Error("EROFS: read-only file system, open 'x'"), "EROFS"],
    [sqlite("SQLITE_BUSY", "database is locked"), "SQLITE_BUSY"],
    [sqlite("SQLITE_CORRUPT", "database disk image is malformed"), "SQLITE_CORRUPT"],
    [sqlite("SQLITE_NOTADB", "file is not a database"), "SQLITE_NOTADB"],
    [sqlite("SQLITE_READONLY_DBMOVED", "attempt to write a readonly database"), "SQLITE_READONLY"],
    [sqlite("SQLITE_FULL", "database or disk is full"), "SQLITE_FULL"],
    [sqlite("SQLITE_IOERR_WRITE", "disk I/O error"), "SQLITE_IOERR"],
    [new Error("file is not a database"), "SQLITE_NOTADB"],
    [new RangeError("Maximum call stack size exceeded"), "stack_exhausted"],
  ])("%s is %s", (error, code) => {
    expect(systemErrorCode(error)).toBe(code)
  })

  it("a full disk says that the disk is full, names the file, and no English reaches the user", () => {
    const message = fileWriteMessage("out/报告.html", platform("ENOSPC"), true)
    expect(message).toBe(
      "无法写入 out/报告.html：磁盘已满（设备上没有剩余空间）；请清理磁盘或换一个空间充足的目录后重试。已有的文件保持原样，本次写出的临时文件已删除",
    )
  })

  it("an unknown error keeps its code, in a Chinese sentence", () => {
    expect(fileWriteMessage("out/x", platform("EWHATEVER"))).toBe("无法写入 out/x：系统拒绝写入（EWHATEVER）")
    expect(fileReadMessage("t.csv", platform("EISDIR"))).toBe("无法读取文件 t.csv：这是一个目录，不是文件")
  })
})
