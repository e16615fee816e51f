export { type AssessInput, type Assessment, assess } from "./assess.ts"
export { type EngineInput, type EngineOutcome, type EngineWriter, runEngine } from "./engine.ts"
export { type Graded, type GradedWork, type GradeWork, gradeWork } from "./grade-work.ts"
export { type Done, type GradeJob, type Grader, type GraderFactory, inThreadGrader } from "./grader.ts"
export {
  type ActualsSource,
  type BudgetSource,
  type ProjectSource,
  streamedActuals,
  streamedBudget,
  streamedProjects,
  type TableItem,
  tableActuals,
  tableBudget,
  tableProjects,
} from "./sources.ts"
