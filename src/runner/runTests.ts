// "Run tests" in the browser: the answer runs in the sandbox (sandboxHost.ts,
// src/runner/sandbox/), never in the page, and comes back judged here with
// the same code as in Node (core/judge). Time limits: 5 s for the tests; a
// declared performance test gets its own, bounded phases. Runs go one at a time.
import { failedRun, judge, withoutExpected, type TestRunResult } from '../core/judge/judge.ts'
import { perfVerdict, type PerfMeasurement } from '../core/judge/performance.ts'
import { NOT_RUN_CHOICE } from '../core/problems/choice.ts'
import type { Lang, Problem } from '../core/problems/schema.ts'
import type { JsRunRequest } from './js/execute.ts'
import { perfPlan, REFERENCE_PHASE_MS } from './perfPlan.ts'
import type { FromSandbox, PyodideFiles, ToSandbox } from './protocol.ts'
import { pythonJob, pythonPerfJob, pythonResult, type PythonRunResult } from './python/job.ts'
import { createIframeSandbox, fetchPyodideFiles, fetchSqlWasm, type SandboxLike } from './sandboxHost.ts'

export type { TestRunResult, TestOutcome } from '../core/judge/judge.ts'
export type { PythonRunResult, PythonTestOutcome } from './python/job.ts'

export type RunPhase = 'loading' | 'running' | 'performance'

export interface RunOptions {
  /** Limit for the tests (default 5 s). Python: loading Python has its own, loadTimeoutMs. */
  timeoutMs?: number
  /** Python only: limit for loading Pyodide (about 13 MB; seconds on a phone, a minute on a busy 2-core CI machine). Default 120 s. */
  loadTimeoutMs?: number
  /** Run the performance test when the problem has one and every test passed (default true). */
  performance?: boolean
  /**
   * 'loading' when the run waits for Python to load (first run, or after a
   * stopped run: seconds), 'running', then 'performance' for the performance test.
   */
  onPhase?: (phase: RunPhase) => void
  /** For tests: a stand-in sandbox and asset loaders. */
  createSandbox?: () => SandboxLike
  loadSqlWasm?: () => Promise<ArrayBuffer>
  loadPyodideFiles?: () => Promise<PyodideFiles>
}

/** A try of the performance test is ended this long after its limit (the browser cannot stop it in place). */
const TRY_GRACE = (limitMs: number) => limitMs * 0.1 + 300

const stoppedMessage = (ms: number) => `stopped after ${Math.round(ms) / 1000} s: the code took too long (an endless loop?)`

interface Host {
  sandbox: SandboxLike
  factory: () => SandboxLike
  python: 'none' | Promise<{ ok: true; ms: number } | { ok: false; error: string }>
}
let host: Host | undefined
let queue: Promise<unknown> = Promise.resolve()
let nextId = 1

function currentHost(factory: () => SandboxLike): Host {
  if (host && host.factory === factory) return host
  host?.sandbox.destroy()
  host = { sandbox: factory(), factory, python: 'none' }
  return host
}

function dropHost(h: Host) {
  h.sandbox.destroy()
  if (host === h) host = undefined
}

/** Ends the sandbox (and Python in it); the next run starts a new one. */
export function disposeSandbox(): void {
  if (host) dropHost(host)
}
/** @deprecated the name from before the sandbox; same as disposeSandbox. */
export const disposePython = disposeSandbox

type Event = Exclude<FromSandbox, { type: 'ready' }>

/**
 * Posts one request and follows its messages until `decide` returns a
 * result; `limitMs` bounds the wait, and decide may set a new limit.
 * Resolves 'timeout' (the sandbox is then removed) or the decided value.
 */
function exchange<T>(
  h: Host,
  request: ToSandbox,
  transfer: Transferable[],
  limitMs: number,
  decide: (m: Event, setLimit: (ms: number) => void) => T | undefined,
): Promise<{ value: T } | { timeout: number }> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>
    let current = limitMs
    const setLimit = (ms: number) => {
      clearTimeout(timer)
      current = ms
      timer = setTimeout(() => {
        h.sandbox.onMessage = null
        dropHost(h)
        resolve({ timeout: current })
      }, ms)
    }
    h.sandbox.onMessage = (m) => {
      if (!('id' in m) || m.id !== request.id) return
      const value = decide(m, setLimit)
      if (value === undefined) return
      clearTimeout(timer)
      h.sandbox.onMessage = null
      resolve({ value })
    }
    setLimit(limitMs)
    h.sandbox.post(request, transfer)
  })
}

async function ready(h: Host, problem: Problem): Promise<TestRunResult | null> {
  try {
    await h.sandbox.ready
    return null
  } catch (e) {
    dropHost(h)
    return failedRun(problem, `the test runner could not start: ${(e as Error).message}`)
  }
}

