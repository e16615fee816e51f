/**
 * The report's stylesheet, inlined. System CJK fonts only (no web fonts: the file must open offline).
 * Colour always doubles a word or a symbol; print turns off the controls, starts each 自评表 on a new
 * A4 page and keeps table rows whole. A collapsed table's outer border lies half outside its box, and
 * Chromium's print clips whatever passes the page area, so in print `main` keeps 1px free on each side
 * (without it every table lost its right border). The print columns of the 自评表 are wide enough for a
 * bold score and the longest status badge (test/browser/print.test.ts measures every cell).
 */
import { trusted } from "./escape.ts"

const fonts = `"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`

const screen = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#cfd6de;--soft:#f3f5f8;--accent:#1d4f91;
--ga:#2f7d4f;--gb:#2b6cb0;--gc:#b7791f;--gd:#c53030;
--met:#3a9a5f;--partial:#d69e2e;--notmet:#d64545;--review:#7b5cc4;--none:#9aa5b1}
*{box-sizing:border-box}
[hidden]{display:none!important}
[id]{scroll-margin-top:64px}
html{font-family:${fonts};color:var(--ink);background:var(--soft);line-height:1.55;font-size:15px}
body{margin:0}
main{max-width:1200px;margin:0 auto;padding:0 24px 48px}
h1{font-size:1.7rem;margin:0;line-height:1.3}
h2{font-size:1.35rem;margin:40px 0 14px;padding-bottom:6px;border-bottom:2px solid var(--accent);color:var(--accent)}
h3{font-size:1.1rem;margin:24px 0 8px}
a{color:var(--accent)}
.muted{color:var(--muted);font-weight:normal;font-size:.9em}
.strong{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.center{text-align:center}
.doc-head{background:#fff;border-bottom:1px solid var(--line)}
.doc-head .inner{max-width:1200px;margin:0 auto;padding:20px 24px 14px}
.doc-head p{margin:4px 0 0;color:var(--muted)}
.doc-meta{display:flex;flex-wrap:wrap;gap:2px 22px;margin:6px 0 0;color:var(--muted)}
.doc-meta dt,.doc-meta dd{display:inline;margin:0}
.doc-meta dt::after{content:"："}
.doc-meta dd{color:var(--ink)}
.blank{display:inline-block;width:3.5em;border-bottom:1px solid currentColor;margin:0 3px;vertical-align:-3px;height:1em}
.blank.short{width:2em}
.doc-head p.engine{font-size:.85rem}
.toolbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 4px rgba(0,0,0,.06)}
.toolbar .inner{max-width:1200px;margin:0 auto;padding:8px 24px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
.toolbar nav{display:flex;gap:14px;font-weight:600}
.toolbar nav a{text-decoration:none}
.filters{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;margin-left:auto}
.filters input[type=search]{width:16em;padding:5px 8px;border:1px solid var(--line);border-radius:4px;font:inherit}
.filters select,.filters button{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:4px;background:#fff}
.filters output{color:var(--muted);min-width:9em}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 16px;margin:0}
.summary{display:grid;grid-template-columns:minmax(260px,1fr) 2.2fr;gap:16px;margin-bottom:16px}
.headline{background:#fff;border:1px solid var(--line);border-left:8px solid currentColor;border-radius:6px;padding:14px 20px;display:grid;grid-template-columns:auto 1fr;align-items:center;gap:4px 20px}
.headline-score{white-space:nowrap}
.headline-score .big{font-size:3.4rem;font-weight:700;line-height:1;color:var(--ink)}
.headline-score .unit{font-size:1.2rem;margin-left:4px;color:var(--muted)}
.headline-grade{font-size:2.6rem;font-weight:700;justify-self:start;border:3px solid currentColor;border-radius:8px;padding:0 14px;line-height:1.3}
.headline-note{grid-column:1/-1;color:var(--muted);font-size:.9rem}
.headline.g-a{color:var(--ga)}.headline.g-b{color:var(--gb)}.headline.g-c{color:var(--gc)}.headline.g-d{color:var(--gd)}
.stats{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
.stat{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.stat-value{font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.stat-label{color:var(--muted);font-size:.9rem}
.stat-note{font-size:.8rem;color:var(--notmet)}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.charts .wide{grid-column:1/-1}
figcaption{font-weight:600;margin-bottom:6px}
svg.chart{display:block;max-width:100%;height:auto;font-family:${fonts};margin:0 auto}
svg .value{font-size:12px;font-weight:600;fill:var(--ink)}
svg .label,svg .legend{font-size:13px;fill:var(--ink)}
svg .label.strong{font-weight:700}
svg .tick,svg .caption{font-size:11px;fill:var(--muted)}
svg .inside{font-size:11px;font-weight:600;fill:#fff}
svg .axis{stroke:#7b8794;stroke-width:1}
svg .threshold{stroke:#9aa5b1;stroke-dasharray:4 3}
.fill.g-a{fill:var(--ga)}.fill.g-b{fill:var(--gb)}.fill.g-c{fill:var(--gc)}.fill.g-d{fill:var(--gd)}
.fill.s-met{fill:var(--met)}.fill.s-partially_met{fill:var(--partial)}.fill.s-not_met{fill:var(--notmet)}
.fill.s-needs_review{fill:var(--review)}.fill.s-not_evaluated{fill:var(--none)}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid var(--line);padding:5px 8px;vertical-align:top;text-align:left}
thead th,.form th{background:#eef2f7;font-weight:600}
.projects td.name{width:46%}
.projects th{white-space:nowrap}.projects th:first-child{white-space:normal}
.unit-summary .score{font-size:1.25rem;font-weight:700;margin-right:6px}
.bad{color:var(--notmet);font-weight:700}.warn{color:var(--review);font-weight:700}
.grade{display:inline-block;min-width:1.9em;text-align:center;font-weight:700;border:1.5px solid currentColor;border-radius:4px;padding:0 4px;line-height:1.45}
.grade.g-a{color:var(--ga)}.grade.g-b{color:var(--gb)}.grade.g-c{color:var(--gc)}.grade.g-d{color:var(--gd)}
.status{display:inline-block;white-space:nowrap;font-size:.85rem;font-weight:600;border-radius:10px;padding:0 8px;border:1px solid currentColor}
.s-met{color:#256e42;background:#e6f4ea}.s-partially_met{color:#8a5a00;background:#fdf3dc}.s-not_met{color:#b42323;background:#fde8e8}
.s-needs_review{color:#5b3fa6;background:#efe9fb}.s-not_evaluated{color:#4a5562;background:#eef0f3}
`

const forms = `
.project{margin-top:36px}
.project-head h3{margin:0}
.project-head p{margin:2px 0 8px;color:var(--muted)}
.form{font-size:.92rem}
.form caption{font-size:1.15rem;font-weight:700;padding:6px 0 8px}
.form caption .year{font-weight:normal;font-size:.9em}
.form-head{table-layout:fixed}.form-head col.c-label{width:13%}
.form-head td.goal{white-space:pre-wrap}
.form-indicators{margin-top:-1px;table-layout:fixed}
.form td{overflow-wrap:anywhere}
.form-indicators col.c-l1{width:7%}.form-indicators col.c-l2{width:8%}.form-indicators col.c-name{width:16%}
.form-indicators col.c-target{width:13%}.form-indicators col.c-actual{width:15%}.form-indicators col.c-w{width:5.5%}
.form-indicators col.c-status{width:9%}.form-indicators col.c-reason{width:21%}
.form .level{background:#f7f9fb;font-weight:600}
.form td.score,.form td.total{font-weight:700}
.form tr.r-not_met td.score{color:var(--notmet)}
.form tr.r-needs_review td.score,.form tr.r-not_evaluated td.score{color:var(--review)}
.totals th{text-align:right;font-size:1rem}.totals td{font-size:1.05rem}
.note{font-size:.8rem;color:#8a4b00;margin-top:3px}
.note-row td{font-size:.85rem;color:#8a4b00;background:#fffaf0}
.missing{color:var(--notmet);font-style:italic}
.parts{margin:4px 0 0;padding-left:1.1em;font-size:.8rem}
tr:target,tr:target>*{background:#fff6bf!important}
.findings{table-layout:fixed}
.findings th:nth-child(1){width:19%}.findings th:nth-child(2){width:27%}.findings th:nth-child(3){width:22%}
.finding-group h3 .count{display:inline-block;min-width:1.6em;text-align:center;background:var(--accent);color:#fff;border-radius:10px;padding:0 6px;font-size:.85rem}
.empty td,p.empty{color:var(--muted);text-align:center;font-style:italic}
@media screen and (max-width:820px){.summary{grid-template-columns:1fr}.charts{grid-template-columns:1fr}.stats{grid-template-columns:repeat(2,1fr)}}
`

const print = `
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
html{background:#fff;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:none;padding:0 1px}
.toolbar,.filters,.no-print{display:none!important}
.doc-head{border:none}.doc-head .inner{padding:0 0 8px}
.charts{grid-template-columns:1fr}
h2,h3,.unit-summary,.project-head,figcaption,caption{break-after:avoid}
#projects{break-before:page}
#projects>h2+.project{break-before:auto}
h2{margin-top:18px}
th,td{padding:3px 5px}
.form{font-size:9.5pt}
.status{padding:0 4px;font-size:8.5pt}
.form-indicators col.c-l1{width:6%}.form-indicators col.c-l2{width:7%}.form-indicators col.c-name{width:15%}
.form-indicators col.c-actual{width:14%}.form-indicators col.c-w{width:6.5%}
.form-indicators col.c-status{width:12%}.form-indicators col.c-reason{width:20%}
.project{break-before:page;margin-top:0}
td:not([rowspan]),th:not([rowspan]),.stat,figure,.headline{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
.card,.stat,.headline{box-shadow:none}
th,td{border-color:#777}
tr:target,tr:target>*{background:none!important}
}
`

/** The whole stylesheet as a `<style>` element. */
export const styleElement = trusted(`<style>${screen}${forms}${print}</style>`)
