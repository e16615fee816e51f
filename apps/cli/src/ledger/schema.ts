import type BetterSqlite3 from "better-sqlite3"

/** The schema version this jixiao writes and reads. Bump it with a migration, never by editing `ddl`. */
export const schemaVersion = 1

// Scores and weights are REAL: a JS number is an IEEE double, and so is a SQLite REAL, so they round-trip
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

/**
 * Creates the schema if absent and returns the version found. Reads first, so that opening an existing
 * ledger never takes the write lock; creation runs in one IMMEDIATE transaction, so two processes
 * creating the same new file do it once.
 */
export const ensureSchema = (db: BetterSqlite3.Database): number => {
  const found = storedVersion(db)
  if (found !== null) return found
  return db
    .transaction(() => {
      db.exec(ddl)
      const again = storedVersion(db)
      if (again !== null) return again
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(schemaVersion)
      return schemaVersion
    })
    .immediate()
}
