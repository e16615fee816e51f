import { basename, dirname, relative, resolve } from "node:path"
import { renderReports } from "@jixiao/report"
import * as ByteSize from "effect/ByteSize"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Path from "effect/Path"
import { systemError } from "effect/PlatformError"
import * as ChildProcessSpawner from "effect/process/ChildProcessSpawner"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import * as Terminal from "effect/Terminal"
import * as TestConsole from "effect/testing/TestConsole"
import { exitCodeOf } from "./exit-codes.ts"
import { AssessIo } from "./io/assess-io.ts"
import { inThreadGrader } from "./io/grader.ts"
import { MemorySink } from "./io/memory-sink.ts"
import { loadSqlite, type SqliteDatabase } from "./ledger/load-sqlite.ts"
import { SqliteFiles } from "./ledger/sqlite-files.ts"
import { LogStream } from "./present/log-stream.ts"
import { runCli } from "./run.ts"

/** The world of an in-memory run: the whole file system (path → text or bytes) and the standard input. */
export interface InMemoryWorld {
  readonly files?: Readonly<Record<string, string | Uint8Array>>
  readonly stdin?: string
}

/** What an in-memory run printed, the files it wrote, and its exit code. */
export interface InMemoryRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /**
   * The files the run wrote (reports, results, the ledger), by the path it wrote them at: give them back
   * in a later run's world to go on from there.
   */
  readonly written: Readonly<Record<string, Uint8Array>>
}

const unused = Effect.die("not used by jixiao")

/** What stat says of a regular file of `size` bytes. */
const fileInfo = (size: number, type: "File" | "Directory"): FileSystem.File.Info => ({
  type,
  mtime: Option.none(),
  atime: Option.none(),
  birthtime: Option.none(),
  dev: 0n,
  ino: Option.none(),
  mode: 0o644,
  nlink: Option.none(),
  uid: Option.none(),
  gid: Option.none(),
  rdev: Option.none(),
  size: ByteSize.bytes(size),
  blksize: Option.none(),
  blocks: Option.none(),
})
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

const notFound = (method: string, path: string) =>
  Effect.fail(systemError({ _tag: "NotFound", module: "FileSystem", method, pathOrDescriptor: path }))

/** The world's files by absolute path (relative paths are taken from the working folder, as on disk). */
class MemoryDisk {
  readonly files = new Map<string, Uint8Array>()
  readonly folders = new Set<string>()
  readonly written = new Set<string>()
  readonly stdin: string | undefined
  /** What `run` logged (its steps, on stderr). */
  readonly log: string[] = []

  constructor(world: InMemoryWorld) {
    this.stdin = world.stdin
    for (const [path, contents] of Object.entries(world.files ?? {}))
      this.put(resolve(path), typeof contents === "string" ? encode(contents) : contents)
    this.written.clear()
  }

  put(path: string, bytes: Uint8Array): void {
    this.files.set(path, bytes)
    this.written.add(path)
    for (let dir = dirname(path); !this.folders.has(dir); dir = dirname(dir)) this.folders.add(dir)
  }

  info(method: string, path: string) {
    const at = resolve(path)
    const file = this.files.get(at)
    if (file !== undefined) return Effect.succeed(fileInfo(file.length, "File"))
    return this.folders.has(at) ? Effect.succeed(fileInfo(0, "Directory")) : notFound(method, path)
  }

  /** What the run wrote, by the path it was given (relative to the working folder when inside it). */
  report(): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {}
    for (const path of [...this.written].sort()) {
      const bytes = this.files.get(path)
      if (bytes === undefined) continue
      const shown = relative(process.cwd(), path)
      out[shown.startsWith("..") ? path : shown] = bytes
    }
    return out
  }

  fileSystem() {
    return FileSystem.makeNoop({
      stat: (path) => this.info("stat", path),
      lstat: (path) => this.info("lstat", path),
      exists: (path) => Effect.succeed(this.files.has(resolve(path)) || this.folders.has(resolve(path))),
      realPath: (path) => Effect.succeed(resolve(path)),
      readLink: (path) => notFound("readLink", path),
      readFile: (path) => {
        const bytes = this.files.get(resolve(path))
        return bytes === undefined ? notFound("readFile", path) : Effect.succeed(bytes)
      },
      readFileString: (path) => {
        const bytes = this.files.get(resolve(path))
        return bytes === undefined
          ? notFound("readFileString", path)
          : Effect.succeed(new TextDecoder().decode(bytes))
      },
      stream: (path) => {
        const bytes = this.files.get(resolve(path))
        return bytes === undefined ? Stream.fromEffect(notFound("stream", path)) : Stream.make(bytes)
      },
      readDirectory: (path) => {
        const at = resolve(path)
        const names = [...this.files.keys(), ...this.folders]
          .filter((p) => dirname(p) === at && p !== at)
          .map((p) => basename(p))
        return this.folders.has(at) ? Effect.succeed(names) : notFound("readDirectory", path)
      },
      makeDirectory: (path) =>
        Effect.sync(() => {
          for (let dir = resolve(path); !this.folders.has(dir); dir = dirname(dir)) this.folders.add(dir)
        }),
      writeFile: (path, data, options) => {
        const at = resolve(path)
        if (options?.flag === "wx" && this.files.has(at))
          return Effect.fail(
            systemError({
              _tag: "AlreadyExists",
              module: "FileSystem",
              method: "writeFile",
              pathOrDescriptor: path,
            }),
          )
        if (!this.folders.has(dirname(at))) return notFound("writeFile", path)
        return Effect.sync(() => this.put(at, data))
      },
      rename: (from, to) => {
        const bytes = this.files.get(resolve(from))
        if (bytes === undefined) return notFound("rename", from)
        return Effect.sync(() => {
          this.files.delete(resolve(from))
          this.written.delete(resolve(from))
          this.put(resolve(to), bytes)
        })
      },
      remove: (path) =>
        Effect.sync(() => {
          this.files.delete(resolve(path))
          this.written.delete(resolve(path))
        }),
    })
  }
}

