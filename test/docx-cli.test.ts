/**
 * Issue #16 through the CLI bundle: `assess --format docx` writes 绩效自评报告.docx and one report per
 * project into the output folder, whose tables agree with the results.json written beside them; `run`
 * accepts docx in outputs.formats; `report --format docx` rewrites byte-identical documents from the
 * saved results.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readWordDocument } from "@jixiao/report/testing"
import { describe, expect, it } from "vitest"
import { root, runJixiao } from "./support/run-cli.ts"

const seed = "seeds/000_6fa372ea3c00e953.txt"
const fixed = (n: number | null) => (n === null ? "—" : n.toFixed(2))

describe("--format docx", () => {
  it("assess writes the department's and every project's report, agreeing with results.json", async () => {
    const out = mkdtempSync(join(tmpdir(), "jixiao-docx-cli-"))
    const run = runJixiao([
      "assess",
      ...["--targets", seed, "--actuals", "seeds/sample-actuals-2024.csv"],
      ...["--budget", "seeds/sample-budget-2024.csv", "--year", "2024", "--out", out, "--format", "docx"],
    ])
    expect(run.status, run.stderr).toBe(0)
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"))
    const docx = readdirSync(out)
      .filter((n) => n.endsWith(".docx"))
      .sort()
    expect(docx).toHaveLength(results.projects.length + 1)
    expect(docx).toContain("绩效自评报告.docx")
    const department = await readWordDocument(readFileSync(join(out, "绩效自评报告.docx")))
    const list = department.tables.at(-1)!
    expect(list.slice(1).map((r) => r.map((c) => c.text))).toEqual(
      results.projects.map((p: { unit: string; name: string; total: number; grade: string }, i: number) => [
        String(i + 1),
        p.unit,
        p.name,
        fixed(p.total),
        p.grade,
      ]),
    )
    const last = results.projects.length
    const file = docx.find((n) => n.startsWith(`自评报告-${last}-`))!
    const form = (await readWordDocument(readFileSync(join(out, file)))).tables.at(-1)!
    expect(form[0]![1]!.text).toBe(results.projects[last - 1].name)
    expect(form.at(-2)![1]!.text).toBe(fixed(results.projects[last - 1].total))

    const again = mkdtempSync(join(tmpdir(), "jixiao-docx-cli-"))
    const report = runJixiao(["report", join(out, "results.json"), "--format", "docx", "--out", again])
    expect(report.status, report.stderr).toBe(0)
    for (const name of docx)
      expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name)))).toBe(true)
  })

  it("run accepts docx in outputs.formats", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "jixiao-docx-run-")), "seeds")
    mkdirSync(dir)
    for (const name of ["000_6fa372ea3c00e953.txt", "sample-actuals-2024.csv", "sample-budget-2024.csv"])
      copyFileSync(join(root, "seeds", name), join(dir, name))
    const config = JSON.parse(readFileSync(join(root, "seeds/seed-2024.config.json"), "utf8"))
    config.outputs.formats = ["md", "docx"]
    config.failOn = "never"
    writeFileSync(join(dir, "c.json"), JSON.stringify(config))
    const run = runJixiao(["run", "--config", join(dir, "c.json")])
    expect(run.status, run.stderr).toBe(0)
    const out = readdirSync(join(dir, "..", "out", "seed-2024"))
    expect(out).toContain("绩效自评报告.docx")
    expect(out).toContain("报告.md")
    expect(out.filter((n) => n.startsWith("自评报告-"))).toHaveLength(34)
  })
})
