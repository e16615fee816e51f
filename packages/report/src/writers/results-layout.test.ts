import { presets, projectText, projectToJson } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"
import { indicatorCsvLines } from "../formats/csv.ts"
import { seedAssessment } from "../testing/seed-results.ts"
import { projectPieces } from "./results-layout.ts"

describe("a graded project's pieces", () => {
  it("join to the separator and the project's line of results.json, and its lines of 指标明细.csv", async () => {
    const assessment = await seedAssessment()
    const policy = presets.national!
    expect(assessment.projects.length).toBeGreaterThan(1)
    for (const project of assessment.projects) {
      const pieces = projectPieces(project, policy, true)
      const json = projectToJson(project, policy)
      expect(pieces.json[0]).toBe(",\n    ")
      expect(pieces.json.join("")).toBe(`,\n${projectText(json)}`)
      expect(JSON.parse(pieces.json[1])).toEqual(JSON.parse(JSON.stringify(json)))
      expect(pieces.csv).toBe(indicatorCsvLines(json))
      expect(projectPieces(project, policy, false).csv).toBeNull()
    }
  })
})
