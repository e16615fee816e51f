/**
 * `--policy` and the config's `policy` key: a preset by name, or a policy file (JSON) merged onto the preset
 * it extends. One rule for both, so that `beijing` is refused the same way by `assess` and by `run`.
 */
import {
  decodePolicyText,
  formatPolicyError,
  isPresetName,
  type Policy,
  type PolicyError,
  presets,
  unknownPolicy,
} from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"

const failure = (error: PolicyError) =>
  new CliFailure({ code: "policy_invalid", message: formatPolicyError(error).join("\n") })

/**
 * The policy `name` stands for: a preset, or the file at `file` (the name, or the name beside a config),
 * read with `read`. A name that is neither fails listing the presets, not with "file not found".
 */
export const loadPolicy = <R>(
  name: string,
  file: string,
  read: (file: string) => Effect.Effect<Uint8Array, CliFailure, R>,
): Effect.Effect<Policy, CliFailure, R | FileSystem.FileSystem> =>
  Effect.gen(function* () {
    if (isPresetName(name)) return presets[name]!
    const fs = yield* FileSystem.FileSystem
    const exists = yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false))
    if (!exists) return yield* failure(unknownPolicy(name, file))
    const bytes = yield* read(file)
    return yield* decodePolicyText(new TextDecoder().decode(bytes), name).pipe(Effect.mapError(failure))
  })
