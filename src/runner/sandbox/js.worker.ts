/// <reference lib="webworker" />
// Runs one JavaScript or SQL answer inside the sandbox (a fresh worker per
// run; boot.ts ends it after the result). The answer is evaluated here as a
// global script, so it shares this worker with the harness: it can reach
// only what an opaque origin under connect-src 'none' allows, which is
// nothing of the app. Results go out through a private port the answer
// cannot reach (it lives in this closure, handed over before the answer runs).
import initSqlJs from 'sql.js'
import type { JsRealm } from '../../core/judge/jsHarness.ts'
import type { SqlJsLike } from '../../core/judge/sqlHarness.ts'
import { measureJs, message, runJsTests, type ExecuteDeps, type JsRunRequest } from '../js/execute.ts'
import type { PerfRequest } from '../protocol.ts'
import { limitBufferMemory } from './memoryLimit.ts'

// Kept before any answer runs, so an answer that replaces them does not change the measuring.
const now = performance.now.bind(performance)
const timers = { setTimeout: self.setTimeout.bind(self), clearTimeout: self.clearTimeout.bind(self) }
const evaluate = (program: string) => (0, eval)(program) // indirect eval: a global, non-strict script, as written

type Request =
  | { type: 'run'; id: number; req: JsRunRequest; sqlWasm?: ArrayBuffer; port: MessagePort }
  | { type: 'perf'; id: number; perf: PerfRequest }

self.onmessage = (first: MessageEvent<Extract<Request, { type: 'run' }>>) => {
  self.onmessage = null // one run per worker; later messages on this channel are not ours
  const { port, id, req, sqlWasm } = first.data
  const post = port.postMessage.bind(port)
  let sql: Promise<SqlJsLike> | undefined
  const deps: ExecuteDeps = {
    evaluate,
    // The page sent the wasm: this origin can fetch nothing.
    loadSql: () => (sql ??= initSqlJs({ wasmBinary: sqlWasm }) as unknown as Promise<SqlJsLike>),
    clock: { setTimeout: (fn, ms) => timers.setTimeout(fn, ms), clearTimeout: (h) => timers.clearTimeout(h as number), now },
    // A worker cannot stop a call in place: the page ends the sandbox at the limit instead.
    timeTry(run) {
      const t0 = now()
      run()
      return { ms: now() - t0 }
    },
    notify: (progress) => post({ type: 'progress', id, progress }),
  }
  // After sql.js is loaded (its own memory is the engine's, not the answer's).
  let realm: JsRealm | undefined
  port.onmessage = (e: MessageEvent<Request>) => {
    const m = e.data
    if (m.type !== 'perf' || m.id !== id) return
    if (!realm || req.problem.kind === 'sql') return post({ type: 'failed', id, error: 'the answer was not loaded' })
    try {
      post({ type: 'js-perf-done', id, perf: measureJs(req.problem, realm, m.perf, deps) })
    } catch (err) {
      post({ type: 'failed', id, error: `the performance test failed: ${message(err)}` })
    }
  }
  const ready = req.problem.kind === 'sql' ? deps.loadSql().then(() => undefined, () => undefined) : Promise.resolve()
  void ready
    .then(() => {
      limitBufferMemory(self as unknown as Record<string, unknown>)
      return runJsTests(req, deps)
    })
    .then(
      (r) => {
        realm = r.realm
        post({ type: 'js-done', id, response: r.response })
      },
      (err: unknown) => post({ type: 'failed', id, error: `the test runner failed: ${message(err)}` }),
    )
}
