import { describe, expect, it } from "vitest"
import { makeRunLog } from "./run-log.ts"

const capture = (format: "human" | "json", quiet: boolean, tty: boolean) => {
  const lines: string[] = []
  const log = makeRunLog({
    format,
    quiet,
    tty,
    now: () => new Date("2025-01-15T02:00:00Z"),
    write: (l) => lines.push(l),
  })
  log.step(1, 4, "read_inputs", "读取输入")
  log.event("run_recorded", "已记录运行 abc", { runId: "abc" })
  log.done()
  return lines
}

describe("run log", () => {
  it("writes one JSON object per line with time, event and data", () => {
    const [step, event] = capture("json", false, false).map((l) => JSON.parse(l))
    expect(step).toMatchObject({ time: "2025-01-15T02:00:00.000Z", event: "read_inputs", step: 1, steps: 4 })
    expect(event).toMatchObject({ event: "run_recorded", runId: "abc", message: "已记录运行 abc" })
  })

  it("says nothing when quiet", () => {
    expect(capture("human", true, true)).toEqual([])
    expect(capture("json", true, false)).toEqual([])
  })

  it("draws a progress bar on a terminal and plain lines elsewhere", () => {
    expect(capture("human", false, true)[0]).toContain("[######------------------] 1/4 读取输入")
    expect(capture("human", false, false)).toEqual(["读取输入\n", "已记录运行 abc\n"])
  })
})
