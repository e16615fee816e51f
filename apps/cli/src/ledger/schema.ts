import type BetterSqlite3 from "better-sqlite3"

/** The schema version this jixiao writes and reads. Bump it with a migration, never by editing `ddl`. */
export const schemaVersion = 2

// Version 1, as the first ledgers were made: a new ledger is made by it and then migrated, as an old one
// is, so that both end in the same schema. Scores and weights are REAL: a JS number is an IEEE double, and so is a SQLite REAL, so they round-trip
// exactly. Indicator and project rows keep the order they were recorded in (rowid).
const ddl = `
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  department TEXT NOT NULL,
  year INTEGER,
  basis TEXT NOT NULL,
  policy TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  inputs_json TEXT NOT NULL,
  outputs_json TEXT NOT NULL,
  summary_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS indicators (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  unit TEXT NOT NULL,
  project TEXT NOT NULL,
  no INTEGER NOT NULL,
  name TEXT NOT NULL,
  level1 TEXT NOT NULL,
  level2 TEXT NOT NULL,
  target TEXT,
  actual TEXT,
  weight REAL,
  score REAL,
  status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS indicators_run_id ON indicators(run_id);
CREATE TABLE IF NOT EXISTS projects (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  unit TEXT NOT NULL,
  name TEXT NOT NULL,
  total REAL,
  grade TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_run_id ON projects(run_id);
`

/**
 * The migrations, by the version each makes. ADD COLUMN never rewrites a table (SQLite stores the default
 * in the schema), so migrating a big old ledger is instant.
 *
 * 2: monitoring runs beside year-end runs. A run's kind (`year_end`, which every earlier run was, or
 * `monitor`) and as-of date; per indicator the light, completion (percentage points), the year-end
 * forecast and its projected score; per project the budget's light and 执行进度.
 */
const migrations: ReadonlyArray<{ readonly version: number; readonly ddl: string }> = [
  {
    version: 2,
    ddl: `
ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'year_end';
ALTER TABLE runs ADD COLUMN as_of TEXT;
ALTER TABLE indicators ADD COLUMN light TEXT;
ALTER TABLE indicators ADD COLUMN completion REAL;
ALTER TABLE indicators ADD COLUMN forecast TEXT;
ALTER TABLE indicators ADD COLUMN projected_score REAL;
ALTER TABLE projects ADD COLUMN budget_light TEXT;
ALTER TABLE projects ADD COLUMN budget_progress REAL;
`,
  },
]

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Switches to WAL. The switch needs an exclusive lock, and SQLite answers SQLITE_BUSY at once, without
 * the busy handler, while another connection has the file open: two processes opening a new ledger
 * together hit this (seen in test/ledger.test.ts). So retry until the busy timeout; the winner's switch
 * is persistent, and the retry then finds WAL already set.
 */
const switchToWal = (db: BetterSqlite3.Database, timeoutMs: number): void => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      db.pragma("journal_mode = WAL")
      return
    } catch (error) {
      if ((error as { code?: unknown }).code !== "SQLITE_BUSY" || Date.now() >= deadline) throw error
      sleepSync(10 + Math.random() * 20)
    }
  }
}

/**
 * Connection settings. busy_timeout comes first so that statements wait for a concurrent writer instead of
 * failing. WAL lets `runs list` read while a run records; synchronous=NORMAL is durable to the last commit
 * across a crash of the process (not of the OS), which WAL makes safe.
 */
export const configure = (db: BetterSqlite3.Database, busyTimeoutMs: number): void => {
  const timeout = Math.max(0, Math.trunc(busyTimeoutMs))
  db.pragma(`busy_timeout = ${timeout}`)
  switchToWal(db, timeout)
  db.pragma("foreign_keys = ON")
  db.pragma("synchronous = NORMAL")
}

const storedVersion = (db: BetterSqlite3.Database): number | null => {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get()
  if (table === undefined) return null
  const row = db.prepare("SELECT max(version) AS version FROM schema_version").get() as
    | { version: number | null }
    | undefined
  return row?.version ?? null
}

/** Applies the migrations after `from`, recording each version made. Inside the caller's transaction. */
const migrate = (db: BetterSqlite3.Database, from: number): number => {
  let version = from
  for (const step of migrations) {
    if (step.version <= version) continue
    db.exec(step.ddl)
    db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(step.version)
    version = step.version
  }
  return version
}

/**
 * Creates the schema if absent, migrates an older one, and returns the version found (or made). Reads
 * first, so that opening a current ledger never takes the write lock; creation and migration run in one
 * IMMEDIATE transaction that reads the version again, so two processes opening the same new or old file
 * do it once. A newer version than this jixiao's is returned as found, untouched.
 */
export const ensureSchema = (db: BetterSqlite3.Database): number => {
  const found = storedVersion(db)
  if (found !== null && found >= schemaVersion) return found
  return db
    .transaction(() => {
      const again = storedVersion(db)
      if (again !== null && again >= schemaVersion) return again
      if (again !== null) return migrate(db, again)
      db.exec(ddl)
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(1)
      return migrate(db, 1)
    })
    .immediate()
}
