import type BetterSqlite3 from "better-sqlite3"
import * as Effect from "effect/Effect"
import { diffForecast, diffLights } from "./diff-monitor.ts"
import { diffRunResults, type RunResults } from "./diff-runs.ts"
import { findRun } from "./find-run.ts"
import { detailOf, LedgerError } from "./ledger-error.ts"
import {
  indicatorColumns,
  indicatorInsertColumns,
  indicatorToRow,
  monitorIndicatorColumns,
  monitorProjectColumns,
  projectColumns,
  projectInsertColumns,
  projectToRow,
  type RunRow,
  rowToRun,
  runColumns,
  runToRow,
} from "./rows.ts"
import type {
  AnyRunDiff,
  IndicatorRecord,
  MonitorIndicatorRecord,
  MonitorProjectRecord,
  ProjectRecord,
  RunRecord,
} from "./types.ts"

const placeholders = (columns: string) =>
  columns
    .split(",")
    .map(() => "?")
    .join(", ")

/**
 * An open run ledger (see `openLedger`). Every method is one short synchronous SQLite call wrapped in an
 * Effect, failing with a `LedgerError` that names the file.
 */
export class Ledger {
  constructor(
    /** The ledger file, as it was given to `openLedger`. */
    readonly file: string,
    private readonly db: BetterSqlite3.Database,
  ) {}

  private query<A>(f: () => A): Effect.Effect<A, LedgerError> {
    return Effect.try({
      try: f,
      catch: (error) =>
        error instanceof LedgerError
          ? error
          : new LedgerError({ issue: { code: "query_failed", file: this.file, detail: detailOf(error) } }),
    })
  }

  /** True when a run with exactly this id is recorded. */
  hasRun(id: string): Effect.Effect<boolean, LedgerError> {
    return this.query(() => this.db.prepare("SELECT 1 FROM runs WHERE id = ?").get(id) !== undefined)
  }

  /**
   * Records a run with its results in one IMMEDIATE transaction: all of it or, if the process dies midway,
   * none of it. A run id is a digest of what the run read, so recording an id again is a no-op: false
   * (and neither iterable is read). The indicators are read before the projects, so that a caller may
   * gather the projects while it reads the indicators: one pass over a big run's results.
   */
  recordRun(
    run: RunRecord,
    projects: Iterable<ProjectRecord | MonitorProjectRecord>,
    indicators: Iterable<IndicatorRecord | MonitorIndicatorRecord>,
  ): Effect.Effect<boolean, LedgerError> {
    return this.query(() => {
      const insertRun = this.db.prepare(
        `INSERT INTO runs (${runColumns}) VALUES (${placeholders(runColumns)})`,
      )
      const insertProject = this.db.prepare(
        `INSERT INTO projects (run_id, ${projectInsertColumns}) VALUES (?, ${placeholders(projectInsertColumns)})`,
      )
      const insertIndicator = this.db.prepare(
        `INSERT INTO indicators (run_id, ${indicatorInsertColumns}) VALUES (?, ${placeholders(indicatorInsertColumns)})`,
      )
      const record = this.db.transaction((): boolean => {
        if (this.db.prepare("SELECT 1 FROM runs WHERE id = ?").get(run.id) !== undefined) return false
        insertRun.run(...runToRow(run))
        for (const indicator of indicators) insertIndicator.run(run.id, ...indicatorToRow(indicator))
        for (const project of projects) insertProject.run(run.id, ...projectToRow(project))
        return true
      })
      return record.immediate()
    })
  }

  /** Every recorded run, newest first. */
  listRuns(): Effect.Effect<ReadonlyArray<RunRecord>, LedgerError> {
    return this.query(() =>
      (
        this.db
          .prepare(`SELECT ${runColumns} FROM runs ORDER BY recorded_at DESC, rowid DESC`)
          .all() as RunRow[]
      ).map(rowToRun),
    )
  }

  /** The run with this id, or the one run whose id starts with this prefix (at least `minimumPrefix` characters). */
  getRun(idOrPrefix: string): Effect.Effect<RunRecord, LedgerError> {
    return this.query(() => {
      const found = findRun(this.db, this.file, idOrPrefix)
      if (found._tag === "found") return found.run
      throw new LedgerError({ issue: found.issue })
    })
  }

  /**
   * The indicator results of a run (id or unique prefix), in recorded order: a monitoring run's with their
   * lights and forecasts, a year-end run's as they always were.
   */
  indicatorsOf(
    idOrPrefix: string,
  ): Effect.Effect<ReadonlyArray<IndicatorRecord | MonitorIndicatorRecord>, LedgerError> {
    return Effect.flatMap(this.getRun(idOrPrefix), (run) =>
      this.query(() => {
        const columns = run.kind === "monitor" ? monitorIndicatorColumns : indicatorColumns
        return this.db
          .prepare(`SELECT ${columns} FROM indicators WHERE run_id = ? ORDER BY rowid`)
          .all(run.id) as IndicatorRecord[]
      }),
    )
  }

  /** The project results of a run (id or unique prefix), in recorded order; a monitoring run's with its budget lights. */
  projectsOf(
    idOrPrefix: string,
  ): Effect.Effect<ReadonlyArray<ProjectRecord | MonitorProjectRecord>, LedgerError> {
    return Effect.flatMap(this.getRun(idOrPrefix), (run) =>
      this.query(() => {
        const columns = run.kind === "monitor" ? monitorProjectColumns : projectColumns
        return this.db
          .prepare(`SELECT ${columns} FROM projects WHERE run_id = ? ORDER BY rowid`)
          .all(run.id) as ProjectRecord[]
      }),
    )
  }

  /**
   * What changed from run `a` to run `b` (ids or unique prefixes), by their kinds: two year-end runs,
   * `diffRunResults`; two monitoring runs, the lights (`diffLights`); a monitoring and a year-end run, in
   * either order, the forecast against the outcome (`diffForecast`).
   */
  diffRuns(a: string, b: string): Effect.Effect<AnyRunDiff, LedgerError> {
    const results = (id: string): Effect.Effect<RunResults, LedgerError> =>
      Effect.all({ run: this.getRun(id), indicators: this.indicatorsOf(id), projects: this.projectsOf(id) })
    return Effect.map(Effect.all([results(a), results(b)]), ([from, to]): AnyRunDiff => {
      if (from.run.kind === "year_end" && to.run.kind === "year_end") return diffRunResults(from, to)
      if (from.run.kind === "monitor" && to.run.kind === "monitor") return diffLights(from, to)
      return from.run.kind === "monitor" ? diffForecast(from, to) : diffForecast(to, from)
    })
  }

  /** SQLite's `PRAGMA integrity_check`: the problems it finds, none when the file is sound. */
  integrityCheck(): Effect.Effect<ReadonlyArray<string>, LedgerError> {
    return this.query(() => {
      const rows = this.db.pragma("integrity_check") as ReadonlyArray<{ integrity_check: string }>
      return rows.map((row) => row.integrity_check).filter((line) => line !== "ok")
    })
  }

  /** Closes the database; `openLedger` does this when its scope closes. */
  close(): void {
    if (this.db.open) this.db.close()
  }
}
