import { createHash } from "node:crypto"
/**
 * How jixiao writes its outputs: a set of files whole or not at all. Each file is written to a temporary
 * file created exclusively under a random name (see temporary-name.ts), and only when every file of the
 * set is complete are they renamed over their targets, so a full disk or a refused write midway leaves
 * the previous set of reports whole and no temporary file behind.
 *
 * Links: someone who can write to the output folder could plant a symbolic link at a report's path (or
 * make the folder a link) so that jixiao, run as root by cron, overwrites a file elsewhere. A report path
 * that is a link, a folder inside the output folder that is a link, and an output folder that is a link
 * leading out of the folder that holds it are refused unless `allowSymlinks` is set; even then the rename
 * replaces a link at a report's path by the new file and never writes to what it pointed at.
 */
import { dirname, join, relative, resolve, sep } from "node:path"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Stream from "effect/Stream"
import { CliFailure } from "../errors.ts"
import { removeOnStop } from "../interrupt.ts"
import {
  fileWriteMessage,
  folderWriteMessage,
  linkedFileMessage,
  linkedFolderMessage,
  linkedStepMessage,
  outsideFolderMessage,
} from "../present/file-error.ts"
import { temporaryPath } from "./temporary-name.ts"

/** How outputs treat symbolic links. */
export interface WriteOptions {
  /** Write through an output folder that is a link leading elsewhere, and replace links at report paths. */
  readonly allowSymlinks?: boolean
}

/** One file to write: a name relative to the output folder, and its text (UTF-8) or bytes. */
export interface OutputFile {
  readonly name: string
  readonly contents: string | Uint8Array
}

/** A file written to its temporary path, waiting to be renamed over its target. */
export interface StagedFile {
  readonly temporary: string
  readonly target: string
  /** The target as it is shown: the output folder as the user gave it, joined with the name. */
  readonly shown: string
  /** Drops the temporary file from the files a stop signal removes (once renamed or removed). */
  readonly forget: () => void
}

/** True when the resolved `target` lies strictly inside `dir` (not `dir` itself, not `../x`, not `/etc/x`). */
export const isInside = (dir: string, target: string): boolean => {
  const base = resolve(dir)
  return target.startsWith(base.endsWith(sep) ? base : `${base}${sep}`)
}

const failWith = (message: string) => Effect.fail(new CliFailure({ code: "output_unwritable", message }))

/** The link's target when `path` is a symbolic link, else null (also when it does not exist). */
const linkAt = (fs: FileSystem.FileSystem, path: string) =>
  fs.lstat(path).pipe(
    Effect.flatMap((info) =>
      info.type === "SymbolicLink"
        ? fs.readLink(path).pipe(Effect.orElseSucceed(() => "?"))
        : Effect.succeed(null),
    ),
    Effect.orElseSucceed((): string | null => null),
  )

/**
 * Refuses an output folder that is a symbolic link leading out of the folder that holds it (`out` →
 * `/etc`), unless links are allowed. A link to a folder beside it (`out` → `out-2024`) is kept.
 */
export const checkOutputFolder = (dir: string, options: WriteOptions = {}) =>
  Effect.gen(function* () {
    if (options.allowSymlinks === true) return
    const fs = yield* FileSystem.FileSystem
    const folder = resolve(dir)
    const link = yield* linkAt(fs, folder)
    if (link === null) return
    const real = yield* fs.realPath(folder).pipe(Effect.orElseSucceed(() => resolve(dirname(folder), link)))
    const holder = yield* fs.realPath(dirname(folder)).pipe(Effect.orElseSucceed(() => dirname(folder)))
    if (!isInside(holder, real)) return yield* failWith(linkedFolderMessage(dir, link))
  })

/** A directory where a report goes: refused when staging, since the rename would fail only midway through the set. */
const checkNotFolder = (fs: FileSystem.FileSystem, target: string, shown: string) =>
  fs.stat(target).pipe(
    Effect.map((info) => info.type === "Directory"),
    Effect.orElseSucceed(() => false),
    Effect.flatMap((folder) =>
      folder
        ? failWith(fileWriteMessage(shown, Object.assign(new Error("EISDIR"), { code: "EISDIR" })))
        : Effect.void,
    ),
  )

