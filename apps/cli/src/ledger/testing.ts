/**
 * Sample ledger records for tests (this package's and the `jixiao run` tests): small, valid, and easy to
 * vary one field at a time. Not exported from the package entry.
 */
import type { IndicatorRecord, ProjectRecord, RunRecord } from "./types.ts"

/** A run of 2024 with a plausible summary; `overrides` replace fields. */
export const sampleRun = (id: string, overrides: Partial<RunRecord> = {}): RunRecord => ({
  id,
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
