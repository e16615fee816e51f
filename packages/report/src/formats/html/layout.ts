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

const titleBlock = (results: ResultsJson) => {
  const inputs = [results.inputs.targets, results.inputs.actuals, results.inputs.budget].filter(
    (f) => f !== null,
  )
  return html`<header class="doc-head"><div class="inner">
<h1>${results.department.name} ${results.year} 年度项目支出绩效自评报告</h1>
<p>评分规则：${results.policy.name}（${results.policy.description}）</p>
<p>数据：${inputs.join("、")} · 由 ${results.engine.name} ${results.engine.version} 生成</p>
</div></header>`
}

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
