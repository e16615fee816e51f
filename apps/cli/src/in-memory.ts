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
import { runCli } from "./run.ts"

/** The world of an in-memory run: the whole file system (path → text) and the standard input. */
export interface InMemoryWorld {
  readonly files?: Readonly<Record<string, string>>
  readonly stdin?: string
}

/** What an in-memory run printed, and its exit code. */
export interface InMemoryRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const unused = Effect.die("not used by jixiao")

/** What stat says of a regular file of `size` bytes. */
const fileInfo = (size: number): FileSystem.File.Info => ({
  type: "File",
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

/** Layers for everything `runCli` needs, with no process, disk or terminal behind them. */
export const inMemoryLayer = (world: InMemoryWorld = {}) =>
  Layer.mergeAll(
    FileSystem.layerNoop({
      // Every file of the world is a regular file (inputs are checked with stat before they are read).
      stat: (path) => {
        const text = world.files?.[path]
        return text === undefined
          ? Effect.fail(
              systemError({ _tag: "NotFound", module: "FileSystem", method: "stat", pathOrDescriptor: path }),
            )
          : Effect.succeed(fileInfo(encode(text).length))
      },
      readFile: (path) => {
        const text = world.files?.[path]
        return text === undefined
          ? Effect.fail(
              systemError({
                _tag: "NotFound",
                module: "FileSystem",
                method: "readFile",
                pathOrDescriptor: path,
              }),
            )
          : Effect.succeed(encode(text))
      },
    }),
    Path.layer,
    Stdio.layerTest({ stdin: world.stdin === undefined ? Stream.empty : Stream.make(encode(world.stdin)) }),
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
 * Runs `jixiao` in memory, deterministically: for tests and for embedding the CLI in other tools.
 * @example
 * const { code, stdout } = await runInMemory(["compile", "--json", "不少于150家"])
 */
export const runInMemory = (args: ReadonlyArray<string>, world: InMemoryWorld = {}): Promise<InMemoryRun> =>
  Effect.gen(function* () {
    const exit = yield* Effect.exit(runCli(args))
    const stdout = (yield* TestConsole.logLines).join("\n")
    const stderr = (yield* TestConsole.errorLines).join("\n")
    return { code: exitCodeOf(exit), stdout, stderr }
  }).pipe(Effect.provide(inMemoryLayer(world)), Effect.runPromise)
