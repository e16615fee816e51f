/**
 * `jixiao assess` streams CSV inputs project by project; the whole-table assess() of the scoring package
 * is the reference. Both must write the same results.json and 指标明细.csv, byte for byte: on the seed
 * (converted to CSV), on a generated table, and on the cases that need a second pass (a project whose rows
 * reappear later, an actual row without a unit whose project name turns out to be shared).
 */

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import {
  parseActualsTable,
  parseBudgetTable,
  parseTable,
  parseTextTable,
  TARGET_TABLE_HEADER,
} from "@jixiao/core"
import { csvDocument, renderReports } from "@jixiao/report"
import { assess, assessmentToJson, presets, resultsText } from "@jixiao/scoring"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { generate } from "../scripts/gen.ts"
import { root, runJixiao } from "./support/run-cli.ts"

const version = JSON.parse(readFileSync(join(root, "apps/cli/package.json"), "utf8")).version as string
const bytes = (file: string) => readFileSync(file)

/** The reference: the whole-table readers and assess(), as results.json text and 指标明细.csv. */
const reference = async (targets: string, actuals: string, budget: string) => {
  const table = await Effect.runPromise(parseTable({ file: targets, bytes: bytes(targets) }))
  const assessment = await assess({
    table,
    actuals: await Effect.runPromise(parseActualsTable({ file: actuals, bytes: bytes(actuals) })),
    budget: await Effect.runPromise(parseBudgetTable({ file: budget, bytes: bytes(budget) })),
    policy: presets.national!,
    year: 2024,
  })
  const results = assessmentToJson(assessment, {
    engineVersion: version,
    inputs: { targets, actuals, budget },
  })
  const [csv] = await renderReports(results, ["csv"])
  return { json: resultsText(results), csv: csv!.contents as string }
}

/** The CLI's streamed run. */
const streamed = (targets: string, actuals: string, budget: string) => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-stream-out-"))
  const run = runJixiao([
    "assess",
    ...["--targets", targets, "--actuals", actuals, "--budget", budget, "--year", "2024"],
    ...["--out", out, "--format", "csv"],
  ])
  expect(run.stderr).toBe("")
  expect(run.status).toBe(0)
  // The spools (the main thread's and each worker's) are gone: only the two files are left.
  expect(readdirSync(out).sort()).toEqual(["results.json", "指标明细.csv"])
  return {
    json: readFileSync(join(out, "results.json"), "utf8"),
    csv: readFileSync(join(out, "指标明细.csv"), "utf8"),
  }
}

const expectSame = async (targets: string, actuals: string, budget: string) => {
  const expected = await reference(targets, actuals, budget)
  const actual = streamed(targets, actuals, budget)
  expect(actual.json).toBe(expected.json)
  expect(actual.csv).toBe(expected.csv)
}

const dir = () => mkdtempSync(join(tmpdir(), "jixiao-stream-in-"))
const seedActuals = join(root, "seeds/sample-actuals-2024.csv")
const seedBudget = join(root, "seeds/sample-budget-2024.csv")
const HEADER = TARGET_TABLE_HEADER

