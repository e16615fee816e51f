/**
 * 监控报告.html: the monitoring run as one self-contained page in the year-end report's dress (its
 * stylesheet, print rules and Content-Security-Policy): the as-of date and 序时进度 in the heading, the red
 * list first, the lights at a glance by unit and project, the projection said plainly to be one, every
 * project's monitoring table, and the findings. Every text from input is escaped by the `html` tag.
 */
import { html } from "../html/escape.ts"
import { contentSecurityPolicy } from "../html/layout.ts"
import { styleElement } from "../html/styles.ts"
import { projectSection } from "./html-project.ts"
import { findingsSection, overviewSection, redSection, unitsSection, yellowSection } from "./html-sections.ts"
import { monitorStyleElement } from "./html-styles.ts"
import type { MonitorRenderer } from "./model.ts"
import { MONITOR_HTML_FILE, type MonitorJson, monthSpan, PROJECTION_LABEL, percentText } from "./words.ts"

const toolbar = html`<div class="toolbar"><div class="inner">
<nav aria-label="目录"><a href="#red">红灯清单</a><a href="#yellow">黄灯清单</a><a href="#overview">亮灯总览</a><a href="#units">各单位</a><a href="#projects">监控表</a><a href="#findings">审核意见</a></nav>
</div></div>`

/** The title of the page. */
export const monitorTitle = (results: MonitorJson): string =>
  `${results.year} 年度项目支出绩效运行监控报告（${monthSpan(results.asOf)}）`

/**
 * The heading says what the page is of: the fiscal year, the as-of date, 序时进度 and the policy. Like the
 * year-end report it carries no clock's date (the same results give the same bytes): 填报日期 is a blank.
 */
const titleBlock = (results: MonitorJson) =>
  html`<header class="doc-head"><div class="inner">
<h1>${monitorTitle(results)}</h1>
<dl class="doc-meta">
<div><dt>监控截止日期</dt><dd>${results.asOf}</dd></div>
<div><dt>序时进度</dt><dd><strong>${percentText(results.timeProgress)}</strong>（已过 ${results.days.elapsed} 天 ÷ 全年 ${results.days.year} 天）</dd></div>
<div><dt>财政年度</dt><dd>${results.year} 年度</dd></div>
<div><dt>评分规则</dt><dd>${results.policy}</dd></div>
<div class="date"><dt>填报日期</dt><dd><span class="blank"></span>年<span class="blank short"></span>月<span class="blank short"></span>日</dd></div>
</dl>
<p>文中的全年预测得分和等级均为${PROJECTION_LABEL}。</p>
<p class="engine">由 ${results.engine.name} ${results.engine.version} 生成</p>
</div></header>`

/** Renders the whole page as a string of HTML. */
export const monitorHtml = (results: MonitorJson): string =>
  html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${monitorTitle(results)}</title>
${styleElement}
${monitorStyleElement}
</head>
<body>
${titleBlock(results)}
${toolbar}
<main>
${redSection(results)}
${yellowSection(results)}
${overviewSection(results)}
${unitsSection(results)}
<section id="projects" aria-labelledby="projects-h">
<h2 id="projects-h">各项目绩效监控表</h2>
${results.projects.map((p, n) => projectSection(results, p, n))}
</section>
${findingsSection(results)}
</main>
</body>
</html>
`.value

/** Renders a monitoring results.json as 监控报告.html. */
export const renderMonitorHtml: MonitorRenderer = async (results) => [
  { name: MONITOR_HTML_FILE, contents: monitorHtml(results) },
]
