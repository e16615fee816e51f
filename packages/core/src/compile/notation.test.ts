/**
 * The target language of issue #12, text by text: what each notation compiles to (`compile --json` keys).
 * The meanings are domain §2's and the Civil Code's (art. 1259); each row would fail on the compiler before
 * the issue (ranges read as two lower bounds, zero targets as vague words, baselines as deadlines …).
 */
import { describe, expect, it } from "vitest"
import type { TargetContext } from "../model/target.ts"
import { compileTarget } from "./compile-target.ts"
import { targetToJson } from "./to-json.ts"

const json = (text: string, context: TargetContext = {}) => targetToJson(compileTarget(text, context))
const range = (min: string, max: string, unit: string | null, ops: [string, string] = [">=", "<="]) => ({
  minExact: min,
  maxExact: max,
  kind: "range",
  min: Number(min),
  max: Number(max),
  minOp: ops[0],
  maxOp: ops[1],
  unit,
})

describe("ranges", () => {
  it.each([
    ["2-4次", range("2", "4", "次"), "2 ~ 4 次"],
    ["80%-90%", range("80", "90", "%"), "80% ~ 90%"],
    ["6～8家", range("6", "8", "家"), "6 ~ 8 家"],
    ["20至30人", range("20", "30", "人"), "20 ~ 30 人"],
    ["介于3与5之间", range("3", "5", null), "3 ~ 5"],
    ["控制在1-2天", range("1", "2", "天"), "1 ~ 2 天"],
    ["误差±3%以内", range("-3", "3", "%"), "误差 ±3%"],
    ["≥90%、≤110%", range("90", "110", "%"), "90% ~ 110%"],
    [">90%、<110%", range("90", "110", "%", [">", "<"]), "> 90%、< 110%"],
    ["1-2万元", range("10000", "20000", "元"), "10,000 ~ 20,000 元"],
    ["增长率-2%~5%", range("-2", "5", "%"), "增长率 -2% ~ 5%"],
  ])("%s", (text, expected, expects) => {
    expect(json(text)).toMatchObject({ ...expected, expects })
  })

  it.each([
    ["2023-2025年", { kind: "deadline", deadline: "2025-12-31" }],
    ["2022年3月-11月", { kind: "deadline", deadline: "2022-11-30" }],
    ["2021年2月--2021年10月", { kind: "deadline", deadline: "2021-10-31", expects: "不晚于 2021-10-31" }],
    ["2023.07-2024.01", { kind: "deadline", deadline: "2024-01-31" }],
  ])("a span of dates stays a date: %s", (text, expected) => {
    const compiled = json(text)
    expect(compiled).toMatchObject(expected)
    expect(compiled.issues.map((i) => i.code)).not.toContain("deadline_year_missing")
  })

  it("never reads the second number of a range as negative", () => {
    expect(json("2-4次").parts).toBeNull()
    expect(json("80%-90%").min).toBe(80)
  })
})

describe("units after a number", () => {
  it.each([
    ["≥5km", "公里"],
    ["≥3t", "吨"],
    ["≥200kW", "千瓦"],
    ["≥100Mbps", "Mbps"],
    ["3‰以下", "‰"],
    ["≤30℃", "℃"],
    ["≥500㎡", "平方米"],
    ["50元/人/月", "元/人/月"],
    ["≥530元/人*月", "元/人*月"],
    ["≥6架", "架"],
    ["≥70村", "村"],
    ["1批", "批"],
  ])("%s → %s", (text, unit) => {
    expect(json(text)).toMatchObject({ kind: "quantity", unit })
  })

  it("keeps a comparator word after a rate unit (`元/人以上`)", () => {
    expect(json("≥50元/人以上")).toMatchObject({ op: ">=", unit: "元/人" })
  })

  it("reads money without its currency in a cost indicator", () => {
    const cost = { level2: "14-成本指标" }
    expect(json("≤5万/月", cost)).toMatchObject({ op: "<=", exact: "50000", unit: "元/月" })
    expect(json("≤28.40/株", cost)).toMatchObject({ op: "<=", unit: "元/株" })
    expect(json("≤5万/月", cost).issues.map((i) => i.code)).toContain("currency_assumed")
  })

  it("takes the unit and magnitude the name gives", () => {
    expect(json("500", { name: "项目投资额（万元）" })).toMatchObject({
      exact: "5000000",
      unit: "元",
      op: ">=",
    })
    expect(json("95", { name: "资金拨付率(≥**%)" })).toMatchObject({ exact: "95", unit: "%", op: ">=" })
    expect(json("28.4", { name: "补助成本(≤**元/株)", level2: "14-成本指标" })).toMatchObject({
      op: "<=",
      unit: "元/株",
    })
  })

  it("does not take 5G for a number (`5G基站10个`)", () => {
    expect(json("5G基站10个")).toMatchObject({ kind: "quantity", exact: "10", unit: "个" })
  })
})

