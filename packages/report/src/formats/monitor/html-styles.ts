/**
 * What the monitoring page adds to the year-end report's stylesheet (which it uses whole, print rules
 * included): light badges and bars drawn from the one colour table, the projection callout, and the
 * columns of the monitoring table on screen and on A4. A monitoring table is short, so in print the
 * projects run on one after another (the year-end 自评表 starts each on a new page), head and budget
 * block kept with the table's first rows.
 */
import { LIGHTS } from "@jixiao/scoring"
import { trusted } from "../html/escape.ts"
import { LIGHT_COLOURS } from "./words.ts"

const lights = LIGHTS.map((l) => {
  const c = LIGHT_COLOURS[l]
  return `.light.l-${l}{color:#${c.ink};background:#${c.fill}}.fill.l-${l}{fill:#${c.bar}}.stat.l-${l}{border-top:6px solid #${c.bar}}`
}).join("\n")

const screen = `
.light{display:inline-block;white-space:nowrap;font-weight:700;font-size:.85rem;border-radius:10px;padding:0 7px;border:1px solid currentColor;line-height:1.5}
.stats.lights{grid-template-columns:repeat(5,1fr)}
.projection{background:#fffaf0;border:1px dashed #b7791f;border-radius:6px;padding:10px 16px;margin:12px 0}
.projection .big{font-size:1.6rem;font-weight:700;margin-right:6px}
.projection .label{display:inline-block;font-weight:700;color:#8a4b00;border:1.5px solid currentColor;border-radius:4px;padding:0 6px;margin-left:8px}
.projection p{margin:4px 0 0;color:var(--muted);font-size:.9rem}
th.projected,td.projected{background:#fffaf0}
.red-list{table-layout:fixed}
.red-list col.c-unit{width:15%}.red-list col.c-project{width:19%}.red-list col.c-name{width:20%}
.red-list col.c-target{width:11%}.red-list col.c-to-date{width:11%}.red-list col.c-rate{width:8%}.red-list col.c-reason{width:16%}
.red-list td{overflow-wrap:anywhere}
.lit-projects{table-layout:fixed}
.lit-projects col.c-name{width:34%}.lit-projects col.c-n{width:6%}.lit-projects col.c-rate{width:10%}
.lit-projects col.c-light{width:10%}.lit-projects col.c-score{width:9%}.lit-projects col.c-grade{width:7%}
.lit-projects td.name{overflow-wrap:anywhere}
.lit-projects th,.units-lights th{white-space:normal}
.monitor-table{table-layout:fixed;font-size:.88rem;margin-top:-1px}
.monitor-table td{overflow-wrap:anywhere}
.monitor-table col.c-no{width:3.5%}.monitor-table col.c-name{width:12.5%}.monitor-table col.c-target{width:9.5%}
.monitor-table col.c-to-date{width:9.5%}.monitor-table col.c-rate{width:7%}.monitor-table col.c-time{width:7%}
.monitor-table col.c-light{width:9%}.monitor-table col.c-forecast{width:15%}.monitor-table col.c-likely{width:6%}
.monitor-table col.c-reason{width:12%}.monitor-table col.c-fix{width:9%}
.monitor-table tr.level td{background:#f7f9fb;font-weight:600}
.monitor-table .findings-note{font-size:.8rem;color:#8a4b00;margin-top:2px}
.monitor-table td.light-cell{text-align:center}
.budget-table{table-layout:fixed}
.budget-table td.budget-note{overflow-wrap:anywhere}
`

const print = `
@media print{
.monitor-table{font-size:8pt}
.monitor-table .light,.lit-projects .light,.budget-table .light{font-size:7.5pt;padding:0 3px;white-space:normal}
.red-list{font-size:9pt}
.projection{break-inside:avoid}
#projects .project{break-before:auto;margin-top:14px}
.project-head,.budget-table{break-after:avoid}
}
`

/** The monitoring page's own rules, after the year-end stylesheet. */
export const monitorStyleElement = trusted(`<style>${lights}${screen}${print}</style>`)