describe("assess streams CSV and writes what the whole-table assess writes", () => {
  it("on the seed, converted to CSV", async () => {
    const seed = parseTextTable(readFileSync(join(root, "seeds/000_6fa372ea3c00e953.txt"), "utf8"), "seed")
    const rows = seed.units.flatMap((u) =>
      u.projects.flatMap((p) =>
        p.indicators.map((i) => [
          u.name,
          p.name,
          p.goal,
          i.level1.raw,
          i.level2.raw,
          i.name,
          i.period?.text ?? "",
          i.annual?.text ?? "",
        ]),
      ),
    )
    const targets = join(dir(), "targets.csv")
    writeFileSync(targets, csvDocument([HEADER, ...rows]))
    await expectSame(targets, seedActuals, seedBudget)
  })

  it("on a generated table of 3,000 indicators", async () => {
    const { files } = generate(3000, 11, dir())
    await expectSame(files.targets, files.actuals, files.budget)
  })

  it("with two grading worker threads (what runs of 20,000 indicators and more use)", async () => {
    const { files } = generate(3000, 12, dir())
    process.env.JIXIAO_WORKERS = "2"
    try {
      await expectSame(files.targets, files.actuals, files.budget)
    } finally {
      delete process.env.JIXIAO_WORKERS
    }
  })

  /** A copy of a CSV file with its data rows in reverse order. */
  const reverse = (at: string, file: string) => {
    const [header, ...rows] = readFileSync(file, "utf8")
      .split("\r\n")
      .filter((line) => line !== "")
    const reversed = join(at, `reversed-${basename(file)}`)
    writeFileSync(reversed, `${[header, ...rows.reverse()].join("\r\n")}\r\n`)
    return reversed
  }

  it("with actual or budget rows in another order than the projects (rows come late: a second pass reads them all first)", async () => {
    const at = dir()
    const { files } = generate(600, 13, at)
    await expectSame(files.targets, reverse(at, files.actuals), files.budget)
    await expectSame(files.targets, files.actuals, reverse(at, files.budget))
  })

  it("writes the same report from projects read back from the workers' spools as from its own", () => {
    const at = dir()
    const { files } = generate(1500, 15, at)
    const report = (workers: string) => {
      const out = join(at, `out-${workers}`)
      process.env.JIXIAO_WORKERS = workers
      try {
        const run = runJixiao([
          "assess",
          ...["--targets", files.targets, "--actuals", files.actuals, "--budget", files.budget],
          ...["--year", "2024", "--out", out, "--format", "md"],
        ])
        expect(run.status).toBe(0)
      } finally {
        delete process.env.JIXIAO_WORKERS
      }
      return readFileSync(join(out, "报告.md"), "utf8")
    }
    const own = report("0")
    expect(own).toContain("## ")
    expect(report("2")).toBe(own)
  })

  it("with workers and a second pass (the workers of the first pass leave nothing in the second's files)", async () => {
    const at = dir()
    const { files } = generate(1500, 14, at)
    process.env.JIXIAO_WORKERS = "2"
    try {
      await expectSame(files.targets, reverse(at, files.actuals), files.budget)
    } finally {
      delete process.env.JIXIAO_WORKERS
    }
  })

  it("on budget rows two projects share (a unit-less row; one name written with and without a space)", async () => {
    const at = dir()
    const [targets, actuals, budget] = ["targets.csv", "actuals.csv", "budget.csv"].map((f) =>
      join(at, f),
    ) as [string, string, string]
    const row = (unit: string, project: string) => [
      unit,
      project,
      "",
      "1-产出指标",
      "11-数量指标",
      "车辆采购数量",
      "2辆",
      "2辆",
    ]
    writeFileSync(
      targets,
      csvDocument([
        HEADER,
        row("甲局", "购置经费"),
        row("乙局", "购置经费"),
        row("乙局", "宣传 项目"),
        row("乙局", "宣传项目"),
      ]),
    )
    writeFileSync(
      actuals,
      csvDocument([
        ["单位", "项目", "序号", "三级指标", "实际完成值"],
        ["甲局", "购置经费", 1, "车辆采购数量", "2辆"],
        ["乙局", "购置经费", 1, "车辆采购数量", "1辆"],
      ]),
    )
    writeFileSync(
      budget,
      csvDocument([
        ["单位", "项目", "年初预算数", "全年预算数", "全年执行数"],
        ["", "购置经费", 100, 100, 90],
        ["乙局", "宣传项目", 50, 50, 50],
      ]),
    )
    await expectSame(targets, actuals, budget)
  })

  it("on a project whose rows reappear later and on a project name two units share (a second pass)", async () => {
    const at = dir()
    const targets = join(at, "targets.csv")
    const actuals = join(at, "actuals.csv")
    const budget = join(at, "budget.csv")
    const row = (unit: string, project: string, name: string, target: string) => [
      unit,
      project,
      "",
      "1-产出指标",
      "11-数量指标",
      name,
      target,
      target,
    ]
    writeFileSync(
      targets,
      csvDocument([
        HEADER,
        row("甲局", "培训项目", "培训人次", "≥200人次"),
        row("甲局", "购置经费", "车辆采购数量", "2辆"),
        row("甲局", "培训项目", "培训场次", "不少于5场"),
        row("乙局", "购置经费", "设备到位率", "100%"),
        row("乙局", "宣传项目", "宣传场次", "≥10场"),
      ]),
    )
    writeFileSync(
      actuals,
      csvDocument([
        ["单位", "项目", "序号", "三级指标", "实际完成值"],
        ["甲局", "培训项目", 1, "培训人次", "210人次"],
        ["甲局", "培训项目", 2, "培训场次", "4场"],
        ["", "购置经费", 1, "车辆采购数量", "2辆"],
        ["", "宣传项目", 1, "宣传场次", "12场"],
        ["甲局", "购置经费", 1, "车辆采购数量", "2辆"],
        ["丙局", "宣传项目", 1, "宣传场次", "12场"],
      ]),
    )
    writeFileSync(
      budget,
      csvDocument([
        ["单位", "项目", "年初预算数", "全年预算数", "全年执行数"],
        ["甲局", "培训项目", 100, 100, 95],
        ["乙局", "宣传项目", 50, 50, 50],
      ]),
    )
    await expectSame(targets, actuals, budget)
  })
})
