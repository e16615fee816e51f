/**
 * An independent, table-driven statement of what every target text of the seed table means, plus the
 * notations of docs/domain.md §2 that the seed lacks. Each row compiles one text in the context of its
 * indicator and compares only the keys it states (`toMatchObject`), plus the keys a kind implies (below).
 *
 * Semantics decided for this project (the compiler must satisfy them; the rows were written from them):
 * - `value` has the magnitude applied (`520亿` → 52000000000, `不少于1,300亿元` → 130000000000 `元`,
 *   `12万` → 120000, `不少于53万台` → 530000 `台`); percents are in points (`95%` → 95, unit `%`).
 * - `unit` is without its magnitude; aliases are normalised (平米, ㎡ → 平方米); compound units are kept as
 *   written (`次/日`, `元/人*月`); multiples have unit `倍`; `百分比` is `%`. A bare number has unit null,
 *   except when the indicator name ends with a unit in parentheses (`…（个）` → `个`, `…（%）` → `%`).
 * - `op`, words per 民法典 art. 1259: 以上/以下/以内/及以上 include the number; 超过/超/不满/以外 exclude it.
 *   不少于/不低于/至少/达到/达 → `>=`; 不超过/不高于/不大于/控制在…以内/最多 → `<=`; 少于/低于/小于 → `<`;
 *   高于/大于/超 → `>`. Symbols ≥ ≧ >= → `>=`; ＞ > → `>`; ≤ ≦ <= ‹= → `<=`; ＜ < → `<`; = ＝ ═ ﹦ → `=`.
 *   A bare value takes its direction from the indicator: 成本 in level1 or level2 → `<=`, otherwise `>=`.
 *   A zero with no comparator (`0次`) is an equality `=` 0. An explicit comparator always wins.
 * - deadlines: kind `deadline`, op `<=`, `deadline` = the last day that still counts (Asia/Shanghai dates):
 *   `2024年12月前` → 2024-11-30; `2024年底` → 2024-12-31; `11月底前` (year 2024) → 2024-11-30; `9月前`
 *   (year 2024) → 2024-08-31; `上半年` (year 2024) → 2024-06-30; a full date with 前 is inclusive
 *   (`2024.10.31前` → 2024-10-31). No year in text or context → deadline null with `deadline_year_missing`.
 * - qualitative: op/value/unit null; `sense` improve (提升 提高 增强 改善 明显 效果 …), complete (完成 实现 推进
 *   按时 及时 如期 开展 报送 上报 全覆盖 …), comply (符合 达标 合格 满足 …), file (备案 测评), describe (none).
 * - a target inside a sentence keeps its quantity; the words before it are its `label` (asserted only where
 *   the brief fixes it: `产线建成月产能`, `合格率`, `优秀率`).
 * - compound: several targets separated by ， , ； or 、 (、 only when both sides hold a number): op/value/unit
 *   null, `parts` each a simple target. per_item: `每个站点≥3台桩` → item 站点. reference: `年度计划数`,
 *   `…不大于…GB/T18916…` (value null). unparsed: only text that cannot be read at all (it carries an issue).
 *
 * Rows marked AMBIGUOUS state the reading chosen for a seed text that admits another.
 */
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { compileTarget, targetToJson } from "../index.ts"
import type { QualitativeSense, TargetContext } from "../model/target.ts"
import type { TargetJson } from "./target-json.ts"

/** What a row asserts; absent keys are not compared. Matchers (`expect.stringContaining`) are allowed. */
interface Expected {
  readonly kind: TargetJson["kind"]
  readonly op?: TargetJson["op"]
  readonly value?: number | null
  readonly unit?: string | null
  readonly deadline?: string | null
  readonly label?: string | null
  readonly item?: string | null
  readonly reference?: string | null
  readonly sense?: QualitativeSense
  readonly parts?: ReadonlyArray<Expected>
  readonly issues?: unknown
}

interface Row {
  readonly text: string
  readonly ctx: TargetContext
  readonly expect: Expected
}

const at = (level1: string, level2: string, name: string, year?: number): TargetContext =>
  year === undefined ? { level1, level2, name } : { level1, level2, name, year }

const quantity =
  (op: NonNullable<TargetJson["op"]>) =>
  (value: number, unit: string | null): Expected => ({ kind: "quantity", op, value, unit })
const ge = quantity(">=")
const gt = quantity(">")
const le = quantity("<=")
const lt = quantity("<")
const eq = quantity("=")
const qual = (sense?: QualitativeSense): Expected =>
  sense === undefined ? { kind: "qualitative" } : { kind: "qualitative", sense }
const deadline = (day: string | null): Expected => ({ kind: "deadline", op: "<=", deadline: day })
const compound = (...parts: Expected[]): Expected => ({ kind: "compound", parts })
const unparsed: Expected = { kind: "unparsed" }

/** Keys every target of a kind has, by the semantics above; a row's own keys override them. */
const implied: Record<TargetJson["kind"], Partial<Record<keyof TargetJson, unknown>>> = {
  quantity: { deadline: null, item: null, reference: null, sense: null, parts: null },
  per_item: { deadline: null, reference: null, sense: null, parts: null },
  range: { op: null, value: null, deadline: null, item: null, reference: null, sense: null, parts: null },
  deadline: { op: "<=", value: null, item: null, sense: null, parts: null },
  qualitative: {
    op: null,
    value: null,
    unit: null,
    deadline: null,
    item: null,
    reference: null,
    parts: null,
  },
  compound: { op: null, value: null, unit: null, deadline: null, item: null, reference: null, sense: null },
  reference: { value: null, deadline: null, item: null, sense: null, parts: null },
  unparsed: { value: null, deadline: null, parts: null },
}

