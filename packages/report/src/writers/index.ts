export {
  type ResultsFrame,
  renderPerUnit,
  type SkippedUnit,
  type SpooledProjects,
  UNIT_PART_BYTES,
  uniqueUnitParts,
  unitFileName,
  WHOLE_REPORT_LIMIT,
  wholeResults,
} from "./per-unit.ts"
export {
  type ByteRange,
  type ProjectPieces,
  parseProject,
  projectPieces,
  projectRange,
  ResultsLayout,
  type Spooled,
  type Step,
} from "./results-layout.ts"
