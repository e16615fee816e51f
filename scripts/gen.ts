/**
 * `pnpm gen --indicators N --seed S --out DIR`: writes a generated year-end run of N indicators in CSV —
 * DIR/targets.csv, DIR/actuals.csv and DIR/budget.csv — with the headers jixiao's readers expect. The same
 * N and seed give byte-identical files on every machine. Used by `pnpm bench`; handy for trying big runs.
 */

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs"
import { join } from "node:path"
import { TARGET_TABLE_HEADER } from "@jixiao/core"
import { csvLine } from "./gen/csv-line.ts"
import { drawProjects } from "./gen/draw.ts"
import { loadTemplates } from "./gen/templates.ts"

const TARGET_HEADER = TARGET_TABLE_HEADER
const ACTUAL_HEADER = [
  "单位",
  "项目",
  "序号",
  "三级指标",
  "实际完成值",
  "评价等级",
  "扣分",
  "扣分原因",
  "偏差原因",
]
const BUDGET_HEADER = ["单位", "项目", "年初预算数", "全年预算数", "全年执行数"]

/** A file written in large chunks (one write per ~1 MB), UTF-8 with the BOM spreadsheet exports carry. */
const chunkedFile = (path: string) => {
  const fd = openSync(path, "w")
  let buffer = "\uFEFF"
  return {
    write(text: string) {
      buffer += text
      if (buffer.length > 1 << 19) {
        writeSync(fd, buffer)
        buffer = ""
      }
    },
    close() {
      writeSync(fd, buffer)
      closeSync(fd)
    },
  }
}

/** The generated files of `indicators` indicators drawn with `seed`, written into `out`. */
export const generate = (indicators: number, seed: number, out: string) => {
  mkdirSync(out, { recursive: true })
  const files = {
    targets: join(out, "targets.csv"),
    actuals: join(out, "actuals.csv"),
    budget: join(out, "budget.csv"),
  }
  const [targets, actuals, budget] = [files.targets, files.actuals, files.budget].map(chunkedFile) as [
    ReturnType<typeof chunkedFile>,
    ReturnType<typeof chunkedFile>,
    ReturnType<typeof chunkedFile>,
  ]
  targets.write(csvLine(TARGET_HEADER))
  actuals.write(csvLine(ACTUAL_HEADER))
  budget.write(csvLine(BUDGET_HEADER))
  const templates = loadTemplates()
  let projects = 0
  for (const p of drawProjects(indicators, seed, templates, templates.goals, templates.projectNames)) {
    projects++
    p.indicators.forEach((i, index) => {
      const t = i.template
      // A merged 绩效目标 cell exported to CSV keeps its text in the project's first row only.
      targets.write(
        csvLine([p.unit, p.name, index === 0 ? p.goal : "", t.level1, t.level2, t.name, i.period, i.annual]),
      )
      actuals.write(csvLine([p.unit, p.name, index + 1, t.name, i.actual, t.tier, "", "", i.deviationReason]))
    })
    budget.write(csvLine([p.unit, p.name, p.budget.initial, p.budget.planned, p.budget.executed]))
  }
  for (const file of [targets, actuals, budget]) file.close()
  return { files, projects }
}

const flag = (name: string): string | undefined => {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  if (at >= 0) return args[at + 1]
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

if (process.argv[1]?.endsWith("gen.mjs")) {
  const indicators = Number(flag("indicators") ?? 100_000)
  const seed = Number(flag("seed") ?? 1)
  const out = flag("out")
  if (!out || !Number.isInteger(indicators) || indicators < 1 || !Number.isInteger(seed)) {
    console.error("用法：pnpm gen --indicators 指标数 --seed 种子 --out 目录")
    process.exit(1)
  }
  const { files, projects } = generate(indicators, seed, out)
  console.log(
    `已生成 ${indicators} 个指标（${projects} 个项目）：${files.targets}、${files.actuals}、${files.budget}`,
  )
}
