import { describe, expect, it } from "vitest"
import { renderers } from "./formats/index.ts"
import { INDICATOR_HEADER_ROW } from "./formats/xlsx/indicator-block.ts"
import { indicatorHeadings, targetHeading } from "./target-heading.ts"
import { loadWorkbook, seedResults } from "./testing/index.ts"

describe("the target heading", () => {
  it("says which target was graded, in every 自评表", async () => {
    expect(targetHeading("annual")).toBe("年度指标值")
    expect(indicatorHeadings(targetHeading("period"))[3]).toBe("实施周期指标值")
    const period = { ...(await seedResults()), basis: "period" as const }
    const [page] = await (await renderers.html())(period)
    expect(page!.contents as string).toContain('<th scope="col">实施周期指标值</th>')
    expect(page!.contents as string).not.toContain('<th scope="col">年度指标值</th>')
    const [xlsx] = await (await renderers.xlsx())(period)
    const book = await loadWorkbook(xlsx!.contents)
    const projectSheet = book.worksheets.find((s) => s.getCell("A1").value === "项目支出绩效自评表")!
    expect(projectSheet.getRow(INDICATOR_HEADER_ROW).getCell(4).value).toBe("实施周期指标值")
  })
})
