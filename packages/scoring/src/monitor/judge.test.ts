import { compileTarget, type MonitorKind } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import type { MonitorPolicy } from "../policy/policy.ts"
import { presets } from "../policy/presets.ts"
import { judgeIndicator } from "./judge-target.ts"
import { timeProgress } from "./time-progress.ts"
import { treatmentOf } from "./treatment.ts"

const national = presets.national!.monitor

const judge = (
  target: string,
  toDate: string | null,
  asOf = "2024-07-31",
  options: { name?: string; level2?: string; kind?: MonitorKind; policy?: Partial<MonitorPolicy> } = {},
) => {
  const name = options.name ?? "服务企业数量"
  const compiled = compileTarget(target, {
    level1: "1-产出指标",
    level2: options.level2 ?? "11-数量指标",
    name,
    year: 2024,
  })
  const progress = timeProgress(asOf)
  if (!progress.ok) throw new Error(progress.code)
  const treatment = treatmentOf({ name }, compiled, options.kind ?? null)
  return judgeIndicator({
    target: compiled,
    treatment,
    toDate,
    progress: progress.value,
    policy: { ...national, ...options.policy },
    name,
    override: options.kind ?? null,
  })
}
const codes = (j: ReturnType<typeof judge>) => j.noted.map((n) => n.code)

describe("cumulative quantities against 序时进度 (2024-07-31: 213/366)", () => {
  // 150 × 213/366 = 87.295…; 85 % of it (the yellow boundary) = 74.2008…; 70 % (red) = 61.106…
  it.each([
    ["88家", "green"],
    ["75家", "green"],
    ["74家", "yellow"],
    ["62家", "yellow"],
    ["61家", "red"],
    ["0家", "red"],
    ["150家", "green"],
  ])("不少于150家, %s to date is %s", (toDate, light) => {
    expect(judge("不少于150家", toDate).light).toBe(light)
  })

  it("completion is the value to date ÷ the annual target, exactly", () => {
    expect(judge("不少于150家", "75家").completion!.equals(exact(75).div(150))).toBe(true)
  })

  it("the boundary of yellow is exact: completion of 85 % of 序时进度", () => {
    // On 2024-12-31 序时进度 is 1: 85 of 100 is exactly 15 % behind → yellow; 85.01 is green.
    expect(judge("≥100个", "85个", "2024-12-31").light).toBe("yellow")
    expect(judge("≥100个", "85.01个", "2024-12-31").light).toBe("green")
    expect(judge("≥100个", "70个", "2024-12-31").light).toBe("red")
    expect(judge("≥100个", "70.01个", "2024-12-31").light).toBe("yellow")
  })

  it("on 1 January any start is ahead; 29 February counts as a day of the year", () => {
    expect(judge("≥366个", "1个", "2024-01-01").light).toBe("green")
    // 60/366 of the year on 2024-02-29: 60 of 366 is exactly on schedule; 51 is 15 % behind.
    expect(judge("≥366个", "60个", "2024-02-29").completion!.equals(exact(60).div(366))).toBe(true)
    expect(judge("≥366个", "51个", "2024-02-29").light).toBe("yellow")
    expect(judge("≥366个", "51.01个", "2024-02-29").light).toBe("green")
  })

  it("ranges compare with their lower bound; above the upper bound is red whatever the date", () => {
    expect(judge("2-4次", "1次", "2024-02-01").light).toBe("green")
    expect(judge("2-4次", "5次", "2024-02-01")).toMatchObject({ light: "red" })
    expect(codes(judge("2-4次", "5次", "2024-02-01"))).toEqual(["cap_exceeded"])
  })

  it("per-item targets compare the value with the bound like a quantity", () => {
    expect(judge("每个站点≥3台桩", "3台", "2024-07-31").light).toBe("green")
    expect(judge("每个站点≥3台桩", "1台", "2024-07-31").light).toBe("red")
  })

  it("a value to date above the target by more than the policy's over-achievement is a finding", () => {
    expect(codes(judge("≥100个", "115个"))).toEqual([])
    expect(codes(judge("≥100个", "115.01个"))).toEqual(["ahead_of_target"])
    expect(codes(judge("≥100个", "106个", "2024-07-31", { policy: { overAchievement: 5 } }))).toEqual([
      "ahead_of_target",
    ])
  })

  it("a unit that cannot convert needs a person", () => {
    expect(judge("不少于150家", "80场")).toMatchObject({ light: "needs_review" })
    expect(codes(judge("不少于150家", "80场"))).toEqual(["unit_mismatch"])
  })

  it("no value to date needs a person; an unreadable one too", () => {
    expect(codes(judge("不少于150家", null))).toEqual(["actual_missing"])
    expect(codes(judge("不少于150家", "-"))).toEqual(["actual_missing"])
  })
})

