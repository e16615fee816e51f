/**
 * Writing a set of outputs on a real disk: links planted in the output folder (issue #15 item 16), and a
 * write that fails midway (a full disk, a folder without write permission) leaving the previous set of
 * reports whole and no temporary file behind (item 22).
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { presets } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import { systemError } from "effect/PlatformError"
import { describe, expect, it } from "vitest"
import { type AssessFiles, assessFiles } from "../app/assess.ts"
import { isTemporaryName } from "./temporary-name.ts"
import { type OutputFile, writeFileSet } from "./write-file.ts"
import { writeOutputs } from "./write-outputs.ts"

const folder = () => mkdtempSync(join(tmpdir(), "jixiao-outputs-"))

/** The failure message of an exit, or null when it succeeded. */
const messageOf = (exit: Exit.Exit<unknown, unknown>): string | null => {
  if (Exit.isSuccess(exit)) return null
  const reason = exit.cause.reasons[0]
  return reason?._tag === "Fail" ? (reason.error as { message: string }).message : String(reason)
}

const write = (
  dir: string,
  files: ReadonlyArray<OutputFile>,
  allowSymlinks = false,
  layer = NodeFileSystem.layer,
) => Effect.runPromiseExit(writeFileSet(dir, files, { allowSymlinks }).pipe(Effect.provide(layer)))

const temporaries = (dir: string) => readdirSync(dir).filter(isTemporaryName)

/**
 * The Node file system, except that from the `after`+1-th file written on, a write puts half its bytes on
 * disk and then fails as the system would with `code` (ENOSPC: the disk filled up midway).
 */
const failingWrites = (after: number, code: string) =>
  Layer.effect(
    FileSystem.FileSystem,
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      let writes = 0
      return {
        ...fs,
        writeFile: (path: string, data: Uint8Array, options?: Parameters<typeof fs.writeFile>[2]) =>
          ++writes <= after
            ? fs.writeFile(path, data, options)
            : fs.writeFile(path, data.subarray(0, data.length >> 1), options).pipe(
                Effect.andThen(
                  Effect.fail(
                    systemError({
                      _tag: code === "EACCES" ? "PermissionDenied" : "Unknown",
                      module: "FileSystem",
                      method: "writeFile",
                      pathOrDescriptor: path,
                      cause: Object.assign(new Error(`${code}: injected, write '${path}'`), { code }),
                    }),
                  ),
                ),
              ),
      } satisfies FileSystem.FileSystem
    }),
  ).pipe(Layer.provide(NodeFileSystem.layer))

describe("outputs and symbolic links", () => {
  it("refuses a report path that is a link, leaving what it points at untouched and no temporary file", async () => {
    const dir = folder()
    const out = join(dir, "out")
    mkdirSync(out)
    writeFileSync(join(dir, "victim"), "secret")
    symlinkSync(join(dir, "victim"), join(out, "报告.md"))
    const exit = await write(out, [
      { name: "results.json", contents: "{}" },
      { name: "报告.md", contents: "# 报告" },
    ])
    expect(messageOf(exit)).toMatch(
      new RegExp(
        `^拒绝写入 ${join(out, "报告.md")}：它是指向 ${join(dir, "victim")} 的符号链接.*--allow-symlinks`,
      ),
    )
    expect(readFileSync(join(dir, "victim"), "utf8")).toBe("secret")
    expect(readdirSync(out)).toEqual(["报告.md"]) // results.json was not written either: one set
  })

  it("with allowSymlinks, replaces the link itself by the new file and never writes to its target", async () => {
    const dir = folder()
    writeFileSync(join(dir, "victim"), "secret")
    symlinkSync(join(dir, "victim"), join(dir, "报告.md"))
    expect(Exit.isSuccess(await write(dir, [{ name: "报告.md", contents: "# 报告" }], true))).toBe(true)
    expect(readFileSync(join(dir, "victim"), "utf8")).toBe("secret")
    expect(readFileSync(join(dir, "报告.md"), "utf8")).toBe("# 报告")
    expect(temporaries(dir)).toEqual([])
  })

  it("refuses an output folder that is a link leading outside the folder that holds it", async () => {
    const dir = folder()
    const elsewhere = folder()
    mkdirSync(join(dir, "reports"))
    symlinkSync(elsewhere, join(dir, "out"))
    const files = [{ name: "报告.md", contents: "# 报告" }]
    expect(messageOf(await write(join(dir, "out"), files))).toMatch(
      new RegExp(
        `^拒绝写入输出目录 ${join(dir, "out")}：它是指向 ${elsewhere} 的符号链接，落在其所在目录之外`,
      ),
    )
    expect(readdirSync(elsewhere)).toEqual([])
    // A link to a folder beside it stays where it is; the flag lets one lead elsewhere.
    symlinkSync(join(dir, "reports"), join(dir, "this-year"))
    expect(Exit.isSuccess(await write(join(dir, "this-year"), files))).toBe(true)
    expect(readdirSync(join(dir, "reports"))).toEqual(["报告.md"])
    expect(Exit.isSuccess(await write(join(dir, "out"), files, true))).toBe(true)
    expect(readdirSync(elsewhere)).toEqual(["报告.md"])
  })

  it("refuses a folder inside the output folder that is a link", async () => {
    const dir = folder()
    const elsewhere = folder()
    symlinkSync(elsewhere, join(dir, "assets"))
    const exit = await write(dir, [{ name: "assets/图.png", contents: new Uint8Array([1]) }])
    expect(messageOf(exit)).toMatch(/^拒绝写入 .*assets\/图\.png：路径中的目录 .*assets 是指向 .* 的符号链接/)
    expect(readdirSync(elsewhere)).toEqual([])
  })
})

