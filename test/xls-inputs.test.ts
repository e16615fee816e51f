/**
 * Issue #16: legacy .xls (Excel 97-2003) inputs, through the CLI bundle. jixiao converts them with
 * LibreOffice headless in a private temporary folder and reads the .xlsx as it reads any workbook, naming
 * the .xls in its messages. The .xls copies of the sample actuals and budget are made here with
 * LibreOffice from the CSV files; they assess to the same results as the CSV. Garbage, a text file named
 * .xls, a machine without LibreOffice and a conversion past its time limit each get one Chinese line.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process"
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { hasCommand } from "./browser/launch.ts"
import { root } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const dir = mkdtempSync(join(tmpdir(), "jixiao-xls-test-"))

/** Runs the bundled CLI with extra environment. */
const jixiao = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}) => {
  const { FORCE_COLOR: _, ...base } = process.env
  const started = Date.now()
  const result = spawnSync(process.execPath, ["apps/cli/bin/jixiao.mjs", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...base, NO_COLOR: "1", ...env },
    timeout: 60_000,
  })
  return { status: result.status, stderr: result.stderr, seconds: (Date.now() - started) / 1000 }
}

/** An .xls made by LibreOffice from a UTF-8 CSV of the repository, its cells text as in the CSV. */
const xlsFromCsv = (csv: string, name: string): string => {
  const source = join(dir, `${name}.csv`)
  copyFileSync(join(root, csv), source)
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      // Comma, double quote, UTF-8, from row 1, every column as text: the cells keep the CSV's wording
      // (`6,120` stays `6,120`; a number-detecting import would store 6120).
      `--infilter=CSV:44,34,76,1,${Array.from({ length: 12 }, (_, i) => `${i + 1}/2`).join("/")}`,
      "--convert-to",
      "xls:MS Excel 97",
      "--outdir",
      dir,
      source,
    ],
    { stdio: "ignore", timeout: 120_000 },
  )
  const xls = join(dir, `${name}.xls`)
  expect([...readFileSync(xls).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0])
  return xls
}

const assess = (actuals: string, budget: string, env: Readonly<Record<string, string>> = {}) => {
  const out = mkdtempSync(join(dir, "out-"))
  const run = jixiao(
    ["assess", "--targets", seed, "--actuals", actuals, "--budget", budget, "--year", "2024", "--out", out],
    env,
  )
  const results = run.status === 0 ? JSON.parse(readFileSync(join(out, "results.json"), "utf8")) : null
  return { run, results }
}

/** What grading decided, without where each value was read from (file, sheet, column letters differ). */
const graded = (results: {
  department: unknown
  units: unknown
  notMet: unknown
  needsReview: unknown
  projects: ReadonlyArray<Record<string, unknown> & { indicators: ReadonlyArray<Record<string, unknown>> }>
}) => ({
  department: results.department,
  units: results.units,
  notMet: results.notMet,
  needsReview: results.needsReview,
  projects: results.projects.map((p) => ({
    total: p.total,
    grade: p.grade,
    budget: p.budget,
    indicators: p.indicators.map((i) => [
      i.actual,
      i.received,
      i.score,
      i.status,
      i.deviationReason,
      i.deduction,
    ]),
  })),
})

/** A failed run: exit 1, one Chinese line naming the file, no stack. */
const failed = (run: ReturnType<typeof jixiao>, file: string) => {
  expect(run.status, run.stderr).toBe(1)
  expect(run.stderr.trim().split("\n")).toHaveLength(1)
  expect(run.stderr).toContain(file)
  expect(run.stderr).not.toMatch(/^\s+at\s/m)
}

/** Refused before core read anything: `无法读取 <file>：…`. */
const refused = (run: ReturnType<typeof jixiao>, file: string) => {
  failed(run, file)
  expect(run.stderr).toContain(`无法读取 ${file}：`)
}

let actualsXls: string
let budgetXls: string

