// Main-thread entry: run code against a problem's tests in a fresh worker,
// with a time limit that terminates runaway code.
import { failedRun, type TestRunResult } from '../core/problems/judge'
import type { Lang, Problem } from '../core/problems/schema'
import type { RunRequest } from './execute'
import { pythonJob, pythonResult, type PythonRunResult, type PythonWorkerRequest, type PythonWorkerResponse } from './python'

export type { TestRunResult, TestOutcome } from '../core/problems/judge'
export type { PythonRunResult, PythonTestOutcome } from './python'

/** The parts of a Worker runTests uses (so tests can supply a fake). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<{ result: TestRunResult }>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
  postMessage(message: RunRequest): void
  terminate(): void
}

/** The parts of the Python worker runTests uses (so tests can supply a fake). */
export interface PythonWorkerLike {
  onmessage: ((e: MessageEvent<PythonWorkerResponse>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
  postMessage(message: PythonWorkerRequest): void
  terminate(): void
}

export interface RunOptions {
  /**
   * Wall-clock limit for running the code. Default 5 s. JavaScript and SQL:
   * the whole run, worker start-up included. Python: the run itself; loading
   * Python (once per worker) has its own limit, loadTimeoutMs.
   */
  timeoutMs?: number
  /** Python only: limit for loading Pyodide (about 13 MB). Default 60 s. */
  loadTimeoutMs?: number
  createWorker?: () => WorkerLike
  createPythonWorker?: () => PythonWorkerLike
  /**
   * Python only: told 'loading' when the run has to wait for Python to load
   * (first run, or after a stopped run: seconds), then 'running'. For a
   * "Loading Python…" status on the button.
   */
  onPhase?: (phase: 'loading' | 'running') => void
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name: 'inkterview-runner' }) as unknown as WorkerLike

/**
 * Runs `code` in `language` against every test of `problem`. Never rejects:
 * syntax errors, exceptions, a blocked or crashed worker and timeouts come back
 * as failed outcomes with a message. Python runs in a Pyodide worker that is
 * kept between runs (see runPythonTests).
 */
export function runTests(problem: Problem, language: Lang, code: string, options: RunOptions = {}): Promise<TestRunResult> {
  if (language === 'python' && problem.languages.includes('python')) return runPythonTests(problem, code, options)
  const timeoutMs = options.timeoutMs ?? 5_000
  return new Promise((resolve) => {
    let worker: WorkerLike
    try {
      worker = (options.createWorker ?? defaultWorker)()
    } catch (e) {
      resolve(failedRun(problem, `the test runner could not start: ${(e as Error).message}`))
      return
    }
    let done = false
    const finish = (result: TestRunResult) => {
      if (done) return
      done = true
      clearTimeout(timer)
      worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(
      () => finish(failedRun(problem, `stopped after ${timeoutMs / 1000} s: the code took too long (an endless loop?)`)),
      timeoutMs,
    )
    worker.onmessage = (e) => finish(e.data.result)
    worker.onerror = (e) => {
      e.preventDefault?.()
      finish(failedRun(problem, `the test runner failed: ${e.message || 'unknown error'}`))
    }
    worker.postMessage({ problem, language, code })
  })
}

// --- Python ---

const defaultPythonWorker = (): PythonWorkerLike =>
  new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'inkterview-python' }) as unknown as PythonWorkerLike

type LoadState = { ok: true; ms: number } | { ok: false; error: string }

/** One Python worker: loads Pyodide once, then runs jobs one at a time. */
class PythonHost {
  private readonly listeners = new Set<(m: PythonWorkerResponse | { type: 'crashed'; error: string }) => void>()
  readonly loaded: Promise<LoadState>
  /** Set once `loaded` has settled. */
  loadState: LoadState | undefined
  disposed = false

  constructor(
    readonly worker: PythonWorkerLike,
    readonly factory: () => PythonWorkerLike,
  ) {
    worker.onmessage = (e) => this.emit(e.data)
    worker.onerror = (e) => {
      e.preventDefault?.()
      this.emit({ type: 'crashed', error: e.message || 'unknown error' })
    }
    this.loaded = new Promise((resolve) => {
      const off = this.listen((m) => {
        if (m.type === 'loaded') resolve({ ok: true, ms: m.ms })
        else if (m.type === 'load-failed' || m.type === 'crashed') resolve({ ok: false, error: m.error })
        else return
        off()
      })
    })
    void this.loaded.then((state) => (this.loadState = state))
    worker.postMessage({ type: 'load' })
  }

