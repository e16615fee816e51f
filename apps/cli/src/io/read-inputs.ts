/**
 * Reads the files an assessment needs: the CLI is the only place that touches the file system.
 * Each failure is one Chinese line naming the file (and row and column when the reader knows them).
 */
import {
  parseActualsTable,
  parseBudgetTable,
  parseMonitorTable,
  parseTable,
  TableReadError,
  type TargetTable,
} from "@jixiao/core"
import type { Policy } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import type * as FileSystem from "effect/FileSystem"
import { type CliFailure, tableFailure } from "../errors.ts"
import { readInputFile } from "./input-file.ts"
import { loadPolicy } from "./read-policy.ts"

/**
 * The bytes of a file, or a CliFailure that names it: missing, unreadable, not a regular file (a directory,
 * a FIFO, a device) or over the input limit (see input-file.ts).
 */
export const readBytes = (file: string) => readInputFile(file)

const asTableFailure = Effect.mapError((error: TableReadError) => tableFailure(error))

/**
 * A target table to assess must have indicators: a header with nothing under it, or rows all rejected,
 * would otherwise give a results.json of zero projects scored 0 (差) and exit 0. `lint` reports the same
 * table with a `table_without_indicators` finding instead.
 */
export const requireIndicators = (table: TargetTable): Effect.Effect<TargetTable, CliFailure> => {
  const projects = table.units.flatMap((u) => u.projects)
  if (projects.some((p) => p.indicators.length > 0)) return Effect.succeed(table)
  const data = { projects: projects.length, rejected: table.rejected.length }
  const error = new TableReadError({ code: "no_indicators", file: table.file, data })
  return Effect.fail(tableFailure(error))
}

/**
 * The target table to assess (or to make a template from): read, and holding indicators. `label` names
 * the file in the table's places and messages (`run` names inputs as its config writes them).
 */
export const readTargets = (file: string, label = file) =>
  Effect.flatMap(readBytes(file), (bytes) =>
    parseTable({ file: label, bytes }).pipe(asTableFailure, Effect.flatMap(requireIndicators)),
  )
export const readActuals = (file: string, label = file) =>
  Effect.flatMap(readBytes(file), (bytes) => parseActualsTable({ file: label, bytes }).pipe(asTableFailure))
export const readBudget = (file: string, label = file) =>
  Effect.flatMap(readBytes(file), (bytes) => parseBudgetTable({ file: label, bytes }).pipe(asTableFailure))

/** A mid-year monitoring sheet (当前完成值 per indicator, with its fixed lists). */
export const readMonitorSheet = (file: string, label = file) =>
  Effect.flatMap(readBytes(file), (bytes) => parseMonitorTable({ file: label, bytes }).pipe(asTableFailure))

/** A preset by name, or a policy file (JSON) merged onto the preset it extends (see `read-policy.ts`). */
export const readPolicy = (nameOrFile: string): Effect.Effect<Policy, CliFailure, FileSystem.FileSystem> =>
  loadPolicy(nameOrFile, nameOrFile, readBytes)
