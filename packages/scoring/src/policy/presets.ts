/**
 * Built-in scoring policies. Sources are named in each description; what could not be verified says so
 * (see test/fixtures/published/README.md, "Provincial scoring profiles").
 */
import type { Policy } from "./policy.ts"

/** Names of the built-in presets, the values a policy file's `extends` may take. */
export const presetNames = ["national", "sichuan", "profile-20-40-40", "langfang-whole-points"] as const

/** A built-in preset name. */
export type PresetName = (typeof presetNames)[number]

/** The national self-evaluation frame (domain.md §3): 预算执行 10, 产出 50, 效益 30, 满意度 10. */
export const national: Policy = {
  name: "national",
  description:
    "全国项目支出绩效自评通行口径：预算执行率 10 分，产出 50 分、效益 30 分、满意度 10 分（成本作为二级指标计入产出）；定性指标按 80–100%、60–80%、0–60% 三档；总分 90/80/60 分为优、良、中、差",
  weights: {
    mode: "groups",
    budget: 10,
    groups: { output: 50, benefit: 30, satisfaction: 10 },
    indicators: 90,
    missingGroup: "proportional",
    // Newer frames write 成本指标 at level 1; the national frame counts cost under 产出.
    mergeInto: { cost: "output" },
  },
  reverseFormula: "ratio",
  range: { below: "positive", above: "reverse" },
  magnitudeSuspect: 1000,
  costEquals: "upper_bound",
  qualitative: {
    bands: { achieved: [80, 100], partial: [60, 80], failed: [0, 60] },
    defaultShare: { achieved: 100, partial: 70, failed: 0 },
  },
  lateShare: 0,
  overAchievement: 1.3,
  budgetExplainBelow: 0.9,
  missingBudget: "zero",
  budgetRatePlausible: 2,
  rounding: { decimals: 2, mode: "half_up" },
  grades: [
    { grade: "优", min: 90 },
    { grade: "良", min: 80 },
    { grade: "中", min: 60 },
    { grade: "差", min: 0 },
  ],
  rollup: "budget_weighted",
  formulas: {},
  // 15 % is the 监控指标偏差度标准 of one national system (domain §5); red from twice that is jixiao's choice.
  monitor: {
    indicators: { yellowFrom: 15, redFrom: 30 },
    budget: { yellowFrom: 15, redFrom: 30 },
    deadlineWarnDays: 30,
    overAchievement: 15,
    reasonFor: "yellow_red",
    likelihoodNeedsReason: true,
  },
}

/** Sichuan: 预算执行 10 + 绩效指标 90, the table's own 分值 deciding within the 90. */
export const sichuan: Policy = {
  ...national,
  name: "sichuan",
  description:
    "四川口径：预算执行 10 分 + 绩效指标 90 分，指标分值由表内自定。依据：四川公开的项目支出绩效自评表印有“预算执行情况(10分)”“绩效指标(90分)”（青神县发展和改革局、大英县司法局 2023 年度表）；四川财政厅的原始文件未找到",
  weights: { ...national.weights, mode: "free", groups: {}, indicators: 90 },
}

/** A 20/40/40 frame: 预算执行 20, 产出 40, 效益 40 with 满意度 counted inside 效益. */
export const profile204040: Policy = {
  ...national,
  name: "profile-20-40-40",
  description:
    "20/40/40 口径：预算执行 20 分，产出 40 分，效益（含满意度）40 分。domain.md 提到河北/湖北有 20/40/40 模式，但未找到省级原文核实其分配（公开表格样本中也未见），本预设按 预算 20 / 产出 40 / 效益（含满意度）40 设定",
  weights: {
    ...national.weights,
    budget: 20,
    groups: { output: 40, benefit: 40 },
    indicators: 80,
    mergeInto: { satisfaction: "benefit", cost: "output" },
  },
}

/** National weights, scores rounded half-up to whole points, as a published Hebei (Langfang) table prints them. */
export const langfangWholePoints: Policy = {
  ...national,
  name: "langfang-whole-points",
  description:
    "全国口径，得分四舍五入到整数分：廊坊市食品工程学校 2019 年度项目支出绩效自评表将预算执行得分 8.62 印为 9、执行率 86.2% 印为 86%",
  rounding: { decimals: 0, mode: "half_up" },
}

/** Every built-in preset by name. */
export const presets: Readonly<Record<string, Policy>> = {
  national,
  sichuan,
  "profile-20-40-40": profile204040,
  "langfang-whole-points": langfangWholePoints,
} satisfies Record<PresetName, Policy>