const full = (e: Expected): Record<string, unknown> => {
  const { parts, ...own } = e
  return { ...implied[e.kind], ...own, ...(parts === undefined ? {} : { parts: parts.map(full) }) }
}

/** One row per distinct target text of seeds/000_6fa372ea3c00e953.txt, in the context of its first use. */
const seedRows: ReadonlyArray<Row> = [
  { text: "1个", ctx: at("1-产出指标", "11-数量指标", "支持发展平板显示产业项目数量"), expect: ge(1, "个") },
  // AMBIGUOUS: an investment is in 元, but no unit is written (亿 is a magnitude): unit null, not 元
  {
    text: "520亿",
    ctx: at("1-产出指标", "11-数量指标", "落户以来累计完成投资"),
    expect: ge(52_000_000_000, null),
  },
  // the number follows ≥ with no unit (片 is only implied): unit null
  {
    text: "产线建成月产能≥12万",
    ctx: at("1-产出指标", "12-质量指标", "超高清视频和新型显示产业发展质量进一步提高"),
    expect: { ...ge(120_000, null), label: "产线建成月产能" },
  },
  // bare number, unit from the name ending （个）
  {
    text: "3500",
    ctx: at("2-效益指标", "21-经济效益", "落户以来累计创造就业岗位（含劳务外包）（个）"),
    expect: ge(3500, "个"),
  },
  {
    text: "≥100亿元",
    ctx: at("2-效益指标", "21-经济效益", "项目完成年产值"),
    expect: ge(10_000_000_000, "元"),
  },
  {
    text: "进一步提高",
    ctx: at("2-效益指标", "22-社会效益", "我市超高清视频及新型显示产业影响力"),
    expect: qual("improve"),
  },
  {
    text: "390亿",
    ctx: at("1-产出指标", "11-数量指标", "落户以来累计完成投资"),
    expect: ge(39_000_000_000, null),
  },
  {
    text: "项目建成月产能≥9万片",
    ctx: at("1-产出指标", "12-质量指标", "超高清视频和新型显示产业发展质量进一步提高"),
    expect: ge(90_000, "片"),
  },
  {
    text: "2500",
    ctx: at("2-效益指标", "21-经济效益", "落户以来累计创造就业岗位（含劳务外包）（个）"),
    expect: ge(2500, "个"),
  },
  {
    text: "≥100亿",
    ctx: at("2-效益指标", "21-经济效益", "项目完成年产值"),
    expect: ge(10_000_000_000, null),
  },
  {
    text: "提升",
    ctx: at("2-效益指标", "22-社会效益", "我市超高清视频及新型显示产业影响力"),
    expect: qual("improve"),
  },
  {
    text: "310亿",
    ctx: at("1-产出指标", "11-数量指标", "落户以来累计完成投资"),
    expect: ge(31_000_000_000, null),
  },
  {
    text: "建成月产能≥9万片",
    ctx: at("1-产出指标", "12-质量指标", "超高清视频和新型显示产业发展质量进一步提高"),
    expect: ge(90_000, "片"),
  },
  {
    text: "3000",
    ctx: at("2-效益指标", "21-经济效益", "落户以来累计创造就业岗位（含劳务外包）（个）"),
    expect: ge(3000, "个"),
  },
  { text: "80亿元", ctx: at("2-效益指标", "21-经济效益", "项目完成年产值"), expect: ge(8_000_000_000, "元") },
  {
    text: "提高",
    ctx: at("2-效益指标", "22-社会效益", "我市超高清视频及新型显示产业影响力"),
    expect: qual("improve"),
  },
  { text: "≥12份", ctx: at("1-产出指标", "11-数量指标", "中小微企业运行月度分析报告"), expect: ge(12, "份") },
  // the period target of the same indicator says ≥10场: a unit disagreement for lint, not for the compiler
  {
    text: "≥10家",
    ctx: at("1-产出指标", "11-数量指标", "举办调研、走访等行业交流活动场次"),
    expect: ge(10, "家"),
  },
  {
    text: "≥10场",
    ctx: at("1-产出指标", "11-数量指标", "举办调研、走访等行业交流活动场次"),
    expect: ge(10, "场"),
  },
  { text: "100%", ctx: at("1-产出指标", "11-数量指标", "企业申报材料评审完成率"), expect: ge(100, "%") },
  {
    text: "≥1000家",
    ctx: at("1-产出指标", "11-数量指标", "开展对提交申报材料评审企业数量"),
    expect: ge(1000, "家"),
  },
  { text: "≥6份", ctx: at("1-产出指标", "11-数量指标", "提交研究报告成果"), expect: ge(6, "份") },
  { text: "≥1人", ctx: at("1-产出指标", "11-数量指标", "聘请法律顾问人数"), expect: ge(1, "人") },
  { text: "有效改善", ctx: at("2-效益指标", "24-可持续影响", "中小微企业融资环境"), expect: qual("improve") },
  // two qualitative clauses: 全覆盖 → complete; 取得良好效果 → improve (效果)
  {
    text: "全局干部法律学习培训全覆盖，面向企业普法宣传取得良好效果",
    ctx: at("2-效益指标", "24-可持续影响", "组织开展普法宣传教育、专题法制宣传、法治宣传教育专题讲座"),
    // Issue #12: a sentence of clauses in words is one qualitative target (was a compound of two).
    expect: qual("complete"),
  },
  { text: "≥95%", ctx: at("3-满意度指标", "31-服务对象满意度", "服务对象满意度（%）"), expect: ge(95, "%") },
  {
    text: "≥2场",
    ctx: at("1-产出指标", "11-数量指标", "2023 广州国际数控机床展览会举办同期活动场次"),
    expect: ge(2, "场"),
  },
  // 平米 is an alias of 平方米
  {
    text: "≥20000平米",
    ctx: at("1-产出指标", "11-数量指标", "2023 广州国际数控机床展览会活动面积"),
    expect: ge(20_000, "平方米"),
  },
  { text: "≥1个", ctx: at("1-产出指标", "11-数量指标", "促进示范运营车型新增数量"), expect: ge(1, "个") },
  { text: "≥20辆", ctx: at("1-产出指标", "11-数量指标", "促进示范运营车辆新增数量"), expect: ge(20, "辆") },
  { text: "不少于150家", ctx: at("1-产出指标", "11-数量指标", "创建清洁生产企业数"), expect: ge(150, "家") },
  { text: "≥10份", ctx: at("1-产出指标", "11-数量指标", "形成研究报告"), expect: ge(10, "份") },
  {
    text: "搭建数据库平台1个",
    ctx: at("1-产出指标", "11-数量指标", "消费品特色产业集群建设项目-广州知名品牌数据库信息平台"),
    expect: ge(1, "个"),
  },
  // 桩 is the counted noun after the unit 台
  {
    text: "每个站点≥3台桩",
    ctx: at("1-产出指标", "11-数量指标", "电动汽车公共充电基础设施安全生产抽查站点"),
    expect: { kind: "per_item", item: "站点", op: ">=", value: 3, unit: "台" },
  },
  {
    text: "≥600个",
    ctx: at("1-产出指标", "11-数量指标", "电动汽车公共充电基础设施安全生产抽查站点数"),
    expect: ge(600, "个"),
  },
  // 前10位 scopes which industries are concerned; it is not the target
  {
    text: "用水量排名前10位的工业行业单位产品用水量不大于国家发布的GB/T18916定额系列标准或省级部门制定的地方定额",
    ctx: at("1-产出指标", "12-质量指标", "工业企业单位产品用水量"),
    expect: { kind: "reference", op: "<=", value: null, reference: expect.stringContaining("GB/T18916") },
  },
  {
    text: "按时上报",
    ctx: at("1-产出指标", "13-时效指标", "广州市供电企业电力建设工程安全评估项目检查月报"),
    expect: qual("complete"),
  },
  // AMBIGUOUS: 完善 is in no key-word list above; read as improve (make better), not complete
  {
    text: "完善",
    ctx: at("2-效益指标", "22-社会效益", "完善产业链“九个一”工作体系"),
    expect: qual("improve"),
  },
  { text: "≥83%", ctx: at("2-效益指标", "23-生态效益", "工业用水重复利用率"), expect: ge(83, "%") },
  {
    text: "如期进行宣传",
    ctx: at("2-效益指标", "24-可持续影响", "省级以上主流媒体进行宣传"),
    expect: qual("complete"),
  },
  { text: "1份", ctx: at("1-产出指标", "11-数量指标", "完善产业链图谱"), expect: ge(1, "份") },
  {
    text: "≥1060家",
    ctx: at("1-产出指标", "11-数量指标", "完成规模以上制造业企业数字化转型调查"),
    expect: ge(1060, "家"),
  },
  {
    text: "≥300家",
    ctx: at("1-产出指标", "11-数量指标", "开展数据管理国家标准宣贯活动面向企业数量"),
    expect: ge(300, "家"),
  },
  {
    text: "≥60家",
    ctx: at("1-产出指标", "11-数量指标", "开展数据管理能力提升服务挑选企业数量"),
    expect: ge(60, "家"),
  },
  { text: "≥2200家", ctx: at("1-产出指标", "11-数量指标", "推进行业纳统企业数量"), expect: ge(2200, "家") },
  {
    text: "≥13%",
    ctx: at("1-产出指标", "11-数量指标", "数字经济核心产业增加值占GDP比重"),
    expect: ge(13, "%"),
  },
  {
    text: "完成报送",
    ctx: at("1-产出指标", "13-时效指标", "报送DCMM三级以上企业的典型案例"),
    expect: qual("complete"),
  },
  // the indicator name (提升广州通信枢纽影响力) minus its verb: a describe; lint reports the repetition
  {
    text: "广州通信枢纽影响力",
    ctx: at("2-效益指标", "22-社会效益", "提升广州通信枢纽影响力"),
    expect: qual("describe"),
  },
  {
    text: "≥90%",
    ctx: at("3-满意度指标", "31-服务对象满意度", "接受数字化转型调查企业满意度"),
    expect: ge(90, "%"),
  },
  {
    text: "不少于20期",
    ctx: at("1-产出指标", "11-数量指标", "举办广州市中小企业发展巡回课堂"),
    expect: ge(20, "期"),
  },
  // the unit is 班次 as a whole, not 次
  {
    text: "7班次",
    ctx: at("1-产出指标", "11-数量指标", "组织企业中高级人员经营管理培训班"),
    expect: ge(7, "班次"),
  },
  {
    text: "≥200人次",
    ctx: at("1-产出指标", "11-数量指标", "院士课堂专题培训参训人次"),
    expect: ge(200, "人次"),
  },
  { text: "≥3批次", ctx: at("1-产出指标", "11-数量指标", "院士课堂专题培训批次"), expect: ge(3, "批次") },
  // 及时 / 开展
  {
    text: "根据培训计划及时开展",
    ctx: at("1-产出指标", "13-时效指标", "企业中高级人员经营管理培训活动举办及时率"),
    expect: qual("complete"),
  },
  {
    text: "有效提升",
    ctx: at("2-效益指标", "22-社会效益", "提升中高级人员管理能力"),
    expect: qual("improve"),
  },
  {
    text: "≥200家",
    ctx: at("1-产出指标", "11-数量指标", "中外企业“走出去”对接活动受益企业数量"),
    expect: ge(200, "家"),
  },
  { text: "4场", ctx: at("1-产出指标", "11-数量指标", "举办“走出去”对接活动场次"), expect: ge(4, "场") },
  { text: "1场", ctx: at("1-产出指标", "11-数量指标", "举办中小民营企业服务主题活动"), expect: ge(1, "场") },
  { text: "2场", ctx: at("1-产出指标", "11-数量指标", "举办重点产业链供需对接活动"), expect: ge(2, "场") },
  {
    text: "80个",
    ctx: at("1-产出指标", "11-数量指标", "刊登促进中小民营企业发展公益广告的公交和电信亭灯箱数量"),
    expect: ge(80, "个"),
  },
  // 各 distributes 4周 over 上半年 and 下半年; the 、 does not split (no number on its left); 上半年 here is not a deadline
  {
    text: "上、下半年各播放4周，≥20次/日",
    ctx: at("1-产出指标", "11-数量指标", "无线电网管理宣传公益广告播放频率"),
    expect: compound(
      { ...ge(4, "周"), label: expect.stringContaining("上半年") },
      { ...ge(4, "周"), label: expect.stringContaining("下半年") },
      ge(20, "次/日"),
    ),
  },
  // AMBIGUOUS: an advertisement length, arguably exactly 60 minutes; a bare value under 数量指标 reads >=
  {
    text: "60分钟",
    ctx: at("1-产出指标", "11-数量指标", "无线电网管理宣传公益广告时长"),
    expect: ge(60, "分钟"),
  },
  { text: "≥8场", ctx: at("1-产出指标", "11-数量指标", "组织产业人才招聘活动"), expect: ge(8, "场") },
  { text: "明显", ctx: at("2-效益指标", "21-经济效益", "促进广州企业出海拓展市场"), expect: qual("improve") },
  {
    text: "年度计划数",
    ctx: at("1-产出指标", "11-数量指标", "纪检监察开展次数"),
    expect: { kind: "reference", op: ">=", value: null, reference: "年度计划数" },
  },
  { text: "增强", ctx: at("1-产出指标", "12-质量指标", "增强派驻监督工作有效开展"), expect: qual("improve") },
  { text: "2辆", ctx: at("1-产出指标", "11-数量指标", "车辆采购数量"), expect: ge(2, "辆") },
  // 以上 includes the number (民法典 art. 1259)
  { text: "700家以上", ctx: at("1-产出指标", "11-数量指标", "培育规模以上工业企业"), expect: ge(700, "家") },
  {
    text: "不少于40家",
    ctx: at("1-产出指标", "11-数量指标", "发动企业进入“专精特新”专板孵化培育"),
    expect: ge(40, "家"),
  },
  // under 14-成本指标 a bare amount is an upper bound on every item
  {
    text: "每家20万元",
    ctx: at("1-产出指标", "14-成本指标", "新认定省级专精特新中小企业给予奖补"),
    expect: { kind: "per_item", item: "家", op: "<=", value: 200_000, unit: "元" },
  },
  // in the seed this indicator ends its name with 。 instead of ；
  {
    text: "1,500家以上",
    ctx: at("2-效益指标", "21-经济效益", "带动培育省级及以上专精特新企业"),
    expect: ge(1500, "家"),
  },
  // 超 excludes the number
  {
    text: "超300家",
    ctx: at("1-产出指标", "11-数量指标", "开展“四化”评估诊断规模以上工业企业"),
    expect: gt(300, "家"),
  },
  { text: "超100家", ctx: at("1-产出指标", "11-数量指标", "“四化”改造工业企业数量"), expect: gt(100, "家") },
  {
    text: "超50个",
    ctx: at("1-产出指标", "11-数量指标", "按照“一企一策”打造“四化”改造试点示范项目"),
    expect: gt(50, "个"),
  },
  { text: "不少于12家", ctx: at("1-产出指标", "11-数量指标", "创建绿色工厂数"), expect: ge(12, "家") },
  {
    text: "不少于20家",
    ctx: at("1-产出指标", "11-数量指标", "支持企业数据管理能力成熟度贯标（DCMM）"),
    expect: ge(20, "家"),
  },
  {
    text: "≥18个",
    ctx: at("1-产出指标", "11-数量指标", "支持立项（备案）计划投资额十亿元以上重大工业项目数量"),
    expect: ge(18, "个"),
  },
  { text: "不少于5款", ctx: at("1-产出指标", "11-数量指标", "鼓励研发推出新车型"), expect: ge(5, "款") },
  {
    text: "不少于53万台",
    ctx: at("2-效益指标", "21-经济效益", "实现混合动力（含插电式混合动力）汽车产量"),
    expect: ge(530_000, "台"),
  },
  {
    text: "不少于1,300亿元",
    ctx: at("1-产出指标", "11-数量指标", "2024年自主品牌汽车产值"),
    expect: ge(130_000_000_000, "元"),
  },
  {
    text: "不少于900家",
    ctx: at("1-产出指标", "11-数量指标", "推动实施技术改造企业"),
    expect: ge(900, "家"),
  },
  { text: "8个以上", ctx: at("1-产出指标", "11-数量指标", "培育特色标杆工业园区"), expect: ge(8, "个") },
  {
    text: "超2倍",
    ctx: at("2-效益指标", "21-经济效益", "工信产业发展子基金投资广州市项目返投倍数"),
    expect: gt(2, "倍"),
  },
  { text: "超10个", ctx: at("2-效益指标", "21-经济效益", "子基金新增项目投资"), expect: gt(10, "个") },
  { text: "不低于2次", ctx: at("1-产出指标", "11-数量指标", "开展调研次数"), expect: ge(2, "次") },
  { text: "2次", ctx: at("1-产出指标", "11-数量指标", "开展调研次数"), expect: ge(2, "次") },
  { text: "90%", ctx: at("1-产出指标", "12-质量指标", "总体验收合格率90%"), expect: ge(90, "%") },
  { text: "≥1场", ctx: at("1-产出指标", "11-数量指标", "组织专项活动场次"), expect: ge(1, "场") },
  // the annual target of the same indicator is >90%: a disagreement for lint
  { text: "85", ctx: at("1-产出指标", "11-数量指标", "完成评审任务数"), expect: ge(85, null) },
  { text: ">90%", ctx: at("1-产出指标", "11-数量指标", "完成评审任务数"), expect: gt(90, "%") },
  { text: "2", ctx: at("1-产出指标", "11-数量指标", "产业数据处理服务工作报告数量"), expect: ge(2, null) },
  // 、 splits because both sides hold a number
  {
    text: "产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份",
    ctx: at("1-产出指标", "11-数量指标", "产业数据处理服务工作报告数量"),
    expect: compound(ge(1, "份"), ge(1, "份")),
  },
  { text: "1", ctx: at("1-产出指标", "11-数量指标", "新增或更新的重点企业档案数量"), expect: ge(1, null) },
  // a number is present, so 完成 does not make it qualitative
  {
    text: "完成新增或更新的重点企业档案数量≥21000家",
    ctx: at("1-产出指标", "11-数量指标", "新增或更新的重点企业档案数量"),
    expect: ge(21_000, "家"),
  },
  { text: "95%以上", ctx: at("2-效益指标", "22-社会效益", "重要服务对象满意度"), expect: ge(95, "%") },
  // AMBIGUOUS: 不少于10个处室或部门 is really the survey's scope; by the compound rule it is a part of its own
  {
    text: "服务对象（不少于10个处室或部门）的满意度95%及以上",
    ctx: at("2-效益指标", "22-社会效益", "重要服务对象满意度"),
    expect: compound(ge(10, "个"), ge(95, "%")),
  },
  {
    text: "≥36份",
    ctx: at("1-产出指标", "11-数量指标", "生成经济运行、工业投资、重大项目情况等各类报告初稿"),
    expect: ge(36, "份"),
  },
  {
    text: "22000家次",
    ctx: at("1-产出指标", "11-数量指标", "运行监测工作企业样本数据采集"),
    expect: ge(22_000, "家次"),
  },
  { text: "≥35", ctx: at("1-产出指标", "11-数量指标", "运行监测工作问卷发放量"), expect: ge(35, null) },
  { text: "35批次", ctx: at("1-产出指标", "11-数量指标", "运行监测工作问卷发放量"), expect: ge(35, "批次") },
  // AMBIGUOUS: a description of use; read by key word 报送 → complete (describe would be the other reading)
  {
    text: "报告用于支撑处室业务分析和信息报送",
    ctx: at("2-效益指标", "24-可持续影响", "宣传报道、通报"),
    expect: qual("complete"),
  },
  { text: "2份", ctx: at("1-产出指标", "11-数量指标", "调研报告"), expect: ge(2, "份") },
  { text: "推进", ctx: at("2-效益指标", "22-社会效益", "配合清算工作"), expect: qual("complete") },
  {
    text: "150辆",
    ctx: at("1-产出指标", "11-数量指标", "智能网联汽车（自动驾驶）数量"),
    expect: ge(150, "辆"),
  },
  {
    text: "120辆",
    ctx: at("1-产出指标", "11-数量指标", "智能网联汽车（自动驾驶）数量"),
    expect: ge(120, "辆"),
  },
  { text: "99%设备可用", ctx: at("1-产出指标", "11-数量指标", "设备正常运行率"), expect: ge(99, "%") },
  { text: "9个业务系统", ctx: at("1-产出指标", "11-数量指标", "运维业务系统数量"), expect: ge(9, "个") },
  {
    text: "90%以上用户使用移动办公系统",
    ctx: at(
      "2-效益指标",
      "21-经济效益",
      "保障业务人员、业务服务对象高效使用信息化成果和利用信息化平台提高工作效率，有效管理信息化资产，提高单位信息化水平",
    ),
    expect: ge(90, "%"),
  },
  // a bare percent followed by the verb it measures
  { text: "100%受理", ctx: at("2-效益指标", "24-可持续影响", "故障受理率"), expect: ge(100, "%") },
  {
    text: "90%及以上",
    ctx: at("3-满意度指标", "31-服务对象满意度", "服务对象满意度（%）"),
    expect: ge(90, "%"),
  },
  { text: "10个", ctx: at("1-产出指标", "11-数量指标", "新增信息资源"), expect: ge(10, "个") },
  { text: "5个", ctx: at("1-产出指标", "11-数量指标", "新增信息资源"), expect: ge(5, "个") },
  { text: "50", ctx: at("1-产出指标", "11-数量指标", "系统用户数"), expect: ge(50, null) },
  {
    text: "备案",
    ctx: at("1-产出指标", "12-质量指标", "符合信息安全技术网络安全等级保护技术标准"),
    expect: qual("file"),
  },
  {
    text: "测评",
    ctx: at("1-产出指标", "12-质量指标", "符合信息安全技术网络安全等级保护技术标准"),
    expect: qual("file"),
  },
  {
    text: "实现",
    ctx: at("2-效益指标", "22-社会效益", "广州市智能网联汽车（自动驾驶）混行试点示范运营"),
    expect: qual("complete"),
  },
  {
    text: "运维业务系统数量8个",
    ctx: at("1-产出指标", "11-数量指标", "运维业务系统数量"),
    expect: ge(8, "个"),
  },
  { text: "8个", ctx: at("1-产出指标", "11-数量指标", "运维业务系统数量"), expect: ge(8, "个") },
  // a number is present, so 完成 does not make it qualitative
  {
    text: "完成网络安全等级保护系统数量7个",
    ctx: at("1-产出指标", "12-质量指标", "符合信息安全技术网络安全等级保护技术标准"),
    expect: ge(7, "个"),
  },
  {
    text: "7个",
    ctx: at("1-产出指标", "12-质量指标", "符合信息安全技术网络安全等级保护技术标准"),
    expect: ge(7, "个"),
  },
  // 7*24小时 is the service window, not the target
  {
    text: "7*24小时内业务系统99%运行正常",
    ctx: at("2-效益指标", "24-可持续影响", "应用类系统正常运行率（%）"),
    expect: ge(99, "%"),
  },
  { text: "99%", ctx: at("2-效益指标", "24-可持续影响", "应用类系统正常运行率（%）"), expect: ge(99, "%") },
  { text: "20000", ctx: at("1-产出指标", "11-数量指标", "年度业务量"), expect: ge(20_000, null) },
  { text: "10000", ctx: at("1-产出指标", "11-数量指标", "年度业务量"), expect: ge(10_000, null) },
  { text: "1000", ctx: at("1-产出指标", "11-数量指标", "系统用户数"), expect: ge(1000, null) },
  // AMBIGUOUS: 二级 is the protection level (等级保护第二级), not a count of 2 级: qualitative file
  {
    text: "二级备案",
    ctx: at("1-产出指标", "12-质量指标", "符合信息安全技术网络安全等级保护技术标准"),
    expect: qual("file"),
  },
  {
    text: "1881.47平方米",
    ctx: at("1-产出指标", "11-数量指标", "物业服务面积数"),
    expect: ge(1881.47, "平方米"),
  },
  {
    text: "达100%",
    ctx: at("1-产出指标", "12-质量指标", "队员使用装备、设备熟练程度"),
    expect: ge(100, "%"),
  },
  // the first clause has no number: qualitative (满足 → comply, though 达到 might suggest complete);
  // 13-时效指标 does not make it a deadline
  {
    text: "达到满足预备役队站战备目的，预备役队员军事技能合格率100%，优秀率达90%",
    ctx: at("1-产出指标", "13-时效指标", "预备役一队正常运作"),
    expect: compound(qual("comply"), ge(100, "%"), { ...ge(90, "%"), label: "优秀率" }),
  },
  // not compound: the 、 has no number on its left; 达标 does not make it qualitative
  {
    text: "作战技能、工作作风等方面达标率95%",
    ctx: at("2-效益指标", "22-社会效益", "能打仗，打胜仗的目标要求"),
    expect: ge(95, "%"),
  },
  { text: "90%以上", ctx: at("3-满意度指标", "31-服务对象满意度", "服务对象满意度"), expect: ge(90, "%") },
  { text: "1次", ctx: at("1-产出指标", "11-数量指标", "培训和演练"), expect: ge(1, "次") },
  // before December: the last day that counts is 30 November
  {
    text: "2024年12月前",
    ctx: at("1-产出指标", "13-时效指标", "专项资金支出及时程度"),
    expect: deadline("2024-11-30"),
  },
  {
    text: "提高无线电管理工作人员的无线电监测能力水平",
    ctx: at("2-效益指标", "22-社会效益", "强化无线电管理工作者的业务水平"),
    expect: qual("improve"),
  },
  { text: "3个", ctx: at("1-产出指标", "11-数量指标", "运维业务系统数量"), expect: ge(3, "个") },
  { text: "60台", ctx: at("1-产出指标", "11-数量指标", "运维桌面办公设备数量"), expect: ge(60, "台") },
  { text: "60", ctx: at("1-产出指标", "11-数量指标", "运维桌面办公设备数量"), expect: ge(60, null) },
  { text: "98%以上", ctx: at("2-效益指标", "24-可持续影响", "办公设备运行正常"), expect: ge(98, "%") },
  // an explicit comparator wins over the (positive) satisfaction direction
  {
    text: "少于3次",
    ctx: at("3-满意度指标", "31-服务对象满意度", "受到服务对象的投诉次数"),
    expect: lt(3, "次"),
  },
  {
    text: "全部符合",
    ctx: at("1-产出指标", "12-质量指标", "符合广州市公务用车管理采购标准"),
    expect: qual("comply"),
  },
  {
    text: "2024年底",
    ctx: at("1-产出指标", "13-时效指标", "完成项目验收时间"),
    expect: deadline("2024-12-31"),
  },
  // AMBIGUOUS: the second clause is the purpose of the first (one describe), but by the split rule (，) it is
  // two qualitative parts; their senses are not asserted (describe, and complete by 完成)
  {
    text: "构建全方位智慧融合指挥系统，为完成大型活动无线电安全保障任务提供指挥调度技术支持",
    ctx: at("2-效益指标", "22-社会效益", "服务大型活动无线电安全保障"),
    // Issue #12: one qualitative sentence, not a compound of two vague parts.
    expect: qual(),
  },
]