/** chunks of a world's file, 64 KB at a time (as the disk reads them). */
async function* memoryChunks(disk: MemoryDisk, file: string): AsyncGenerator<Uint8Array> {
  const bytes = disk.files.get(resolve(file))
  if (bytes === undefined) throw new Error(`not in the world: ${file}`)
  for (let at = 0; at < bytes.length; at += 1 << 16) yield bytes.subarray(at, at + (1 << 16))
}

/** The assessment's adapters over the world: its files, spools held in memory, grading in this thread. */
const memoryIo = (disk: MemoryDisk): AssessIo => ({
  head: (file, bytes) => (disk.files.get(resolve(file)) ?? new Uint8Array(0)).subarray(0, bytes),
  chunks: (file) => memoryChunks(disk, file),
  sink: (_out, withCsv, policy) => new MemorySink(withCsv, policy),
  grader: () => inThreadGrader,
  render: renderReports,
})

/**
 * SQLite over the world: a ledger file is opened as an in-memory database made from its bytes (or empty),
 * and written back into the world when closed, so a later run over the returned files sees what this one
 * recorded.
 */
const memorySqlite = (disk: MemoryDisk): SqliteFiles => ({
  exists: (file) => disk.files.has(resolve(file)),
  load: (file) =>
    Effect.map(loadSqlite(file), (Database) => {
      function MemoryDatabase(path: string, options?: { readonly fileMustExist?: boolean }) {
        const at = resolve(path)
        const bytes = disk.files.get(at)
        if (bytes === undefined && options?.fileMustExist === true)
          throw new Error(`unable to open database file ${path}`)
        const db = bytes === undefined ? new Database(":memory:") : new Database(Buffer.from(bytes))
        const close = db.close.bind(db)
        db.close = () => {
          if (db.open) disk.put(at, new Uint8Array(db.serialize()))
          return close()
        }
        return db
      }
      return MemoryDatabase as unknown as SqliteDatabase
    }),
})

/** Layers for everything `runCli` needs, with no process, disk or terminal behind them. */
export const inMemoryLayer = (world: InMemoryWorld = {}) => worldLayer(new MemoryDisk(world))

const worldLayer = (disk: MemoryDisk) =>
  Layer.mergeAll(
    Layer.succeed(FileSystem.FileSystem, disk.fileSystem()),
    Layer.succeed(AssessIo, memoryIo(disk)),
    Layer.succeed(SqliteFiles, memorySqlite(disk)),
    Layer.succeed(LogStream, { tty: false, write: (text: string) => disk.log.push(text) }),
    Path.layer,
    Stdio.layerTest({ stdin: disk.stdin === undefined ? Stream.empty : Stream.make(encode(disk.stdin)) }),
    Layer.succeed(
      Terminal.Terminal,
      Terminal.make({
        columns: Effect.succeed(80),
        rows: Effect.succeed(24),
        size: unused,
        readInput: unused,
        readLine: unused,
        display: () => Effect.void,
      }),
    ),
    Layer.succeed(
      ChildProcessSpawner.ChildProcessSpawner,
      ChildProcessSpawner.make(() => unused),
    ),
    TestConsole.layer,
  )

/**
 * Runs `jixiao` in memory, deterministically: for tests and for embedding the CLI in other tools. Files
 * are read from and written to the world (`written` holds what the run wrote); `assess` grades in this
 * thread with its spools in memory. What needs a real disk (the ledger's SQLite file and its lock, .xls
 * conversion by LibreOffice) is not there.
 * @example
 * const { code, stdout } = await runInMemory(["compile", "--json", "不少于150家"])
 * const { written } = await runInMemory(["assess", "--targets", "t.txt", "--out", "out"], { files: { "t.txt": table } })
 * new TextDecoder().decode(written["out/results.json"]) // → the results, byte for byte as on disk
 */
export const runInMemory = (args: ReadonlyArray<string>, world: InMemoryWorld = {}): Promise<InMemoryRun> => {
  const disk = new MemoryDisk(world)
  return Effect.gen(function* () {
    const exit = yield* Effect.exit(runCli(args))
    const stdout = (yield* TestConsole.logLines).join("\n")
    const stderr = [
      ...disk.log
        .join("")
        .split("\n")
        .filter((l) => l !== ""),
      ...(yield* TestConsole.errorLines),
    ].join("\n")
    return { code: exitCodeOf(exit), stdout, stderr, written: disk.report() }
  }).pipe(Effect.provide(worldLayer(disk)), Effect.runPromise)
}