/**
 * Runs `code` in `language` against every test of `problem` (and its
 * performance test). Never rejects: syntax errors, exceptions, a crashed or
 * blocked sandbox and timeouts come back as failed outcomes with a message.
 */
export function runTests(problem: Problem, language: Lang, code: string, options: RunOptions = {}): Promise<TestRunResult> {
  const run = queue.then(() => runNow(problem, language, code, options))
  queue = run.catch(() => undefined)
  return run
}

/** @deprecated the name from before the sandbox: runTests runs every language. */
export function runPythonTests(problem: Problem, code: string, options: RunOptions = {}): Promise<PythonRunResult> {
  return runTests(problem, 'python', code, options)
}

async function runNow(problem: Problem, language: Lang, code: string, options: RunOptions): Promise<TestRunResult> {
  if (problem.kind === 'choice') return failedRun(problem, NOT_RUN_CHOICE)
  if (!problem.languages.includes(language)) return failedRun(problem, `this problem is not answered in ${language}`)
  let h: Host
  try {
    h = currentHost(options.createSandbox ?? createIframeSandbox)
  } catch (e) {
    return failedRun(problem, `the test runner could not start: ${(e as Error).message}`)
  }
  const plan = options.performance === false ? undefined : perfPlan(problem, language)
  if (language === 'python') return runPython(h, problem, code, options, plan)
  const notStarted = await ready(h, problem)
  if (notStarted) return notStarted
  options.onPhase?.('running')

  let sqlWasm: ArrayBuffer | undefined
  if (problem.kind === 'sql') {
    try {
      sqlWasm = await (options.loadSqlWasm ?? fetchSqlWasm)()
    } catch (e) {
      return failedRun(problem, `the SQL engine could not be loaded: ${(e as Error).message}`)
    }
  }
  const timeoutMs = options.timeoutMs ?? 5_000
  const id = nextId++
  const request: ToSandbox = {
    type: 'run-js',
    id,
    // Without its expected values: the answer cannot read what it should return.
    req: { problem: withoutExpected(problem) as JsRunRequest['problem'], language: language as 'javascript' | 'sql', code, timeoutMs },
    ...(sqlWasm ? { sqlWasm } : {}),
  }
  const r = await exchange(h, request, sqlWasm ? [sqlWasm] : [], timeoutMs, (m) => {
    if (m.type === 'js-done') return { kind: 'done', response: m.response } as const
    if (m.type === 'failed') return { kind: 'failed', error: m.error } as const
    return undefined
  })
  if ('timeout' in r) return failedRun(problem, stoppedMessage(r.timeout))
  const v = r.value
  if (v.kind === 'failed') {
    dropHost(h)
    return failedRun(problem, v.error)
  }
  const result = { ...judge(problem, v.response.outcomes), ...(v.response.error ? { error: v.response.error } : {}) }
  if (!plan || problem.kind === 'sql') {
    h.sandbox.post({ type: 'end-js', id })
    return result
  }
  if (result.failed > 0) {
    h.sandbox.post({ type: 'end-js', id })
    return { ...result, performance: perfVerdict(plan.spec, { status: 'skipped', reason: 'every test must pass first' }) }
  }

  // The performance test: same worker, same answer; the reference is sent only now.
  options.onPhase?.('performance')
  let tryLimit: { referenceMs: number; limitMs: number } | null = null
  const p = await exchange(
    h,
    { type: 'perf-js', id, perf: { reference: plan.reference, maxRatio: plan.spec.maxRatio, tries: 1 } },
    [],
    REFERENCE_PHASE_MS,
    (m, setLimit) => {
      if (m.type === 'progress' && m.progress.type === 'perf-reference') setLimit(REFERENCE_PHASE_MS)
      else if (m.type === 'progress' && m.progress.type === 'perf-try') {
        tryLimit = { referenceMs: m.progress.referenceMs, limitMs: m.progress.limitMs }
        setLimit(m.progress.limitMs + TRY_GRACE(m.progress.limitMs))
      } else if (m.type === 'js-perf-done') return { perf: m.perf }
      else if (m.type === 'failed') return { error: m.error }
      return undefined
    },
  )
  return { ...result, performance: perfVerdict(plan.spec, perfOutcome(h, p, tryLimit)) }
}

/** The measurement, from the sandbox's answer, or from the limit a try was stopped at (the sandbox was then removed). */
function perfOutcome(
  h: Host,
  p: { value: { perf: PerfMeasurement } | { error: string } } | { timeout: number },
  tryLimit: { referenceMs: number; limitMs: number } | null,
): PerfMeasurement {
  if ('timeout' in p) {
    return tryLimit
      ? { status: 'stopped', referenceMs: tryLimit.referenceMs, limitMs: tryLimit.limitMs, tries: 1 }
      : { status: 'error', referenceMs: 0, error: stoppedMessage(p.timeout) }
  }
  if ('perf' in p.value) return p.value.perf
  dropHost(h) // the worker failed (out of memory...): start afresh next time
  return { status: 'error', referenceMs: 0, error: p.value.error }
}

