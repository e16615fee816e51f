/**
 * Wording of policy issues, zh-CN first and en beside it. Each message names the key to fix.
 */
import type { Locale } from "@jixiao/core"
import type { PolicyError, PolicyIssue, PolicyIssueCode, PolicyIssueData } from "./errors.ts"
import { formulaFailureText } from "./formulas/messages.ts"

type Catalogue = Readonly<Record<PolicyIssueCode, (d: PolicyIssueData) => string>>

const s = (value: PolicyIssueData[string] | undefined, sep = "、"): string =>
  Array.isArray(value) ? value.join(sep) : String(value ?? "")

/** The value found, as the message shows it: an empty string as `""`, so that it is not simply missing. */
const found = (value: PolicyIssueData[string] | undefined): string => (value === "" ? '""' : s(value))

/** `应为 0 到 6 的整数` / `应不小于 1`, and their English. */
const range = (d: PolicyIssueData, inZh: boolean): string => {
  const integer = d.kind === "integer" ? (inZh ? " 的整数" : " (an integer)") : ""
  if (d.max === undefined)
    return inZh ? `应不小于 ${s(d.min)}${integer}` : `should be at least ${s(d.min)}${integer}`
  return inZh
    ? `应为 ${s(d.min)} 到 ${s(d.max)}${integer}`
    : `should be between ${s(d.min)} and ${s(d.max)}${integer}`
}

const zhWords: Readonly<Record<string, string>> = {
  object: "对象",
  array: "数组",
  string: "字符串",
  number: "数字",
  integer: "整数",
  boolean: "布尔值",
  null: "null",
  achieved: "达成",
  partial: "部分达成",
  failed: "未达成",
  output: "产出",
  benefit: "效益",
  satisfaction: "满意度",
  cost: "成本",
}
const zh = (value: PolicyIssueData[string] | undefined): string => zhWords[s(value)] ?? s(value)

/** A policy name written as a path (`rules/my.json`) was meant as a file; a bare word may be a mistyped preset. */
const looksLikeFile = (d: PolicyIssueData): boolean => /[\\/]|\.json$/i.test(s(d.actual))

/** Where a policy file was looked for, when that is not the name as written (a path beside the config). */
const lookedFor = (d: PolicyIssueData, open: string, close: string): string =>
  d.file !== undefined && d.file !== d.actual ? `${open}${s(d.file)}${close}` : ""

/** The longest value a message quotes whole; a longer one is cut, its length said. */
const SHOWN_MAX = 60

/** A value as written in the file (strings in quotes), cut when long: `"abc"`, `3`, `{"a":1}`, `null`. */
const written = (d: PolicyIssueData, inZh: boolean): string => {
  const text = d.received === "string" ? JSON.stringify(s(d.actual)) : s(d.actual)
  const chars = [...text]
  if (chars.length <= SHOWN_MAX) return text
  const cut = chars.slice(0, SHOWN_MAX).join("")
  return inZh ? `${cut}…（共 ${chars.length} 个字符）` : `${cut}… (${chars.length} characters)`
}

/** The value found after its kind (`字符串 "md"`, `数字 3`, `对象 {"a":1}`, `null`). */
const withKindZh = (d: PolicyIssueData): string =>
  d.received === undefined
    ? found(d.actual)
    : d.received === "null"
      ? "null"
      : `${zh(d.received)} ${written(d, true)}`

/** The value found for a choice or a number: a string in quotes, anything else after its kind. */
const valueZh = (d: PolicyIssueData): string => (d.received === "string" ? written(d, true) : withKindZh(d))

const withKindEn = (d: PolicyIssueData): string =>
  d.received === undefined
    ? found(d.actual)
    : d.received === "null"
      ? "null"
      : `${s(d.received)} ${written(d, false)}`

const valueEn = (d: PolicyIssueData): string => (d.received === "string" ? written(d, false) : withKindEn(d))