describe(".xls inputs", () => {
  beforeAll(() => {
    if (!hasCommand("soffice"))
      throw new Error(
        "soffice not found: the .xls tests need LibreOffice. Run `bash scripts/ensure-libreoffice.sh` as root (未找到 soffice，请以 root 运行 scripts/ensure-libreoffice.sh 安装)",
      )
    actualsXls = xlsFromCsv("seeds/sample-actuals-2024.csv", "完成值")
    budgetXls = xlsFromCsv("seeds/sample-budget-2024.csv", "预算")
  }, 240_000)

  it("assesses an .xls copy of the sample actuals and budget to the same results as the CSV", () => {
    const csv = assess("seeds/sample-actuals-2024.csv", "seeds/sample-budget-2024.csv")
    const xls = assess(actualsXls, budgetXls)
    expect(xls.run.status, xls.run.stderr).toBe(0)
    expect(graded(xls.results)).toEqual(graded(csv.results))
    expect(xls.results.inputs.actuals).toBe(actualsXls)
    // Places name the .xls the user gave, with its sheet, row and column.
    const places = xls.results.projects.flatMap(
      (p: { indicators: Array<{ findings: Array<{ at?: { place?: string } }> }> }) =>
        p.indicators.flatMap((i) => i.findings.map((f) => f.at?.place ?? "")),
    )
    expect(places.some((p: string) => p.startsWith(`文件 ${actualsXls} 工作表「完成值」第 `))).toBe(true)
  })

  it("a run from a config naming an .xls reruns to the same id and byte-identical reports", () => {
    const seeds = join(mkdtempSync(join(dir, "run-")), "seeds")
    mkdirSync(seeds)
    copyFileSync(join(root, seed), join(seeds, "targets.txt"))
    copyFileSync(actualsXls, join(seeds, "actuals.xls"))
    copyFileSync(budgetXls, join(seeds, "budget.xls"))
    const config = {
      year: 2024,
      inputs: { targets: "targets.txt", actuals: "actuals.xls", budget: "budget.xls" },
      outputs: { folder: "../out", formats: ["md", "xlsx"] },
      failOn: "never",
    }
    writeFileSync(join(seeds, "c.json"), JSON.stringify(config))
    const first = jixiao(["run", "--config", join(seeds, "c.json")])
    expect(first.status, first.stderr).toBe(0)
    const before = readFileSync(join(seeds, "..", "out", "自评表.xlsx"))
    const second = spawnSync(
      process.execPath,
      ["apps/cli/bin/jixiao.mjs", "run", "--config", join(seeds, "c.json")],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    )
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).toContain("输入未变")
    expect(readFileSync(join(seeds, "..", "out", "自评表.xlsx")).equals(before)).toBe(true)
  })

  it("lints an .xls copy of jixiao's own 自评表 as it lints the .xlsx", () => {
    const out = mkdtempSync(join(dir, "form-"))
    const made = jixiao(["assess", "--targets", seed, "--year", "2024", "--out", out, "--format", "xlsx"])
    expect(made.status, made.stderr).toBe(0)
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xls:MS Excel 97",
        "--outdir",
        out,
        join(out, "自评表.xlsx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    )
    const lint = (file: string) =>
      spawnSync(process.execPath, ["apps/cli/bin/jixiao.mjs", "lint", file], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      })
    const xlsx = lint(join(out, "自评表.xlsx"))
    const xls = lint(join(out, "自评表.xls"))
    expect(xls.status, xls.stderr).toBe(xlsx.status)
    expect(xls.stdout).toContain("自评表.xls 工作表「指标明细」")
    expect(xls.stdout.replaceAll("自评表.xls ", "自评表.xlsx ")).toBe(xlsx.stdout)
  })

  it("refuses garbage behind an .xls header with one Chinese line, within the time limit", () => {
    const garbage = join(dir, "坏表.xls")
    const bytes = Buffer.alloc(64 * 1024, 0x41)
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes)
    for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 7919) % 251
    writeFileSync(garbage, bytes)
    const run = jixiao(
      ["assess", "--targets", seed, "--actuals", garbage, "--year", "2024", "--out", join(dir, "o")],
      {
        JIXIAO_XLS_TIMEOUT_SECONDS: "30",
      },
    )
    // LibreOffice reads what it can (here: as text) and core finds no table in it, or it refuses outright.
    failed(run, garbage)
    expect(run.stderr).toMatch(/找不到表头|无法读取/)
    expect(run.seconds).toBeLessThan(45)
  })

  it("refuses a text file named .xls, saying it is not a workbook and how to convert", () => {
    const text = join(dir, "导出.xls")
    writeFileSync(text, "<html><table><tr><td>单位</td></tr></table></html>")
    const run = jixiao(["lint", text])
    refused(run, text)
    expect(run.stderr).toContain("内容不是 Excel 97-2003 工作簿")
    expect(run.stderr).toContain("另存为")
  })

  it("without LibreOffice, refuses an .xls and says how to convert it", () => {
    const run = jixiao(
      ["assess", "--targets", seed, "--actuals", actualsXls, "--year", "2024", "--out", join(dir, "o")],
      { JIXIAO_SOFFICE: "" },
    )
    refused(run, actualsXls)
    expect(run.stderr).toContain("需要本机安装 LibreOffice")
    expect(run.stderr).toContain("apt-get install libreoffice-calc-nogui")
  })

  it("ends a conversion that runs past its time limit, and says so", () => {
    const run = jixiao(
      ["assess", "--targets", seed, "--actuals", actualsXls, "--year", "2024", "--out", join(dir, "o")],
      {
        JIXIAO_XLS_TIMEOUT_SECONDS: "0.05",
      },
    )
    refused(run, actualsXls)
    expect(run.stderr).toContain("在 0.05 秒内未能把它转为 .xlsx，已终止转换")
    expect(run.seconds).toBeLessThan(10)
  })

  it("stops LibreOffice and removes its temporary folder when jixiao is stopped mid-conversion", async () => {
    // A stand-in for soffice that never finishes, and says where it runs.
    const work = mkdtempSync(join(dir, "stop-"))
    const pidFile = join(work, "soffice.pid")
    const fake = join(work, "soffice")
    writeFileSync(fake, `#!/bin/sh\necho $$ > "${pidFile}"\nexec sleep 60\n`)
    chmodSync(fake, 0o755)
    const xls = join(work, "表.xls")
    writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    )
    const temp = mkdtempSync(join(work, "tmp-"))
    const { FORCE_COLOR: _, ...env } = process.env
    const child = spawn(
      process.execPath,
      [
        "apps/cli/bin/jixiao.mjs",
        "assess",
        "--targets",
        seed,
        "--actuals",
        xls,
        "--year",
        "2024",
        "--out",
        join(work, "o"),
      ],
      { cwd: root, env: { ...env, NO_COLOR: "1", JIXIAO_SOFFICE: fake, TMPDIR: temp }, stdio: "ignore" },
    )
    const deadline = Date.now() + 20_000
    while (!existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    const pid = Number(readFileSync(pidFile, "utf8"))
    const sent = Date.now()
    child.kill("SIGTERM")
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)))
    expect(code).toBe(143)
    expect(Date.now() - sent).toBeLessThan(2_000)
    // Gone, or a zombie waiting for its reaper (a container's init may be slow to reap it): not running.
    const running = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"))
      } catch {
        return false
      }
    }
    for (let i = 0; i < 20 && running(); i++) await new Promise((r) => setTimeout(r, 50))
    const alive = running()
    expect(alive).toBe(false)
    expect(readdirSync(temp).filter((n) => n.startsWith("jixiao-xls-"))).toEqual([])
  })
})