  listen(fn: (m: PythonWorkerResponse | { type: 'crashed'; error: string }) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private emit(m: PythonWorkerResponse | { type: 'crashed'; error: string }) {
    for (const fn of [...this.listeners]) fn(m)
  }

  dispose() {
    this.disposed = true
    this.listeners.clear()
    this.worker.terminate()
  }
}

let host: PythonHost | undefined
let queue: Promise<unknown> = Promise.resolve()
let nextId = 1

function pythonHost(factory: () => PythonWorkerLike): PythonHost {
  if (host && !host.disposed && host.factory === factory) return host
  host?.dispose()
  host = new PythonHost(factory(), factory)
  return host
}

function dropHost(h: PythonHost) {
  h.dispose()
  if (host === h) host = undefined
}

/**
 * Starts loading Python in the background (e.g. when a Python review opens) so
 * that the first "Run tests" does not wait for it (or waits less). Resolves
 * with the worker's load time in ms, or why it failed. Never rejects.
 */
export async function prewarmPython(options: Pick<RunOptions, 'createPythonWorker'> = {}): Promise<LoadState> {
  try {
    return await pythonHost(options.createPythonWorker ?? defaultPythonWorker).loaded
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}

/** Terminates the Python worker, if any (the next run starts a new one). */
export function disposePython(): void {
  if (host) dropHost(host)
}

/**
 * Runs a Python answer in the Pyodide worker. Runs are queued one at a time.
 * A run that passes `timeoutMs` terminates the worker (Python cannot be
 * interrupted without cross-origin isolation), so the next run reloads Pyodide.
 */
export function runPythonTests(problem: Problem, code: string, options: RunOptions = {}): Promise<PythonRunResult> {
  const run = queue.then(() => runPythonNow(problem, code, options))
  queue = run.catch(() => undefined)
  return run
}

async function runPythonNow(problem: Problem, code: string, options: RunOptions): Promise<PythonRunResult> {
  const timeoutMs = options.timeoutMs ?? 5_000
  const loadTimeoutMs = options.loadTimeoutMs ?? 60_000
  const job = pythonJob(problem, code)
  if ('error' in job) return failedRun(problem, job.error)
  let h: PythonHost
  try {
    h = pythonHost(options.createPythonWorker ?? defaultPythonWorker)
  } catch (e) {
    return failedRun(problem, `the test runner could not start: ${(e as Error).message}`)
  }

  let loadTimer: ReturnType<typeof setTimeout> | undefined
  if (!h.loadState) options.onPhase?.('loading')
  const load = await Promise.race([
    h.loaded,
    new Promise<'timeout'>((resolve) => (loadTimer = setTimeout(() => resolve('timeout'), loadTimeoutMs))),
  ])
  clearTimeout(loadTimer)
  if (load === 'timeout') {
    dropHost(h)
    return failedRun(problem, `Python did not load within ${loadTimeoutMs / 1000} s; try again`)
  }
  if (!load.ok) {
    dropHost(h)
    return failedRun(problem, `Python could not be loaded: ${load.error}`)
  }

  const id = nextId++
  options.onPhase?.('running')
  return new Promise<PythonRunResult>((resolve) => {
    let done = false
    const finish = (result: PythonRunResult, keepWorker: boolean) => {
      if (done) return
      done = true
      clearTimeout(timer)
      off()
      if (!keepWorker) dropHost(h)
      resolve(result)
    }
    const off = h.listen((m) => {
      if (m.type === 'crashed') finish(failedRun(problem, `the test runner failed: ${m.error}`), false)
      else if (m.type === 'load-failed') finish(failedRun(problem, `Python could not be loaded: ${m.error}`), false)
      else if (m.type === 'done' && m.id === id) finish(pythonResult(problem, m.outcomes), true)
      // The harness itself failed (MemoryError, a fatal Pyodide error): start afresh next time.
      else if (m.type === 'failed' && m.id === id) finish(failedRun(problem, `Python failed: ${m.error}`), false)
    })
    const timer = setTimeout(
      () => finish(failedRun(problem, `stopped after ${timeoutMs / 1000} s: the code took too long (an endless loop?)`), false),
      timeoutMs,
    )
    h.worker.postMessage({ type: 'run', id, job })
  })
}
