import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { LedgerError } from "../ledger/ledger-error.ts"
import { findLedger, nearbyLedgerConfigs } from "./find-ledger.ts"

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-find-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const run = <A, E>(effect: Effect.Effect<A, E, NodeServices.NodeServices>) =>
  Effect.runPromise(effect.pipe(Effect.provide(NodeServices.layer)))

const write = (path: string, text = "{}") => {
  mkdirSync(join(dir, path, ".."), { recursive: true })
  writeFileSync(join(dir, path), text)
}

describe("findLedger", () => {
  it("finds the ledger beside the config, where jixiao run writes it", async () => {
    write("seeds/seed-2024.config.json", JSON.stringify({ ledger: "l.sqlite" }))
    write("seeds/l.sqlite", "")
    expect(await run(findLedger(join(dir, "seeds/seed-2024.config.json")))).toBe(join(dir, "seeds/l.sqlite"))
  })

  it("says which paths it tried when the ledger is missing", async () => {
    write("a.config.json")
    const error = await run(Effect.flip(findLedger(join(dir, "a.config.json"))))
    expect((error as LedgerError).issue).toEqual({
      code: "no_ledger",
      file: join(dir, "jixiao-ledger.sqlite"),
      tried: [
        { kind: "config_flag", path: join(dir, "a.config.json"), found: true },
        { kind: "ledger", path: join(dir, "jixiao-ledger.sqlite"), found: false },
      ],
      nearby: [],
    })
  })
})

describe("nearbyLedgerConfigs", () => {
  it("lists the configs in a folder and one level down whose ledger exists, not the others", async () => {
    write("seeds/seed-2024.config.json")
    write("seeds/jixiao-ledger.sqlite", "")
    write("2025/jixiao.config.json", JSON.stringify({ ledger: "账本/l.sqlite" }))
    write("2025/账本/l.sqlite", "")
    write("empty/jixiao.config.json")
    write("node_modules/x/a.config.json")
    write("node_modules/jixiao-ledger.sqlite", "")
    write("broken/b.config.json", "{")
    expect(await run(nearbyLedgerConfigs(dir))).toEqual([
      join(dir, "2025/jixiao.config.json"),
      join(dir, "seeds/seed-2024.config.json"),
    ])
  })
})
