/**
 * A run's inputs as its id sees them: the digest of each file's bytes (read as a stream: a table of 10⁶
 * indicators is 210 MB), and the policy. The tables themselves are read by the engine, as `assess` reads
 * them.
 */
import { createHash } from "node:crypto"
import type { Policy } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Stream from "effect/Stream"
import { CliFailure } from "../errors.ts"
import { requireInputFile } from "../io/input-file.ts"
import { loadPolicy } from "../io/read-policy.ts"
import { fileReadMessage } from "../present/file-error.ts"
import { besideConfig, type Config } from "./config.ts"
import { sha256 } from "./run-id.ts"

type Role = "targets" | "actuals" | "budget" | "policy"

/** One input of a run: its role, its path as the config writes it, and the digest of its bytes. */
export interface InputDigest {
  readonly role: Role
  readonly path: string
  readonly sha256: string
}

/** sha256 of a file, read as a stream; the file must be a regular file within the input limit. */
export const fileDigest = (file: string) =>
  Effect.gen(function* () {
    yield* requireInputFile(file)
    const fs = yield* FileSystem.FileSystem
    const hash = createHash("sha256")
    yield* Stream.runForEach(fs.stream(file), (chunk) => Effect.sync(() => hash.update(chunk))).pipe(
      Effect.mapError(
        (error) => new CliFailure({ code: "input_unreadable", message: fileReadMessage(file, error) }),
      ),
    )
    return hash.digest("hex")
  })

/** Digests every input the config names, and loads the policy; paths are relative to the config's folder. */
export const readRunInputs = (config: Config, configFile: string) =>
  Effect.gen(function* () {
    const at = (path: string) => besideConfig(configFile, path)
    const digests: InputDigest[] = []
    for (const [role, path] of [
      ["targets", config.inputs.targets],
      ["actuals", config.inputs.actuals],
      ["budget", config.inputs.budget],
    ] as const) {
      if (path !== undefined) digests.push({ role, path, sha256: yield* fileDigest(at(path)) })
    }
    const policyName = config.policy ?? "national"
    const readPolicyFile = (file: string) =>
      Effect.gen(function* () {
        yield* requireInputFile(file)
        const bytes = yield* (yield* FileSystem.FileSystem)
          .readFile(file)
          .pipe(
            Effect.mapError(
              (error) => new CliFailure({ code: "input_unreadable", message: fileReadMessage(file, error) }),
            ),
          )
        digests.push({ role: "policy", path: policyName, sha256: sha256(bytes) })
        return bytes
      })
    const policy: Policy = yield* loadPolicy(policyName, at(policyName), () => readPolicyFile(at(policyName)))
    return { policy, digests }
  })