describe("rates, once-a-year events and lower-is-better bounds", () => {
  it("a rate is judged against its target directly, whatever the date", () => {
    expect(judge("≥95%", "96%", "2024-01-10", { name: "资金支付率" }).light).toBe("green")
    expect(judge("≥95%", "90%", "2024-01-10", { name: "资金支付率" }).light).toBe("yellow")
    expect(judge("≥95%", "60%", "2024-12-31", { name: "资金支付率" }).light).toBe("red")
  })

  it("a once-a-year event is not due until the last day of the year", () => {
    expect(judge("≥95%", null, "2024-07-31", { name: "服务对象满意度" }).light).toBe("not_due")
    expect(judge("100%", null, "2024-12-30", { name: "项目验收合格率" }).light).toBe("not_due")
    expect(judge("100%", null, "2024-12-31", { name: "项目验收合格率" }).light).toBe("needs_review")
    expect(judge("≥95%", "97%", "2024-07-31", { name: "服务对象满意度" }).light).toBe("green")
  })

  it("the sheet's 监控口径 overrides what the name says", () => {
    expect(judge("≥95%", null, "2024-07-31", { name: "资金支付率", kind: "annual_event" }).light).toBe(
      "not_due",
    )
    // 累计: 40 % of 95 % on 2024-07-31 is behind 序时进度 by more than 15 % but less than 30 %.
    expect(judge("≥95%", "40%", "2024-07-31", { name: "资金支付率", kind: "cumulative" }).light).toBe(
      "yellow",
    )
    expect(judge("≥95%", "40%", "2024-07-31", { name: "资金支付率" }).light).toBe("red")
  })

  it("a cost past its cap is red on any date; within it green", () => {
    const cost = { level2: "14-成本指标", name: "奖补标准" }
    expect(judge("每家20万元", "21万元/家", "2024-01-05", cost).light).toBe("red")
    expect(codes(judge("每家20万元", "21万元/家", "2024-01-05", cost))).toEqual(["cap_exceeded"])
    expect(judge("每家20万元", "20万元/家", "2024-01-05", cost).light).toBe("green")
    expect(judge("少于3次", "3次", "2024-03-01", { name: "投诉次数" }).light).toBe("red")
    expect(judge("少于3次", "2次", "2024-03-01", { name: "投诉次数" }).light).toBe("green")
  })

  it("a zero target is green only when the value equals it", () => {
    expect(judge("零伤亡", "0", "2024-07-31", { name: "伤亡人数" }).light).toBe("green")
    expect(judge("0起", "1起", "2024-07-31", { name: "安全事故" }).light).not.toBe("green")
  })
})

describe("deadlines (30 days' warning by default)", () => {
  it.each([
    ["2024-10-30", null, "not_due"],
    ["2024-10-31", null, "yellow"],
    ["2024-10-31", "2024年10月完成", "green"],
    ["2024-11-01", null, "yellow"],
    ["2024-11-30", null, "yellow"],
    ["2024-12-01", null, "red"],
    ["2024-12-15", "已完成", "green"],
    ["2024-12-15", "2024年12月10日", "red"],
  ])("2024年12月前 (last day 2024-11-30), on %s with %s: %s", (asOf, toDate, light) => {
    expect(
      judge("2024年12月前", toDate, asOf, { level2: "13-时效指标", name: "资金支出及时程度" }).light,
    ).toBe(light)
  })

  it("the warning window is the policy's", () => {
    const j = judge("2024年12月前", null, "2024-10-31", {
      level2: "13-时效指标",
      policy: { deadlineWarnDays: 30 },
    })
    expect(j.light).toBe("yellow")
    expect(codes(j)).toEqual(["deadline_near"])
    expect(judge("2024年12月前", null, "2024-10-31", { policy: { deadlineWarnDays: 29 } }).light).toBe(
      "not_due",
    )
  })

  it("a passed deadline is a finding", () => {
    expect(codes(judge("2024年12月前", null, "2024-12-01"))).toEqual(["deadline_passed"])
  })
})

describe("qualitative words map to lights (one table)", () => {
  it.each([
    ["达成目标", "green"],
    ["部分达成并具有一定效果", "yellow"],
    ["未达成且效果较差", "red"],
  ])("%s → %s", (word, light) => {
    expect(judge("进一步提高", word, "2024-07-31", { level2: "22-社会效益", name: "产业影响力" }).light).toBe(
      light,
    )
  })

  it("a qualitative target with nothing written needs a person", () => {
    expect(judge("进一步提高", null, "2024-07-31", { level2: "22-社会效益", name: "产业影响力" }).light).toBe(
      "needs_review",
    )
  })

  it("targets monitoring cannot compare (a reference to another figure) need a person", () => {
    expect(codes(judge("年度计划数", "3次", "2024-07-31", { name: "开展次数" }))).toEqual([
      "target_unsupported",
    ])
    expect(judge("上、下半年各播放4周，≥20次/日", "2周", "2024-07-31", { name: "播放频率" }).light).toBe(
      "needs_review",
    )
  })

  it("a compound target is judged part by part and lit by its worst part", () => {
    const target = "合格率100%，优秀率达90%"
    const name = "队员技能"
    expect(judge(target, "合格率100%，优秀率92%", "2024-07-31", { name }).light).toBe("green")
    expect(judge(target, "合格率100%，优秀率80%", "2024-07-31", { name }).light).toBe("yellow")
    expect(judge(target, "合格率50%，优秀率92%", "2024-07-31", { name }).light).toBe("red")
    // A part with nothing that answers it needs a person.
    expect(judge(target, "合格率100%", "2024-07-31", { name }).light).toBe("needs_review")
    // Nothing reported for a survey of several parts: not due, as each part is.
    const survey = "服务对象（不少于10个处室或部门）的满意度95%及以上"
    expect(judge(survey, null, "2024-07-31", { name: "服务对象满意度" }).light).toBe("not_due")
  })

  it("a judgment in the table's words lights any target, a compound one too", () => {
    const compound = "上、下半年各播放4周，≥20次/日"
    expect(judge(compound, "部分达成并具有一定效果", "2024-07-31", { name: "播放频率" }).light).toBe("yellow")
    expect(judge("≥100个", "达成目标").light).toBe("green")
  })
})