// --- Python ---

let pyodideFiles: Promise<PyodideFiles> | undefined

/** Fresh copies each time: handing the buffers to the sandbox transfers them away. */
async function pyodideFilesFor(options: RunOptions): Promise<PyodideFiles> {
  if (options.loadPyodideFiles) return options.loadPyodideFiles()
  pyodideFiles ??= fetchPyodideFiles()
  try {
    const f = await pyodideFiles
    return { ...f, wasm: f.wasm.slice(0), stdlib: f.stdlib.slice(0) }
  } catch (e) {
    pyodideFiles = undefined
    throw e
  }
}

type LoadState = { ok: true; ms: number } | { ok: false; error: string }

function loadPython(h: Host, options: RunOptions): Promise<LoadState> {
  if (h.python !== 'none') return h.python
  const loadTimeoutMs = options.loadTimeoutMs ?? 120_000
  h.python = (async (): Promise<LoadState> => {
    try {
      await h.sandbox.ready
    } catch (e) {
      return { ok: false, error: (e as Error).message }
    }
    let files: PyodideFiles
    try {
      files = await pyodideFilesFor(options)
    } catch (e) {
      return { ok: false, error: (e as Error).message }
    }
    const r = await exchange(h, { type: 'load-python', id: nextId++, files }, [files.wasm, files.stdlib], loadTimeoutMs, (m) =>
      m.type === 'python-loaded' ? ({ ok: true, ms: m.ms } as const) : m.type === 'failed' ? ({ ok: false, error: m.error } as const) : undefined,
    )
    if ('timeout' in r) return { ok: false, error: `Python did not load within ${loadTimeoutMs / 1000} s; try again` }
    return r.value
  })()
  return h.python
}

/**
 * Starts the sandbox and loads Python in the background (e.g. when a Python
 * review opens), so that the first "Run tests" waits less. Never rejects.
 */
export async function prewarmPython(options: Pick<RunOptions, 'createSandbox' | 'loadPyodideFiles' | 'loadTimeoutMs'> = {}): Promise<LoadState> {
  try {
    return await loadPython(currentHost(options.createSandbox ?? createIframeSandbox), options)
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}

async function runPython(h: Host, problem: Problem, code: string, options: RunOptions, plan: ReturnType<typeof perfPlan>): Promise<TestRunResult> {
  const timeoutMs = options.timeoutMs ?? 5_000
  const job = pythonJob(problem, code, timeoutMs)
  if ('error' in job) return failedRun(problem, job.error)
  if (h.python === 'none') options.onPhase?.('loading')
  const load = await loadPython(h, options)
  if (!load.ok) {
    dropHost(h)
    const error = load.error.startsWith('Python') ? load.error : `Python could not be loaded: ${load.error}`
    return failedRun(problem, error)
  }
  options.onPhase?.('running')
  const r = await exchange(h, { type: 'run-python', id: nextId++, job }, [], timeoutMs, (m) =>
    m.type === 'python-done' ? m.result : m.type === 'failed' ? { error: m.error } : undefined,
  )
  if ('timeout' in r) return failedRun(problem, stoppedMessage(r.timeout))
  if ('error' in r.value) {
    dropHost(h) // the harness itself failed (MemoryError...): start afresh next time
    return failedRun(problem, r.value.error)
  }
  if (!('outcomes' in r.value)) return failedRun(problem, 'the Python harness answered another job')
  const result = pythonResult(problem, r.value.outcomes)
  if (!plan) return result
  if (result.failed > 0) return { ...result, performance: perfVerdict(plan.spec, { status: 'skipped', reason: 'every test must pass first' }) }

  const perfJob = pythonPerfJob(problem, code, plan.input(), 1)
  if ('error' in perfJob) return result
  options.onPhase?.('performance')
  let tryLimit: { referenceMs: number; limitMs: number } | null = null
  const p = await exchange(h, { type: 'run-python', id: nextId++, job: perfJob }, [], REFERENCE_PHASE_MS, (m, setLimit) => {
    if (m.type === 'progress' && m.progress.type === 'perf-reference') setLimit(REFERENCE_PHASE_MS)
    if (m.type === 'progress' && m.progress.type === 'perf-try') {
      tryLimit = { referenceMs: m.progress.referenceMs, limitMs: m.progress.limitMs }
      setLimit(m.progress.limitMs + TRY_GRACE(m.progress.limitMs))
    }
    if (m.type === 'python-done') return 'perf' in m.result ? { perf: m.result.perf } : { error: 'the Python harness answered another job' }
    if (m.type === 'failed') return { error: m.error }
    return undefined
  })
  const measured = perfOutcome(h, p, tryLimit)
  return { ...result, performance: perfVerdict(plan.spec, measured) }
}
