/// <reference lib="webworker" />
// Runs one JavaScript or SQL answer inside the sandbox (a fresh worker per
// run; boot.ts ends it after the result). The answer is evaluated here as a
// global script; it shares this worker with the harness, and can reach only
// what an opaque origin under connect-src 'none' allows: nothing of the app.
import initSqlJs from 'sql.js'
import type { SqlJsLike } from '../../core/judge/sqlHarness.ts'
import { executeJs, message, type JsRunRequest } from '../js/execute.ts'

// Kept before any answer runs, so an answer that replaces them does not break the reporting.
const post = self.postMessage.bind(self)
const now = performance.now.bind(performance)
const timers = { setTimeout: self.setTimeout.bind(self), clearTimeout: self.clearTimeout.bind(self) }

self.onmessage = async (e: MessageEvent<{ id: number; req: JsRunRequest; sqlWasm?: ArrayBuffer }>) => {
  const { id, req, sqlWasm } = e.data
  try {
    const response = await executeJs(req, {
      // Indirect eval: a global, non-strict script, as the candidate wrote it.
      evaluate: (program) => (0, eval)(program),
      // The page sent the wasm: this origin can fetch nothing.
      loadSql: () => initSqlJs({ wasmBinary: sqlWasm }) as unknown as Promise<SqlJsLike>,
      clock: { setTimeout: (fn, ms) => timers.setTimeout(fn, ms), clearTimeout: (h) => timers.clearTimeout(h as number), now },
      // A worker cannot stop a call in place: the page ends the sandbox at the limit instead.
      timeTry(run) {
        const t0 = now()
        run()
        return { ms: now() - t0 }
      },
      notify: (progress) => post({ type: 'progress', id, progress }),
    })
    post({ type: 'js-done', id, response })
  } catch (err) {
    post({ type: 'failed', id, error: `the test runner failed: ${message(err)}` })
  }
}
