/// <reference lib="webworker" />
// Runs candidate code against a problem's tests, off the main thread, one
// worker per run: runTests() terminates it when the time limit passes, so a
// runaway loop costs nothing but the wait. sql.js's wasm comes from our origin.
import initSqlJs from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url'
import type { SqlJsLike } from '../core/problems/sqlHarness'
import { executeRun, type RunRequest } from './execute'

let sql: Promise<SqlJsLike> | undefined

self.onmessage = async (e: MessageEvent<RunRequest>) => {
  const result = await executeRun(e.data, {
    // Indirect eval: a global, non-strict script, as the candidate wrote it.
    // The worker is its own same-origin script, so the page's CSP meta tag
    // does not apply to it (a CSP header on the worker script would).
    evaluate: (program) => (0, eval)(program),
    loadSql: () => (sql ??= initSqlJs({ locateFile: () => wasmUrl }) as unknown as Promise<SqlJsLike>),
  })
  self.postMessage({ result })
}
