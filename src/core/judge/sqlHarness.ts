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

/** Each test: a fresh in-memory database, schema.sql, the test's seed, then the query; rows of the last result. */
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
        const last = results[results.length - 1]
        // sql.js reports no result set for a SELECT that matched no rows.
        return { name: t.name, ok: true, value: last ? last.values.map((row) => row.map(cell)) : [] }
      } catch (e) {
        return { name: t.name, ok: false, error: `SQL error: ${(e as Error).message}` }
      }
    } finally {
      db.close()
    }
  })
}