describe("zero targets", () => {
  it.each([
    ["零伤亡", "伤亡"],
    ["未发生重大责任事故", "重大责任事故"],
    ["无重大安全事故", "重大安全事故"],
    ["0次", null],
  ])("%s is a count of 0", (text, label) => {
    expect(json(text)).toMatchObject({ kind: "quantity", op: "=", exact: "0", label })
  })

  it("a yes/no target is a denial or an affirmation", () => {
    expect(json("否", { name: "已建工程是否存在质量问题" })).toMatchObject({
      kind: "qualitative",
      sense: "deny",
    })
    expect(json("是")).toMatchObject({ kind: "qualitative", sense: "affirm" })
  })
})

describe("lower is better, from the name", () => {
  it.each([
    ["预算调整率", "5%"],
    ["结转结余率", "10%"],
    ["超支率", "0.5%"],
    ["测量误差", "2%"],
    ["投诉次数", "3次"],
    ["房屋空置率", "5%"],
    ["返工率", "1%"],
    ["完成时限", "1"],
  ])("%s %s is ≤", (name, text) => {
    const compiled = json(text, { name })
    expect(compiled.op).toBe("<=")
    expect(compiled.issues.map((i) => i.code)).toContain("direction_inferred")
  })

  it.each([
    ["投诉处理率", "100%"],
    ["违法案件查办率", "100%"],
    ["事故处置及时率", "95%"],
    ["资助标准达标率", "100%", "14-成本指标"],
    ["维持时效", "1年", "13-时效指标"],
  ])("%s %s is ≥ (handled, complied, lasting)", (name, text, level2 = "11-数量指标") => {
    expect(json(text, { name, level2 }).op).toBe(">=")
  })
})

describe("previous-year references", () => {
  it.each([
    ["不低于去年水平", ">=", "上年", null, "≥ 上年水平"],
    ["高于上年", ">", "上年", null, "> 上年水平"],
    ["与上年持平", ">=", "上年", null, "≥ 上年水平"],
    ["不低于2023年", ">=", "2023", null, "≥ 2023年水平"],
    ["比上年增长8%", ">=", "上年", { by: "percent", value: "8", unit: null }, "比上年增长 ≥ 8%"],
    ["同比提高3个百分点", ">=", "上年", { by: "points", value: "3", unit: null }, "比上年提高 ≥ 3 百分点"],
    ["较上年下降5%", "<=", "上年", { by: "percent", value: "-5", unit: null }, "比上年下降 ≥ 5%"],
    ["比2023年增长10%以上", ">=", "2023", { by: "percent", value: "10", unit: null }, "比2023年增长 ≥ 10%"],
  ])("%s", (text, op, baseline, change, expects) => {
    expect(json(text)).toMatchObject({ kind: "reference", op, baseline, change, expects })
  })

  it("names last year without comparing: no reference", () => {
    expect(json("完成上年度结转任务").kind).toBe("qualitative")
    expect(json("2024年12月前").kind).toBe("deadline")
  })
})

describe("percent in words and Chinese numerals", () => {
  it.each([
    ["百分之八十", ">=", "80"],
    ["百分之95", ">=", "95"],
    ["七成以上", ">=", "70"],
    ["不低于九成", ">=", "90"],
  ])("%s", (text, op, exact) => {
    expect(json(text)).toMatchObject({ kind: "quantity", op, exact, unit: "%" })
  })
})

