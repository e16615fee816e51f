/**
 * The document shell: a strict Content-Security-Policy (nothing may load; inline style and script
 * only), the title block, the sticky toolbar with section links and filters, and the body sections.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { html, type SafeHtml } from "./escape.ts"
import { grades } from "./present.ts"
import { filterScript } from "./script.ts"
import { styleElement } from "./styles.ts"

/** What the page may load: nothing from anywhere, so it opens from disk without a network request. */
export const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const toolbar = html`<div class="toolbar" role="search"><div class="inner">
<nav aria-label="目录"><a href="#overview">总览</a><a href="#units">单位</a><a href="#findings">问题清单</a><a href="#projects">自评表</a></nav>
<div class="filters">
<label>查找 <input type="search" id="filter-text" placeholder="项目或单位名称" autocomplete="off"></label>
<label>等级 <select id="filter-grade"><option value="">全部</option>${grades.map((g) => html`<option value="${g}">${g}</option>`)}</select></label>
<label><input type="checkbox" id="filter-problems"> 只看有问题的项目</label>
<button type="button" id="filter-reset">清除</button>
<output id="filter-status" aria-live="polite"></output>
</div></div></div>`

/**
 * The title block says what the report is about: the department, the year and the policy, never the
 * paths the inputs were read from (a temporary folder means nothing on paper). results.json carries no
 * date, and the report must stay byte-identical for the same inputs, so the date is a line the unit fills
 * in by hand, as on a filed form, rather than the clock's.
 */
const titleBlock = (results: ResultsJson) =>
  html`<header class="doc-head"><div class="inner">
<h1>${results.department.name} ${results.year} 年度项目支出绩效自评报告</h1>
<dl class="doc-meta">
<div><dt>主管部门</dt><dd>${results.department.name}</dd></div>
<div><dt>评价年度</dt><dd>${results.year} 年度</dd></div>
<div><dt>评分规则</dt><dd>${results.policy.name}（${results.policy.description}）</dd></div>
<div class="date"><dt>填报日期</dt><dd><span class="blank"></span>年<span class="blank short"></span>月<span class="blank short"></span>日</dd></div>
</dl>
<p class="engine">由 ${results.engine.name} ${results.engine.version} 生成</p>
</div></header>`

/** The full HTML document around the rendered sections. */
export const documentShell = (results: ResultsJson, sections: ReadonlyArray<SafeHtml>): string =>
  html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${results.department.name} ${results.year} 年度项目支出绩效自评报告</title>
${styleElement}
</head>
<body>
${titleBlock(results)}
${toolbar}
<main>
${sections}
</main>
${filterScript}
</body>
</html>
`.value