const zhCN: Catalogue = {
  invalid_json: (d) => `不是合法的 JSON：${s(d.reason)}`,
  invalid_type: (d) =>
    d.expected === undefined
      ? `的值 ${withKindZh(d)} 不可用`
      : `类型应为${zh(d.expected)}，实际为 ${withKindZh(d)}`,
  invalid_number: (d) => `应为数字（如 0.9 或 "0.9"），实际为 ${valueZh(d)}`,
  invalid_choice: (d) => `应为 ${s(d.choices, "、")} 之一，实际为 ${valueZh(d)}`,
  unknown_preset: (d) => `指定的预设 "${s(d.actual)}" 不存在（可选：${s(d.choices)}）`,
  unknown_policy: (d) =>
    looksLikeFile(d)
      ? `策略文件 ${s(d.file)} 不存在（要用内置预设时，可选：${s(d.choices)}）`
      : `评分规则 "${s(d.actual)}" 既不是内置预设（可选：${s(d.choices)}），也不是存在的策略文件${lookedFor(d, "（已查找 ", "）")}`,
  unknown_key: (d) =>
    `未知的设置项 "${s(d.key)}"${d.suggestion ? `（是否想写 "${s(d.suggestion)}"？）` : ""}`,
  missing_key: (d) => `缺少设置项 "${s(d.key)}"`,
  empty_value: () => "不能为空",
  out_of_range: (d) => `${range(d, true)}，实际为 ${found(d.actual)}`,
  band_reversed: (d) => `区间下限 ${s(d.min)} 大于上限 ${s(d.max)}`,
  bands_overlap: (d) =>
    `${zh(d.tier)}档的下限 ${s(d.min)} 低于${zh(d.lower)}档的上限 ${s(d.lowerMax)}，两档重叠`,
  share_outside_band: (d) =>
    `默认得分比例 ${s(d.actual)} 不在${zh(d.tier)}档区间 [${s(d.min)}, ${s(d.max)}] 内`,
  grades_unordered: (d) =>
    `等级应按下限从高到低排列：${s(d.grade)}（${s(d.min)}）不低于前一等级 ${s(d.previous)}（${s(d.previousMin)}）`,
  grade_duplicate: (d) => `等级 ${s(d.grade)} 重复`,
  grades_no_zero: () => "最后一个等级的下限应为 0，使任何得分都有等级",
  weights_total: (d) =>
    `预算执行与${d.mode === "free" ? "绩效指标" : "各指标组"}分值合计应为 100，实际为 ${s(d.total)}`,
  invalid_merge: (d) => `${zh(d.group)}指标组不能并入${zh(d.into)}（不能并入自身或已并入其他组的组）`,
  empty_formula: () => "公式为空",
  formula_syntax: (d) => `公式无法解析：${s(d.reason)}`,
  formula_symbol: (d) => `公式中有未知变量 "${s(d.symbol)}"（可用：${s(d.allowed)}）`,
  formula_function: (d) => `公式中有不支持的函数 "${s(d.name)}"（可用：${s(d.allowed)}）`,
  formula_unsupported: (d) => `公式中有不支持的写法：${s(d.node)}`,
  formula_number_form: (d) => `公式中的数 ${s(d.number)} 用了指数写法，请写成普通数字（如 1000、0.001）`,
  formula_too_long: (d) => `公式过长：有 ${s(d.nodes)} 个节点，上限为 ${s(d.max)} 个`,
  formula_arity: (d) =>
    `公式中的函数 ${s(d.name)} 应有${d.expected === 1 ? " 1 " : "至少 1 "}个参数，实际为 ${s(d.actual)} 个`,
  formula_boolean: (d) =>
    `公式的结果「${s(d.node)}」是比较或逻辑运算，只能得到真或假，不是分数；请写成条件式，如 actual >= target ? weight : 0`,
  formula_condition: (d) => `公式中的「${s(d.node)}」是数值，不能作为条件；请写成比较，如 actual >= target`,
  formula_division_by_zero: (d) => `公式中的「${s(d.node)}」除以零`,
  formula_exponent_too_large: (d) =>
    `公式中的「${s(d.node)}」指数为 ${s(d.exponent)}，超过上限 ${s(d.max)}（结果会超过 ${s(d.digits)} 位）`,
  formula_constant_fails: (d) =>
    `公式中的「${s(d.node)}」${formulaFailureText({ ...d, node: d.stopped === d.node ? undefined : d.stopped })}`,
}