describe("deadlines", () => {
  it("keeps the month and day of a month-only deadline without a year", () => {
    expect(json("10月前")).toMatchObject({ kind: "deadline", deadline: null, monthDay: "09-30" })
    expect(json("11月底前")).toMatchObject({ monthDay: "11-30" })
  })

  it("reads an Excel date serial in a 时效 cell, and says so", () => {
    const compiled = json("44,561", { level2: "13-时效指标", name: "项目财政资金到位时间" })
    expect(compiled).toMatchObject({ kind: "deadline", deadline: "2021-12-31" })
    expect(compiled.issues.map((i) => i.code)).toContain("excel_serial_date")
    expect(json("44,561", { level2: "11-数量指标" }).kind).toBe("quantity")
  })
})

describe("sentences", () => {
  it("a sentence of clauses in words is one qualitative target", () => {
    const compiled = json("严格执行预算，控制在批复范围内")
    expect(compiled).toMatchObject({
      kind: "qualitative",
      parts: null,
      expects: "严格执行预算，控制在批复范围内",
    })
    expect(compiled.issues.map((i) => i.code)).toEqual(["sentence_as_one"])
  })

  it("a compound keeps its measured parts and one part in words", () => {
    const compiled = json("进一步加强管理，确保资金安全，资金拨付率100%")
    expect(compiled.kind).toBe("compound")
    expect(compiled.parts?.map((p) => p.kind)).toEqual(["qualitative", "quantity"])
  })

  it("list markers are not targets", () => {
    expect(json("1、服务质量良好；2、满意度≥90%").parts?.map((p) => p.expects)).toEqual([
      "服务质量良好",
      "满意度 ≥ 90%",
    ])
  })
})

describe("what the review of the change found (each row was misread)", () => {
  it.each([
    "上年结转资金支出率",
    "结转资金使用率",
    "结余资金上缴率",
    "办理案件数量",
    "审结案件数",
    "受理信访件",
    "受污染耕地安全利用率",
    "矛盾纠纷调解成功率",
    "闲置资产盘活率",
    "负面清单执行率",
    "污染物减排量",
    "火灾隐患排查次数",
    "故障设备更换数量",
    "辍学学生劝返",
  ])("%s: a bad thing handled is to be high (≥)", (name) => {
    expect(json("100", { name }).op).toBe(">=")
  })

  it.each([
    ["2024/12/31", "2024-12-31"],
    ["2024/09/30前", "2024-09-30"],
    ["6-8月", "2024-08-31"],
    ["2024年3-6月", "2024-06-30"],
  ])("%s is a deadline", (text, deadline) => {
    expect(json(text, { year: 2024 })).toMatchObject({ kind: "deadline", deadline })
  })

  it.each([
    ["2024年度完成数≥100个", "quantity", "100"],
    ["2024年完成值不低于500万元", "quantity", "5000000"],
  ])("%s keeps its own number: the year names the period", (text, kind, exact) => {
    expect(json(text)).toMatchObject({ kind, exact })
  })

  it.each([
    ["不低于上年的95%", "0.95"],
    ["达到上年的1.2倍", "1.2"],
    ["比上年翻一番", "2"],
  ])("%s is a multiple of last year", (text, value) => {
    expect(json(text)).toMatchObject({ kind: "reference", baseline: "上年", change: { by: "ratio", value } })
  })

  it("在上年基础上提高5% is a growth on last year", () => {
    expect(json("在上年基础上提高5%")).toMatchObject({
      kind: "reference",
      change: { by: "percent", value: "5" },
    })
  })

  it.each([
    ["三至五次", 3, 5, "次"],
    ["两到三天", 2, 3, "天"],
    ["≥80%且≤100%", 80, 100, "%"],
    ["不低于90%且不高于110%", 90, 110, "%"],
    ["每年2-4次", 2, 4, "次/年"],
  ])("%s is a range", (text, min, max, unit) => {
    expect(json(text)).toMatchObject({ kind: "range", min, max, unit })
  })

  it("keeps 行为 whole in a zero target's thing", () => {
    expect(json("无违规违纪行为")).toMatchObject({ kind: "quantity", op: "=", label: "违规违纪行为" })
  })
})
