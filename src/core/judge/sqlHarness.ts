// Runs an SQL answer against SQL tests with sql.js. The caller supplies the
// initialised module (Node loads the wasm from node_modules, the browser from
// our own origin), so this file stays free of loading concerns.
import type { Json, SqlProblem } from '../problems/schema.ts'
import type { RawOutcome } from './judge.ts'

export interface SqlJsLike {
  Database: new () => {
    exec(sql: string): { columns: string[]; values: unknown[][] }[]
    close(): void
  }
}

function cell(v: unknown): Json {
  if (v === null || typeof v === 'number' || typeof v === 'string') return v
  if (v instanceof Uint8Array) return `blob(${v.length} bytes)`
  return String(v)
}

function lastRows(results: { values: unknown[][] }[]): Json[][] {
  const last = results[results.length - 1]
  // sql.js reports no result set for a SELECT that matched no rows.
  return last ? last.values.map((row) => row.map(cell)) : []
}

/**
 * Each test: a fresh in-memory database, schema.sql, the test's seed, then the
 * answer; rows of its last result, or of the test's `check` query run after it
 * (for answers that change data).
 */
export function runSqlCases(SQL: SqlJsLike, problem: SqlProblem, query: string): RawOutcome[] {
  return problem.tests.map((t) => {
    const db = new SQL.Database()
    try {
      try {
        db.exec(problem.schemaSql)
        if (t.seed.trim()) db.exec(t.seed)
      } catch (e) {
        return { name: t.name, ok: false, error: `setting up the test data failed: ${(e as Error).message}` }
      }
      try {
        if (!query.trim()) return { name: t.name, ok: false, error: 'the query is empty' }
        const results = db.exec(query)
        if (t.check === undefined) return { name: t.name, ok: true, value: lastRows(results) }
      } catch (e) {
        return { name: t.name, ok: false, error: `SQL error: ${(e as Error).message}` }
      }
      try {
        return { name: t.name, ok: true, value: lastRows(db.exec(t.check)) }
      } catch (e) {
        return { name: t.name, ok: false, error: `the check after your statements failed: ${(e as Error).message}` }
      }
    } finally {
      db.close()
    }
  })
}