const en: Catalogue = {
  invalid_json: (d) => `not valid JSON: ${s(d.reason)}`,
  invalid_type: (d) =>
    d.expected === undefined
      ? `cannot be ${withKindEn(d)}`
      : `should be ${s(d.expected) === "integer" ? "an integer" : s(d.expected)}, got ${withKindEn(d)}`,
  invalid_number: (d) => `should be a number (0.9 or "0.9"), got ${valueEn(d)}`,
  invalid_choice: (d) => `should be one of ${s(d.choices, ", ")}, got ${valueEn(d)}`,
  unknown_preset: (d) => `no preset named "${s(d.actual)}" (known: ${s(d.choices, ", ")})`,
  unknown_policy: (d) =>
    looksLikeFile(d)
      ? `policy file ${s(d.file)} does not exist (presets: ${s(d.choices, ", ")})`
      : `policy "${s(d.actual)}" is neither a preset (known: ${s(d.choices, ", ")}) nor an existing policy file${lookedFor(d, " (looked for ", ")")}`,
  unknown_key: (d) =>
    `unknown setting "${s(d.key)}"${d.suggestion ? ` (did you mean "${s(d.suggestion)}"?)` : ""}`,
  missing_key: (d) => `missing setting "${s(d.key)}"`,
  empty_value: () => "cannot be empty",
  out_of_range: (d) => `${range(d, false)}, got ${found(d.actual)}`,
  band_reversed: (d) => `the band's lower bound ${s(d.min)} is above its upper bound ${s(d.max)}`,
  bands_overlap: (d) =>
    `tier ${s(d.tier)} starts at ${s(d.min)}, below the top ${s(d.lowerMax)} of tier ${s(d.lower)}: the bands overlap`,
  share_outside_band: (d) =>
    `default share ${s(d.actual)} is outside the ${s(d.tier)} band [${s(d.min)}, ${s(d.max)}]`,
  grades_unordered: (d) =>
    `grades must be listed by descending lower bound: ${s(d.grade)} (${s(d.min)}) is not below ${s(d.previous)} (${s(d.previousMin)})`,
  grade_duplicate: (d) => `grade ${s(d.grade)} is listed twice`,
  grades_no_zero: () => "the last grade must start at 0 so that every score has a grade",
  weights_total: (d) =>
    `the budget block and the ${d.mode === "free" ? "indicators" : "groups"} should add up to 100 points, got ${s(d.total)}`,
  invalid_merge: (d) =>
    `group ${s(d.group)} cannot merge into ${s(d.into)} (not into itself, nor into a group that is merged)`,
  empty_formula: () => "the formula is empty",
  formula_syntax: (d) => `the formula does not parse: ${s(d.reason)}`,
  formula_symbol: (d) => `unknown variable "${s(d.symbol)}" in the formula (allowed: ${s(d.allowed, ", ")})`,
  formula_function: (d) =>
    `unsupported function "${s(d.name)}" in the formula (allowed: ${s(d.allowed, ", ")})`,
  formula_unsupported: (d) => `unsupported expression in the formula: ${s(d.node)}`,
  formula_number_form: (d) =>
    `the number ${s(d.number)} in the formula is in exponent form; write it out (1000, 0.001)`,
  formula_too_long: (d) => `the formula is too long: ${s(d.nodes)} nodes, at most ${s(d.max)}`,
  formula_arity: (d) =>
    `function ${s(d.name)} in the formula takes ${d.expected === 1 ? "1 argument" : "at least 1 argument"}, got ${s(d.actual)}`,
  formula_boolean: (d) =>
    `the formula's result "${s(d.node)}" is a comparison or logic: true or false, not a score; write a choice, such as actual >= target ? weight : 0`,
  formula_condition: (d) =>
    `"${s(d.node)}" in the formula is a number and cannot be a condition; write a comparison, such as actual >= target`,
  formula_division_by_zero: (d) => `"${s(d.node)}" in the formula divides by zero`,
  formula_exponent_too_large: (d) =>
    `"${s(d.node)}" in the formula has the exponent ${s(d.exponent)}, above the limit ${s(d.max)} (the result would pass ${s(d.digits)} digits)`,
  formula_constant_fails: (d) =>
    `"${s(d.node)}" in the formula ${formulaFailureText({ ...d, node: d.stopped === d.node ? undefined : d.stopped }, "en")}`,
}

const catalogues: Readonly<Record<Locale, Catalogue>> = { "zh-CN": zhCN, en }

/** What the file is called in messages: a policy file by default, a run's config file for `jixiao run`. */
export interface FileNoun {
  readonly zh: string
  readonly en: string
}

const policyFile: FileNoun = { zh: "策略文件", en: "policy file" }

/** One issue as a line naming the file and the key: `策略文件 my.json 中的 "rounding.decimals" 应为 0 到 6 的整数，实际为 7`. */
export const formatPolicyIssue = (
  issue: PolicyIssue,
  source: string,
  locale: Locale = "zh-CN",
  noun: FileNoun = policyFile,
): string => {
  const text = catalogues[locale][issue.code](issue.data)
  const file = locale === "en" ? `${noun.en} ${source}` : `${noun.zh} ${source}`
  // A policy that is neither preset nor file is no file to name; an unknown or missing key names itself;
  // other messages name the key they are about.
  if (issue.code === "unknown_policy") return text
  if (issue.code === "unknown_key") return locale === "en" ? `${file}: ${text}` : `${file} 中有${text}`
  if (issue.code === "missing_key") return locale === "en" ? `${file}: ${text}` : `${file} 中${text}`
  if (issue.path === "") return locale === "en" ? `${file}: ${text}` : `${file}：${text}`
  return locale === "en" ? `${file}: "${issue.path}" ${text}` : `${file} 中的 "${issue.path}" ${text}`
}

/** Every issue of a policy error, one line each. */
export const formatPolicyError = (error: PolicyError, locale: Locale = "zh-CN"): ReadonlyArray<string> =>
  error.issues.map((issue) => formatPolicyIssue(issue, error.source, locale))