describe("a write that fails midway", () => {
  it("names a directory in a report's place, in Chinese, and writes none of the set", async () => {
    const dir = folder()
    mkdirSync(join(dir, "报告.md"))
    const exit = await write(dir, [
      { name: "results.json", contents: "{}" },
      { name: "报告.md", contents: "# 报告" },
    ])
    expect(messageOf(exit)).toBe(
      `无法写入 ${join(dir, "报告.md")}：这是一个目录，不是文件；请换一个路径，或移走同名的目录`,
    )
    expect(readdirSync(dir)).toEqual(["报告.md"])
  })

  it("a folder without write permission: says so in Chinese, naming the file", async () => {
    const dir = folder()
    const files = [{ name: "报告.md", contents: "# 报告" }]
    const root = process.getuid?.() === 0
    // Root writes to a read-only folder anyway: there the refusal is injected as the system would give it.
    if (!root) chmodSync(dir, 0o555)
    const exit = await write(dir, files, false, root ? failingWrites(0, "EACCES") : NodeFileSystem.layer)
    if (!root) chmodSync(dir, 0o755)
    expect(messageOf(exit)).toBe(
      `无法写入 ${join(dir, "报告.md")}：没有权限；请检查文件及其所在目录的权限，或换一个有写入权限的目录。已有的文件保持原样，本次写出的临时文件已删除`,
    )
    expect(readdirSync(dir)).toEqual([])
  })
})

const TARGETS = [
  "单位,项目,序号,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值",
  "单位甲,企业服务,1,产出指标,数量指标,服务企业数量,不少于150家,50,160家",
  "单位甲,企业服务,2,产出指标,质量指标,合格率,≥95%,40,93%",
].join("\n")

const assessInput = (dir: string): AssessFiles => ({
  targets: join(dir, "t.csv"),
  actuals: null,
  budget: null,
  policy: presets.national!,
  formulas: undefined,
  year: 2024,
  basis: "annual",
  out: join(dir, "out"),
  formats: ["html", "xlsx", "md", "csv"],
  engineVersion: "test",
})

const snapshot = (out: string) =>
  Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name)).toString("base64")]))

describe("a full disk while assess writes its reports", () => {
  it("leaves the previous set of reports whole, removes its temporary files, and says the disk is full", async () => {
    const dir = folder()
    writeFileSync(join(dir, "t.csv"), TARGETS)
    const first = await Effect.runPromiseExit(
      assessFiles(assessInput(dir)).pipe(Effect.provide(NodeFileSystem.layer)),
    )
    expect(Exit.isSuccess(first)).toBe(true)
    const out = join(dir, "out")
    const before = snapshot(out)
    expect(Object.keys(before).sort()).toEqual([
      "results.json",
      "报告.html",
      "报告.md",
      "指标明细.csv",
      "自评表.xlsx",
    ])
    // Another year's actuals: every file of the set would change.
    writeFileSync(join(dir, "t.csv"), TARGETS.replace("160家", "120家"))
    // results.json, 指标明细.csv and the first report are written; the second report meets a full disk.
    const exit = await Effect.runPromiseExit(
      assessFiles(assessInput(dir)).pipe(Effect.provide(failingWrites(1, "ENOSPC"))),
    )
    const message = messageOf(exit)
    expect(message).toMatch(
      new RegExp(
        `^无法写入 ${out}/(自评表\\.xlsx|报告\\.md)：磁盘已满（设备上没有剩余空间）；请清理磁盘或换一个空间充足的目录后重试。已有的文件保持原样`,
      ),
    )
    expect(message).not.toMatch(/ENOSPC|FileSystem/)
    expect(snapshot(out)).toEqual(before)
    expect(temporaries(out)).toEqual([])
  })

  it("run: the same for its set (results.json and the reports)", async () => {
    const dir = folder()
    const files = ["results.json", "报告.html", "报告.md"].map((name) => ({ name, contents: `${name} 2023` }))
    await Effect.runPromise(writeOutputs(dir, files).pipe(Effect.provide(NodeFileSystem.layer)))
    const before = snapshot(dir)
    const next = files.map((f) => ({ ...f, contents: `${f.name} 2024` }))
    const exit = await Effect.runPromiseExit(
      writeOutputs(dir, next).pipe(Effect.provide(failingWrites(2, "ENOSPC"))),
    )
    expect(messageOf(exit)).toMatch(new RegExp(`^无法写入 ${join(dir, "报告.md")}：磁盘已满`))
    expect(snapshot(dir)).toEqual(before)
    expect(temporaries(dir)).toEqual([])
  })
})
