import { describe, expect, it } from "vitest"
import { seedResults } from "../../testing/index.ts"
import { renderXlsx } from "./index.ts"

describe("renderXlsx is deterministic", () => {
  it("gives byte-identical workbooks for the same results, two seconds apart (zip dates have a 2-second grain)", async () => {
    const results = await seedResults()
    const [first] = await renderXlsx(results)
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const [second] = await renderXlsx(results)
    expect(
      Buffer.from(second!.contents as Uint8Array).equals(Buffer.from(first!.contents as Uint8Array)),
    ).toBe(true)
  })
})
