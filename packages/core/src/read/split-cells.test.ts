/**
 * Split layouts as published: the rows of 重庆市荣昌区林业局's 2022 项目绩效目标表 (计量单位 / 指标性质 / 指标值),
 * of 乌海市供销合作社联合社's 2021 表 (指标性质 正向 / 指标方向 = / 计量单位), and of 井研县's 2023 申报表
 * (指标性质 ≥ / 度量单位), each cited in test/fixtures/published/targets/.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { compileTarget } from "../compile/compile-target.ts"
import { parseCsvTable } from "./csv/csv-table.ts"

const read = (content: string) => Effect.runSync(parseCsvTable(content, "t.csv"))
const targetsOf = (content: string) =>
  read(content).units.flatMap((u) =>
    u.projects.flatMap((p) => p.indicators.map((i) => i.annual?.text ?? null)),
  )

describe("split comparator and unit cells", () => {
  it("joins 指标性质 and 计量单位 into the target (荣昌区林业局)", () => {
    const csv = [
      "项目,一级指标,二级指标,三级指标,计量单位,指标性质,指标值",
      "森林抚育,产出指标,数量指标,绿化美化公路,米,=,3500",
      "森林抚育,产出指标,质量指标,树木成活率,%,≥,85",
      "森林抚育,效益指标,社会效益指标,群众生态意识,无,定性,有效提高",
    ].join("\n")
    expect(targetsOf(csv)).toEqual(["=3500米", "≥85%", "有效提高"])
    expect(compileTarget("≥85%")).toMatchObject({ op: ">=", unit: "%" })
  })

  it("takes the printed comparator over a direction word, and skips a unit cell that holds a number (乌海)", () => {
    const csv = [
      "项目,一级指标,二级指标,三级指标,指标性质,指标方向,目标值,计量单位",
      "供销社经费,产出指标,数量指标,出差人数,正向,=,8,",
      "供销社经费,产出指标,质量指标,工作任务完成率,正向,=,100,%",
      '供销社经费,产出指标,时效指标,项目财政资金到位时间,正向,=,"44,561","44,561"',
    ].join("\n")
    expect(targetsOf(csv)).toEqual(["=8", "=100%", "=44,561"])
  })

  it("reads 正向 and 反向 as ≥ and ≤ where no comparator is printed", () => {
    const csv = [
      "项目,一级指标,二级指标,三级指标,指标方向性,指标值,度量单位",
      "P,产出指标,数量指标,培训人次,正向指标,500,人次",
      "P,产出指标,成本指标,人均成本,反向指标,200,元",
      "P,产出指标,数量指标,已带比较符,正向指标,≤3,次",
    ].join("\n")
    expect(targetsOf(csv)).toEqual(["≥500人次", "≤200元", "≤3次"])
  })
})