/** Refuses links at the report's path and at the folders between the output folder and it. */
const checkPath = (fs: FileSystem.FileSystem, dir: string, name: string, target: string) =>
  Effect.gen(function* () {
    const steps = relative(resolve(dir), target).split(sep)
    let at = resolve(dir)
    for (const [i, step] of steps.entries()) {
      at = join(at, step)
      const link = yield* linkAt(fs, at)
      if (link === null) continue
      const shown = join(dir, name)
      return yield* failWith(
        i === steps.length - 1 ? linkedFileMessage(shown, link) : linkedStepMessage(shown, at, link),
      )
    }
  })

const bytesOf = (contents: string | Uint8Array): Uint8Array =>
  typeof contents === "string" ? new TextEncoder().encode(contents) : contents

/**
 * Writes one file of a set to a fresh temporary file beside its target (created exclusively: an
 * existing file or link there is an error). Nothing is renamed yet; see {@link commitFiles}.
 */
export const stageFile = (dir: string, file: OutputFile, options: WriteOptions = {}) =>
  Effect.gen(function* () {
    const target = resolve(dir, file.name)
    if (!isInside(dir, target)) return yield* failWith(outsideFolderMessage(file.name, dir))
    const fs = yield* FileSystem.FileSystem
    if (options.allowSymlinks !== true) yield* checkPath(fs, dir, file.name, target)
    const shown = join(dir, file.name)
    yield* checkNotFolder(fs, target, shown)
    yield* fs
      .makeDirectory(dirname(target), { recursive: true })
      .pipe(
        Effect.mapError(
          (error) =>
            new CliFailure({ code: "output_unwritable", message: folderWriteMessage(dirname(shown), error) }),
        ),
      )
    const temporary = temporaryPath(dirname(target))
    // A stop signal (SIGTERM, Ctrl-C) before the commit removes it too.
    const forget = removeOnStop(temporary)
    yield* fs.writeFile(temporary, bytesOf(file.contents), { flag: "wx" }).pipe(
      Effect.tapError(() => fs.remove(temporary).pipe(Effect.ignore, Effect.ensuring(Effect.sync(forget)))),
      Effect.mapError(
        (error) =>
          new CliFailure({ code: "output_unwritable", message: fileWriteMessage(shown, error, true) }),
      ),
    )
    return { temporary, target, shown, forget } satisfies StagedFile
  })

/** Removes the temporary files of a set that will not be committed. */
export const discardFiles = (staged: ReadonlyArray<StagedFile>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    yield* Effect.forEach(
      staged,
      (s) => fs.remove(s.temporary).pipe(Effect.ignore, Effect.ensuring(Effect.sync(s.forget))),
      { discard: true },
    )
  })

/**
 * Renames every staged file over its target, in order; returns the paths as shown. A rename stays within
 * one folder (the temporary file is beside its target), so it replaces the target, or a link there, in
 * one step.
 */
export const commitFiles = (staged: ReadonlyArray<StagedFile>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    for (const [i, s] of staged.entries()) {
      yield* fs.rename(s.temporary, s.target).pipe(
        Effect.tap(() => Effect.sync(s.forget)),
        Effect.tapError(() => discardFiles(staged.slice(i))),
        Effect.mapError(
          (error) => new CliFailure({ code: "output_unwritable", message: fileWriteMessage(s.shown, error) }),
        ),
      )
    }
    return staged.map((s) => s.shown)
  })

/** A file of a set as committed: its path as shown, its digest, and whether it was written. */
export interface CommittedFile {
  readonly path: string
  readonly sha256: string
  /** False when the file on disk already had exactly these bytes. */
  readonly written: boolean
}

/** sha256 of a file's bytes, read as a stream (a results.json of 10⁶ indicators is 700 MB). */
const fileDigest = (fs: FileSystem.FileSystem, path: string) =>
  Effect.gen(function* () {
    const hash = createHash("sha256")
    yield* Stream.runForEach(fs.stream(path), (chunk) => Effect.sync(() => hash.update(chunk)))
    return hash.digest("hex")
  })

