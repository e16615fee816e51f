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
