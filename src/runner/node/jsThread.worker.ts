// Node's host for JavaScript and SQL answers (tests and the judge CLI): a
// worker thread, so an answer that never ends (even in promises) can be
// stopped by ending the thread, each answer in its own node:vm context (no
// require, no process), the same executeJs as the browser's sandbox worker.
// Loaded by Node's own type stripping: imports carry .ts and nothing here
// needs more than stripping.
import { parentPort } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import vm from 'node:vm'
import initSqlJs from 'sql.js'
import type { SqlJsLike } from '../../core/judge/sqlHarness.ts'
import { executeJs, type JsProgress, type JsRunRequest } from '../js/execute.ts'

export type JsThreadRequest = { id: number; req: JsRunRequest }
export type JsThreadMessage = { id: number; progress: JsProgress } | { id: number; done: Awaited<ReturnType<typeof executeJs>> }

let sql: Promise<SqlJsLike> | undefined
const TIMEOUT_CODE = 'ERR_SCRIPT_EXECUTION_TIMEOUT'

function newContext(): vm.Context {
  const quiet = () => {}
  return vm.createContext({
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    console: { log: quiet, error: quiet, warn: quiet, info: quiet, debug: quiet },
  })
}

// The host starts a run's clock once this arrives (loading the modules on a busy machine is not the answer's time).
parentPort!.postMessage({ ready: true })

parentPort!.on('message', async ({ id, req }: JsThreadRequest) => {
  const context = newContext()
  const post = (m: JsThreadMessage) => parentPort!.postMessage(m)
  const done = await executeJs(req, {
    // Top-level code that never ends is stopped here; anything later by ending the thread.
    evaluate: (program) => vm.runInContext(program, context, { timeout: req.timeoutMs, filename: 'answer.js' }),
    loadSql: () => (sql ??= initSqlJs() as unknown as Promise<SqlJsLike>),
    clock: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout), now: () => performance.now() },
    timeTry(run, limitMs) {
      context.__inkterviewTry = run
      const t0 = performance.now()
      try {
        vm.runInContext('__inkterviewTry()', context, { timeout: Math.max(1, Math.ceil(limitMs)) })
      } catch (e) {
        if ((e as { code?: string }).code === TIMEOUT_CODE) return 'stopped'
        throw e
      } finally {
        delete context.__inkterviewTry
      }
      return { ms: performance.now() - t0 }
    },
    notify: (progress) => post({ id, progress }),
  })
  post({ id, done })
})
