/**
 * One project's 绩效自评报告 in the outline units publish: 一、项目基本情况; 二、绩效目标实现情况; 三、偏差情况及原因
 * 分析; 四、存在的问题及改进措施; 五、绩效自评结果应用; 六、其他需要说明的问题; then the 附件 自评表.
 */
import type { FileChild } from "docx"
import { deviationText, findingsText } from "../xlsx/indicator-notes.ts"
import type { ProjectJson, ReportContext } from "./model.ts"
import { yearText } from "./model.ts"
import {
  attachmentLabel,
  body,
  heading1,
  heading2,
  pageBreak,
  signature,
  subtitle,
  title,
  toWrite,
} from "./paragraphs.ts"
import {
  asSentence,
  budgetLossSentence,
  budgetScoreSentence,
  budgetSentences,
  deviates,
  GROUPS,
  goalSentences,
  groupSentence,
  indicatorSentence,
  lossSentence,
  overviewSentence,
  totalSentence,
} from "./project-sentences.ts"
import { selfEvaluationTable } from "./self-evaluation-table.ts"

const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
const ordinal = (i: number): string => CHINESE_ORDINALS[i] ?? String(i + 1)

/** 二、: the budget, then each group of indicators with every indicator's figures and status. */
const achievement = (project: ProjectJson, context: ReportContext): FileChild[] => {
  const groups = GROUPS.map((g) => ({
    ...g,
    indicators: project.indicators.filter((i) => i.group === g.group),
  })).filter((g) => g.indicators.length > 0)
  const others = project.indicators.filter((i) => !GROUPS.some((g) => g.group === i.group))
  const sections: Array<{ name: string; indicators: typeof project.indicators }> = [
    ...groups,
    ...(others.length > 0 ? [{ name: "其他", indicators: others }] : []),
  ]
  return [
    heading1("二、绩效目标实现情况"),
    body(totalSentence(project, context)),
    heading2("（一）预算执行情况"),
    body(budgetScoreSentence(project, context)),
    ...sections.flatMap((s, i) => [
      heading2(`（${ordinal(i + 1)}）${s.name}指标完成情况`),
      body(groupSentence(s.name, s.indicators, context.decimals)),
      ...s.indicators.map((indicator, j) => body(indicatorSentence(indicator, j, context))),
    ]),
  ]
}

/** 三、: every indicator that lost points or awaits a person, with the reason the unit gave. */
const deviations = (project: ProjectJson, context: ReportContext): FileChild[] => {
  const lost = project.indicators.filter(deviates)
  const budgetLost =
    project.budget !== null &&
    project.budget.weight !== null &&
    project.budget.score !== null &&
    project.budget.score < project.budget.weight
  if (lost.length === 0 && !budgetLost)
    return [heading1("三、偏差情况及原因分析"), body("各项绩效指标及预算执行率均得满分，未出现扣分。")]
  return [
    heading1("三、偏差情况及原因分析"),
    ...(budgetLost ? [body(budgetLossSentence(project, context)), toWrite("预算执行偏差的原因")] : []),
    ...lost.flatMap((indicator) => {
      const reason = deviationText(indicator, context.decimals)
      return [
        body(lossSentence(indicator, context)),
        reason === null
          ? toWrite(`“${indicator.name}”的偏差原因（目标表未填写）`)
          : body(`填报的偏差原因：${asSentence(reason.replace(/\n/g, "；"))}`),
      ]
    }),
  ]
}

/** 四、: the findings of the assessment, then the unit's own problems and measures. */
const problems = (project: ProjectJson): FileChild[] => {
  const findings = [
    ...new Set([
      ...project.findings.map((f) => f.message),
      ...project.indicators.flatMap((i) => (i.findings.length > 0 ? [`${i.name}：${findingsText(i)}`] : [])),
    ]),
  ]
  return [
    heading1("四、存在的问题及改进措施"),
    ...(findings.length > 0
      ? [
          body("评分过程中发现以下情况，供分析问题时参考："),
          ...findings.map((f, i) => body(`${i + 1}. ${asSentence(f)}`)),
        ]
      : []),
    toWrite("结合上述偏差原因，说明项目存在的问题，以及针对每个问题的改进措施、责任部门和完成时限"),
  ]
}

/** The whole report of one project. */
export const projectReport = (project: ProjectJson, context: ReportContext): FileChild[] => [
  title(`${project.name}绩效自评报告`),
  subtitle(`（${yearText(context.year)}）`),
  heading1("一、项目基本情况"),
  heading2("（一）项目概况"),
  body(overviewSentence(project, context)),
  toWrite("项目立项依据、主要内容、实施内容和进度"),
  heading2("（二）资金投入和使用情况"),
  ...budgetSentences(project, context).map(body),
  toWrite("资金来源、分配和使用管理情况"),
  heading2("（三）绩效目标"),
  ...goalSentences(project).map(body),
  ...achievement(project, context),
  ...deviations(project, context),
  ...problems(project),
  heading1("五、绩效自评结果应用"),
  toWrite("自评结果的应用安排，如调整预算安排、完善项目管理、公开自评结果等"),
  heading1("六、其他需要说明的问题"),
  toWrite("其他需要说明的问题；没有的写“无”"),
  body("附件：项目支出绩效自评表"),
  ...signature(project.unit),
  pageBreak(),
  attachmentLabel("附件"),
  title("项目支出绩效自评表"),
  subtitle(`（${yearText(context.year)}）`),
  selfEvaluationTable(project, context),
]
