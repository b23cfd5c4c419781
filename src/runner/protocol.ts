// The messages between the page and the sandbox (src/runner/sandbox/), and
// between the sandbox and its workers. Everything that crosses is checked on
// arrival: the sandbox runs the answer's code, so a message from it may be
// anything, and the page takes only what it asked for.
import type { RawOutcome } from '../core/judge/judge.ts'
import type { PerfMeasurement } from '../core/judge/performance.ts'
import type { JsProgress, JsRunRequest, JsRunResponse } from './js/execute.ts'
import type { PythonJob, PythonJobResult, PythonProgress } from './python/job.ts'

/** What the page hands the sandbox so that Python can start there without fetching anything. */
export interface PyodideFiles {
  /** pyodide.asm.mjs, the Emscripten module. */
  asmJs: string
  /** pyodide.asm.wasm */
  wasm: ArrayBuffer
  /** python_stdlib.zip */
  stdlib: ArrayBuffer
  /** pyodide-lock.json */
  lock: string
}

/** The performance test's part of a request: the reference (sent only once the tests passed) and how to judge. */
export type PerfRequest = NonNullable<JsRunRequest['perf']>

// ---- page -> sandbox ----
export type ToSandbox =
  /** The tests (a fresh worker; the problem comes without its expected values). */
  | { type: 'run-js'; id: number; req: Omit<JsRunRequest, 'perf'>; sqlWasm?: ArrayBuffer }
  /** Then, when every test passed, the performance test of the same answer in the same worker. */
  | { type: 'perf-js'; id: number; perf: PerfRequest }
  /** The run is over: its worker ends. */
  | { type: 'end-js'; id: number }
  | { type: 'load-python'; id: number; files: PyodideFiles }
  | { type: 'run-python'; id: number; job: PythonJob }

// ---- sandbox -> page ----
export type FromSandbox =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: JsProgress | PythonProgress }
  | { type: 'js-done'; id: number; response: JsRunResponse }
  | { type: 'js-perf-done'; id: number; perf: PerfMeasurement }
  | { type: 'python-loaded'; id: number; ms: number }
  | { type: 'python-done'; id: number; result: PythonJobResult }
  /** The run could not finish in the sandbox (a worker crashed, Python failed to load...). */
  | { type: 'failed'; id: number; error: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0
const isText = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max

function isRawOutcome(o: unknown): o is RawOutcome {
  return isRecord(o) && isText(o.name, 1_000) && typeof o.ok === 'boolean' && (o.error === undefined || isText(o.error, 20_000))
}
function isOutcomes(v: unknown): v is RawOutcome[] {
  return Array.isArray(v) && v.length <= 10_000 && v.every(isRawOutcome)
}
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

export function isPerfMeasurement(m: unknown): m is PerfMeasurement {
  if (!isRecord(m)) return false
  switch (m.status) {
    case 'finished':
      return finite(m.referenceMs) && finite(m.answerMs) && finite(m.limitMs) && finite(m.tries)
    case 'stopped':
      return finite(m.referenceMs) && finite(m.limitMs) && finite(m.tries)
    case 'error':
      return finite(m.referenceMs) && isText(m.error)
    case 'skipped':
      return isText(m.reason)
    default:
      return false
  }
}

export function isProgress(p: unknown): p is JsProgress | PythonProgress {
  if (!isRecord(p)) return false
  if (p.type === 'tests') return isOutcomes(p.outcomes)
  if (p.type === 'perf-reference') return true
  return p.type === 'perf-try' && finite(p.referenceMs) && finite(p.limitMs)
}

/** The message, when it is one the sandbox may send; null for anything else (dropped). */
export function readFromSandbox(data: unknown): FromSandbox | null {
  if (!isRecord(data)) return null
  if (data.type === 'ready') return { type: 'ready' }
  if (!isId(data.id)) return null
  const id = data.id
  switch (data.type) {
    case 'progress':
      return isProgress(data.progress) ? { type: 'progress', id, progress: data.progress } : null
    case 'js-done': {
      const r = data.response
      if (!isRecord(r) || !isOutcomes(r.outcomes) || (r.error !== undefined && !isText(r.error, 20_000))) return null
      if (r.perf !== undefined && !isPerfMeasurement(r.perf)) return null
      return { type: 'js-done', id, response: r as unknown as JsRunResponse }
    }
    case 'js-perf-done':
      return isPerfMeasurement(data.perf) ? { type: 'js-perf-done', id, perf: data.perf } : null
    case 'python-loaded':
      return finite(data.ms) ? { type: 'python-loaded', id, ms: data.ms } : null
    case 'python-done': {
      const r = data.result
      if (isRecord(r) && isOutcomes(r.outcomes)) return { type: 'python-done', id, result: { outcomes: r.outcomes } }
      if (isRecord(r) && isPerfMeasurement(r.perf)) return { type: 'python-done', id, result: { perf: r.perf } }
      return null
    }
    case 'failed':
      return isText(data.error, 20_000) ? { type: 'failed', id, error: data.error } : null
    default:
      return null
  }
}

/** The page's request, when it is one; null for anything else. */
export function readToSandbox(data: unknown): ToSandbox | null {
  if (!isRecord(data) || !isId(data.id)) return null
  if (data.type === 'run-js' && isRecord(data.req) && (data.sqlWasm === undefined || data.sqlWasm instanceof ArrayBuffer))
    return data as unknown as ToSandbox
  if (data.type === 'run-python' && isRecord(data.job)) return data as unknown as ToSandbox
  if (data.type === 'perf-js' && isRecord(data.perf) && isText(data.perf.reference, 1_000_000)) return data as unknown as ToSandbox
  if (data.type === 'end-js') return { type: 'end-js', id: data.id }
  if (data.type === 'load-python' && isRecord(data.files)) {
    const f = data.files
    if (isText(f.asmJs, 50_000_000) && f.wasm instanceof ArrayBuffer && f.stdlib instanceof ArrayBuffer && isText(f.lock, 50_000_000))
      return data as unknown as ToSandbox
  }
  return null
}
