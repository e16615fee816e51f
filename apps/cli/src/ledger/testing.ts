/**
 * Sample ledger records for tests (this package's and the `jixiao run` tests): small, valid, and easy to
 * vary one field at a time. Not exported from the package entry.
 */
import type {
  IndicatorRecord,
  MonitorIndicatorRecord,
  MonitorProjectRecord,
  ProjectRecord,
  RunRecord,
} from "./types.ts"

/** A run of 2024 with a plausible summary; `overrides` replace fields. */
export const sampleRun = (id: string, overrides: Partial<RunRecord> = {}): RunRecord => ({
  id,
  kind: "year_end",
  asOf: null,
  recordedAt: "2025-01-10T09:30:00.000Z",
  department: "测试局",
  year: 2024,
  basis: "annual",
  policy: "default",
  engineVersion: "0.1.0",
  inputs: [
    { role: "targets", path: "目标表.xlsx", sha256: "a".repeat(64) },
    { role: "actuals", path: "完成值.csv", sha256: "b".repeat(64) },
  ],
  outputs: [{ path: "out/results.json", sha256: "c".repeat(64) }],
  summary: {
    score: 92.5,
    grade: "优",
    projects: 2,
    grades: { 优: 1, 良: 1 },
    rows: { in: 3, graded: 3, rejected: 0 },
    statuses: { met: 2, not_met: 1 },
  },
  ...overrides,
})

/** An indicator of 测试单位 / 培训项目; `overrides` replace fields. */
export const sampleIndicator = (no: number, overrides: Partial<IndicatorRecord> = {}): IndicatorRecord => ({
  unit: "测试单位",
  project: "培训项目",
  no,
  name: `指标${no}`,
  level1: "产出指标",
  level2: "数量指标",
  target: "不少于150家",
  actual: "160家",
  weight: 10,
  score: 10,
  status: "met",
  ...overrides,
})

/** A project of 测试单位; `overrides` replace fields. */
export const sampleProject = (name: string, overrides: Partial<ProjectRecord> = {}): ProjectRecord => ({
  unit: "测试单位",
  name,
  total: 95,
  grade: "优",
  ...overrides,
})

/** `count` indicators numbered from 1. */
export const sampleIndicators = (count: number): ReadonlyArray<IndicatorRecord> =>
  Array.from({ length: count }, (_, i) => sampleIndicator(i + 1))

/** A monitoring run of 2024 as of 31 July; `overrides` replace fields. */
export const sampleMonitorRun = (id: string, overrides: Partial<RunRecord> = {}): RunRecord =>
  sampleRun(id, {
    kind: "monitor",
    asOf: "2024-07-31",
    recordedAt: "2024-08-01T06:00:00.000Z",
    summary: {
      score: 88.5,
      grade: "良",
      projects: 1,
      grades: { 良: 1 },
      rows: { in: 3, graded: 3, rejected: 0 },
      statuses: { met: 2, partially_met: 1 },
      timeProgress: 58.2,
      lights: { green: 2, yellow: 1, red: 0, not_due: 0, needs_review: 0 },
      budgetLights: { green: 1, yellow: 0, red: 0, not_due: 0, needs_review: 0 },
    },
    ...overrides,
  })

/** An indicator of a monitoring run: 80 of 150 by 31 July, green, forecast 150家 (met); `overrides` replace fields. */
export const sampleMonitorIndicator = (
  no: number,
  overrides: Partial<MonitorIndicatorRecord> = {},
): MonitorIndicatorRecord => ({
  ...sampleIndicator(no),
  actual: "80家",
  score: null,
  status: "met",
  light: "green",
  completion: 53.33,
  forecast: "150家",
  projectedScore: 10,
  ...overrides,
})

/** A project of a monitoring run with a green budget light; `overrides` replace fields. */
export const sampleMonitorProject = (
  name: string,
  overrides: Partial<MonitorProjectRecord> = {},
): MonitorProjectRecord => ({
  ...sampleProject(name, { total: 88.5, grade: "良" }),
  budgetLight: "green",
  budgetProgress: 60,
  ...overrides,
})
