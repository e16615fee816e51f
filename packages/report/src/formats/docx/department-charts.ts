/**
 * The department report's two figures, from the data of the HTML report's charts: projects per grade
 * (`department.grades`, as html's 项目等级分布) and project totals in 10-point bins (as html's 项目总分分布:
 * [0,10) … [80,90), and [90,100] with 100 in the last bin), each coloured by grade.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { gradeBands } from "../html/overview-charts.ts"
import { grades } from "../html/present.ts"
import type { PngColumn } from "./column-png.ts"

/** The HTML report's grade colours (html/styles.ts, --ga … --gd). */
export const GRADE_COLORS: Readonly<Record<string, string>> = {
  优: "#2f7d4f",
  良: "#2b6cb0",
  中: "#b7791f",
  差: "#c53030",
}

/** A figure: what each column stands for, its value, its colour. */
export interface Figure {
  readonly labels: ReadonlyArray<string>
  readonly columns: ReadonlyArray<PngColumn>
}

/** Projects per grade, best first. */
export const gradeFigure = (results: ResultsJson): Figure => {
  const counts = results.department.grades as Readonly<Record<string, number>>
  return {
    labels: [...grades],
    columns: grades.map((g) => ({ value: counts[g] ?? 0, color: GRADE_COLORS[g]! })),
  }
}

const gradeAt = (results: ResultsJson, score: number): string =>
  gradeBands(results).find((band) => score >= band.min)?.grade ?? "差"

/** Projects per 10-point bin of their totals. */
export const histogramFigure = (results: ResultsJson): Figure => {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, count: 0 }))
  for (const p of results.projects)
    bins[Math.min(9, Math.max(0, Math.floor((p.total ?? 0) / 10)))]!.count += 1
  return {
    labels: bins.map((b) => (b.from === 90 ? "90–100" : `${b.from}–${b.from + 10}`)),
    columns: bins.map((b) => ({
      value: b.count,
      color: GRADE_COLORS[gradeAt(results, b.from)] ?? "#9aa5b1",
    })),
  }
}