const P = "1-产出指标"
const B = "2-效益指标"
const S = "3-满意度指标"

/** Notations of domain.md §2 that the seed lacks, and the trickiest readings of the semantics. */
const notationRows: ReadonlyArray<Row> = [
  // comparator symbols in every script
  { text: "≧90%", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: ge(90, "%") },
  { text: ">=90%", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: ge(90, "%") },
  { text: "＞90%", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: gt(90, "%") },
  { text: "＝100%", ctx: at(P, "12-质量指标", "项目验收合格率"), expect: eq(100, "%") },
  { text: "=100%", ctx: at(P, "12-质量指标", "项目验收合格率"), expect: eq(100, "%") },
  { text: "═100%", ctx: at(P, "12-质量指标", "项目验收合格率"), expect: eq(100, "%") },
  { text: "﹦100%", ctx: at(P, "12-质量指标", "项目验收合格率"), expect: eq(100, "%") },
  { text: "≤5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: le(5, "%") },
  { text: "≦5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: le(5, "%") },
  { text: "<=5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: le(5, "%") },
  { text: "‹=5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: le(5, "%") },
  { text: "＜5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: lt(5, "%") },
  { text: "<5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: lt(5, "%") },
  // comparator words (民法典 art. 1259 for 以上/以下/以内/超过/不满)
  { text: "８个以上", ctx: at(P, "11-数量指标", "培育特色标杆工业园区"), expect: ge(8, "个") },
  { text: "超过10个", ctx: at(B, "21-经济效益", "子基金新增项目投资"), expect: gt(10, "个") },
  { text: "不满3次", ctx: at(S, "31-服务对象满意度", "受到服务对象的投诉次数"), expect: lt(3, "次") },
  { text: "至少5家", ctx: at(P, "11-数量指标", "创建绿色工厂数"), expect: ge(5, "家") },
  { text: "达到80%", ctx: at(P, "12-质量指标", "培训考核通过率"), expect: ge(80, "%") },
  { text: "不超过20万元", ctx: at(P, "14-成本指标", "单场活动费用"), expect: le(200_000, "元") },
  { text: "不高于5%", ctx: at(B, "22-社会效益", "群众投诉率"), expect: le(5, "%") },
  { text: "不大于5个", ctx: at(P, "12-质量指标", "验收不合格项"), expect: le(5, "个") },
  { text: "控制在100万元以内", ctx: at(P, "14-成本指标", "项目总成本"), expect: le(1_000_000, "元") },
  { text: "10万元以内", ctx: at(P, "14-成本指标", "单项活动成本"), expect: le(100_000, "元") },
  { text: "5个以下", ctx: at(P, "12-质量指标", "验收不合格项"), expect: le(5, "个") },
  { text: "最多3次", ctx: at(P, "12-质量指标", "系统故障次数"), expect: le(3, "次") },
  { text: "少于2次", ctx: at(P, "12-质量指标", "系统故障次数"), expect: lt(2, "次") },
  { text: "低于1%", ctx: at(P, "12-质量指标", "设备故障率"), expect: lt(1, "%") },
  { text: "小于10天", ctx: at(P, "13-时效指标", "业务办结时限"), expect: lt(10, "天") },
  { text: "高于90%", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: gt(90, "%") },
  { text: "大于5个", ctx: at(P, "11-数量指标", "新增信息资源"), expect: gt(5, "个") },
  // number forms and magnitudes
  { text: "1,500人", ctx: at(P, "11-数量指标", "培训人数"), expect: ge(1500, "人") },
  { text: "９５％", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: ge(95, "%") },
  { text: "≥ 95 %", ctx: at(S, "31-服务对象满意度", "服务对象满意度"), expect: ge(95, "%") },
  { text: "≥100百分比", ctx: at(P, "13-时效指标", "资金支付率"), expect: ge(100, "%") },
  { text: "三场", ctx: at(P, "11-数量指标", "举办重点产业链供需对接活动"), expect: ge(3, "场") },
  { text: "两个", ctx: at(P, "11-数量指标", "新增信息资源"), expect: ge(2, "个") },
  { text: "一千二百人", ctx: at(P, "11-数量指标", "培训人数"), expect: ge(1200, "人") },
  // 十 without a leading digit is ten: 十二 = 12
  { text: "十二份", ctx: at(P, "11-数量指标", "中小微企业运行月度分析报告"), expect: ge(12, "份") },
  { text: "12万", ctx: at(P, "12-质量指标", "产线建成月产能"), expect: ge(120_000, null) },
  { text: "1.5万人次", ctx: at(P, "11-数量指标", "参训人次"), expect: ge(15_000, "人次") },
  { text: "不少于1.2亿元", ctx: at(P, "11-数量指标", "带动社会投资"), expect: ge(120_000_000, "元") },
  // magnitudes multiply: 千万 = 1e7
  { text: "2千万元", ctx: at(B, "21-经济效益", "带动企业新增产值"), expect: ge(20_000_000, "元") },
  // units: aliases, compound units, multiples, unit from the indicator name
  { text: "≥500平米", ctx: at(P, "11-数量指标", "活动面积"), expect: ge(500, "平方米") },
  { text: "500㎡", ctx: at(P, "11-数量指标", "活动面积"), expect: ge(500, "平方米") },
  { text: "≥20次/日", ctx: at(P, "11-数量指标", "公益广告播放频率"), expect: ge(20, "次/日") },
  { text: "≤300元/人*月", ctx: at(P, "14-成本指标", "人均伙食补助"), expect: le(300, "元/人*月") },
  { text: "3倍", ctx: at(B, "21-经济效益", "带动社会投资倍数"), expect: ge(3, "倍") },
  { text: "95", ctx: at(S, "31-服务对象满意度", "服务对象满意度（%）"), expect: ge(95, "%") },
  // direction of bare values: 成本 in level2 or in level1 is an upper bound; an explicit comparator wins
  { text: "100", ctx: at(P, "14-成本指标", "单台设备年度运维费用"), expect: le(100, null) },
  { text: "50万元", ctx: at("4-成本指标", "41-经济成本指标", "设备采购成本"), expect: le(500_000, "元") },
  { text: "≥10万元", ctx: at(P, "14-成本指标", "配套资金"), expect: ge(100_000, "元") },
  // a zero target is an equality
  { text: "0次", ctx: at(B, "22-社会效益", "安全生产事故发生次数"), expect: eq(0, "次") },
  { text: "0%", ctx: at(S, "31-服务对象满意度", "有效投诉率"), expect: eq(0, "%") },
  // deadlines: the last day that still counts
  { text: "11月底前", ctx: at(P, "13-时效指标", "完成项目验收时间", 2024), expect: deadline("2024-11-30") },
  { text: "9月前", ctx: at(P, "13-时效指标", "完成项目验收时间", 2024), expect: deadline("2024-08-31") },
  { text: "上半年", ctx: at(P, "13-时效指标", "完成项目招标时间", 2024), expect: deadline("2024-06-30") },
  { text: "2021年12月31日", ctx: at(P, "13-时效指标", "完成项目验收时间"), expect: deadline("2021-12-31") },
  { text: "2024.10.31前", ctx: at(P, "13-时效指标", "完成项目验收时间"), expect: deadline("2024-10-31") },
  { text: "2024年12月31日前", ctx: at(P, "13-时效指标", "完成项目验收时间"), expect: deadline("2024-12-31") },
  // 2024 is a leap year
  { text: "2024年2月底", ctx: at(P, "13-时效指标", "完成项目验收时间"), expect: deadline("2024-02-29") },
  // before January: the last day of the year before
  { text: "2025年1月前", ctx: at(P, "13-时效指标", "完成项目验收时间"), expect: deadline("2024-12-31") },
  // the year in the text wins over the fiscal year in the context
  { text: "2023年底", ctx: at(P, "13-时效指标", "完成项目验收时间", 2024), expect: deadline("2023-12-31") },
  {
    text: "9月前",
    ctx: at(P, "13-时效指标", "完成项目验收时间"),
    expect: {
      ...deadline(null),
      issues: expect.arrayContaining([expect.objectContaining({ code: "deadline_year_missing" })]),
    },
  },
  // compound targets
  {
    text: "合格率100%，优秀率达90%",
    ctx: at(P, "12-质量指标", "预备役队员军事技能"),
    expect: compound({ ...ge(100, "%"), label: "合格率" }, { ...ge(90, "%"), label: "优秀率" }),
  },
  {
    text: "≥10家；≥20场",
    ctx: at(P, "11-数量指标", "举办行业交流活动"),
    expect: compound(ge(10, "家"), ge(20, "场")),
  },
  {
    text: "≥3场,≥300人次",
    ctx: at(P, "11-数量指标", "举办专题培训"),
    expect: compound(ge(3, "场"), ge(300, "人次")),
  },
  {
    text: "≥10家、≥5场",
    ctx: at(P, "11-数量指标", "举办行业交流活动"),
    expect: compound(ge(10, "家"), ge(5, "场")),
  },
  // per-item targets
  {
    text: "每场不少于50人",
    ctx: at(P, "11-数量指标", "举办专题培训"),
    expect: { kind: "per_item", item: "场", op: ">=", value: 50, unit: "人" },
  },
  // qualitative key words with no number (达 / 合格 are not comparators here)
  { text: "达标", ctx: at(P, "12-质量指标", "设备运行质量"), expect: qual("comply") },
  { text: "效果明显", ctx: at(B, "22-社会效益", "宣传效果"), expect: qual("improve") },
  { text: "及时", ctx: at(P, "13-时效指标", "资金拨付及时性"), expect: qual("complete") },
  // unreadable texts
  { text: "", ctx: at(P, "11-数量指标", "开展调研次数"), expect: unparsed },
  { text: "???", ctx: at(P, "11-数量指标", "开展调研次数"), expect: unparsed },
  { text: "≥", ctx: at(P, "11-数量指标", "开展调研次数"), expect: unparsed },
  { text: "不少于", ctx: at(P, "11-数量指标", "开展调研次数"), expect: unparsed },
]

const SEED = new URL("../../../../seeds/000_6fa372ea3c00e953.txt", import.meta.url)

/** `N、一级；二级[；：]名称[；。]实施周期指标值:…；年度指标值:…。` (one indicator names end with 。). */
const INDICATOR =
  /\d+、([^；]*)；([^；：]*)[；：]([^；。]*)[；。]实施周期指标值[:：](.*?)；年度指标值[:：](.*?)。(?=\d+、|$)/g

/** Distinct target texts of the seed (period and annual), each with the context of its first use. */
const readSeedTargets = () => {
  const seed = readFileSync(SEED, "utf8")
  const first = new Map<string, TargetContext>()
  let indicators = 0
  for (const line of seed.split(/\r?\n/)) {
    const cell = line.split("\t")[2]
    if (!cell) continue
    for (const m of cell.matchAll(INDICATOR)) {
      indicators++
      const ctx = at(m[1] ?? "", m[2] ?? "", m[3] ?? "")
      for (const text of [m[4] ?? "", m[5] ?? ""]) if (!first.has(text)) first.set(text, ctx)
    }
  }
  return { first, indicators, written: seed.match(/实施周期指标值/g)?.length ?? 0 }
}

describe("seed target texts", () => {
  test("the table has exactly one row per distinct seed text, in the context of its first use", () => {
    const { first, indicators, written } = readSeedTargets()
    expect(indicators).toBe(written)
    expect(indicators).toBe(168)
    expect(first.size).toBe(142)
    const texts = seedRows.map((row) => row.text)
    expect(new Set(texts).size).toBe(texts.length)
    expect([...texts].sort()).toEqual([...first.keys()].sort())
    for (const row of seedRows) expect(row.ctx, row.text).toEqual(first.get(row.text))
  })

  test.for(seedRows)("$text — $ctx.name", (row) => {
    const json = targetToJson(compileTarget(row.text, row.ctx))
    expect(json).toMatchObject({ text: row.text, ...full(row.expect) })
  })
})

describe("target notations of domain.md §2", () => {
  test.for(notationRows)("$text — $ctx.name", (row) => {
    const json = targetToJson(compileTarget(row.text, row.ctx))
    expect(json).toMatchObject({ text: row.text, ...full(row.expect) })
    if (row.expect.kind === "unparsed") expect(json.issues).not.toHaveLength(0)
  })
})