/** {@link commitFiles}, leaving alone a target that already holds the staged bytes. */
const commitChangedFiles = (staged: ReadonlyArray<StagedFile>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const committed: CommittedFile[] = []
    const changed: StagedFile[] = []
    for (const s of staged) {
      const digest = yield* fileDigest(fs, s.temporary).pipe(
        Effect.tapError(() => discardFiles(staged)),
        Effect.mapError(
          (error) => new CliFailure({ code: "output_unwritable", message: fileWriteMessage(s.shown, error) }),
        ),
      )
      // A link or folder at the target is never read through: OutputSet refused it (or will replace it).
      const staging = yield* fs.stat(s.temporary).pipe(Effect.orElseSucceed(() => null))
      const target = yield* fs.lstat(s.target).pipe(Effect.orElseSucceed(() => null))
      const same =
        target !== null &&
        staging !== null &&
        target.type === "File" &&
        target.size === staging.size &&
        (yield* fileDigest(fs, s.target).pipe(Effect.orElseSucceed(() => ""))) === digest
      if (same) yield* discardFiles([s])
      else changed.push(s)
      committed.push({ path: s.shown, sha256: digest, written: !same })
    }
    yield* commitFiles(changed)
    return committed
  })

/**
 * The files of one set, staged as they come and committed together: a failure anywhere before the
 * commit removes what was staged and leaves the previous files as they were.
 */
export class OutputSet {
  private readonly staged: StagedFile[] = []

  constructor(
    readonly dir: string,
    readonly options: WriteOptions = {},
  ) {}

  /** Checks the output folder (see {@link checkOutputFolder}). */
  check() {
    return checkOutputFolder(this.dir, this.options)
  }

  /** Writes a file of the set to its temporary path. */
  stage(file: OutputFile) {
    return Effect.tap(stageFile(this.dir, file, this.options), (s) => Effect.sync(() => this.staged.push(s)))
  }

  /** Takes in a file someone else wrote to a temporary path (a streamed results.json). */
  adopt(staged: StagedFile): void {
    this.staged.push(staged)
  }

  /** Renames every staged file over its target; returns the paths as shown. */
  commit() {
    return Effect.suspend(() => commitFiles(this.staged.splice(0)))
  }

  /**
   * Renames every staged file over its target unless the target already holds exactly these bytes (then
   * the temporary file goes and the target is not touched): a rerun with unchanged inputs writes nothing.
   * Returns each file with its digest and whether it was written.
   */
  commitChanged() {
    return Effect.suspend(() => commitChangedFiles(this.staged.splice(0)))
  }

  /** Removes whatever is still staged (nothing after a commit). */
  discard() {
    return Effect.suspend(() => discardFiles(this.staged.splice(0)))
  }

  /**
   * Checks the folder, runs `effect` (which stages files), then commits the set; returns what `effect`
   * returned. On any failure the staged files are removed and the previous files stay as they were.
   */
  writeWith<A, E, R>(effect: Effect.Effect<A, E, R>) {
    return this.check().pipe(
      Effect.andThen(effect),
      Effect.tap(() => this.commit()),
      Effect.onExit(() => this.discard()),
    )
  }
}

/** Writes a whole set of files into `dir`: all of them, or (on any failure) none. Returns the paths. */
export const writeFileSet = (dir: string, files: ReadonlyArray<OutputFile>, options: WriteOptions = {}) =>
  Effect.gen(function* () {
    const set = new OutputSet(dir, options)
    const staged = yield* set.writeWith(Effect.forEach(files, (file) => set.stage(file)))
    return staged.map((s) => s.shown)
  })

/** Writes one file whole or not at all (see {@link writeFileSet}); returns its path. */
export const writeFileAtomic = (
  dir: string,
  name: string,
  contents: string | Uint8Array,
  options?: WriteOptions,
) => Effect.map(writeFileSet(dir, [{ name, contents }], options), (paths) => paths[0]!)
