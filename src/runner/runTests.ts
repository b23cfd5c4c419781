// Main-thread entry: run code against a problem's tests in a fresh worker,
// with a time limit that terminates runaway code.
import { failedRun, type TestRunResult } from '../core/problems/judge'
import type { Lang, Problem } from '../core/problems/schema'
import type { RunRequest } from './execute'

export type { TestRunResult, TestOutcome } from '../core/problems/judge'

/** The parts of a Worker runTests uses (so tests can supply a fake). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<{ result: TestRunResult }>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
  postMessage(message: RunRequest): void
  terminate(): void
}

export interface RunOptions {
  /** Wall-clock limit for the whole run, including worker start-up. Default 5 s. */
  timeoutMs?: number
  createWorker?: () => WorkerLike
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name: 'inkterview-runner' }) as unknown as WorkerLike

/**
 * Runs `code` in `language` against every test of `problem`. Never rejects:
 * syntax errors, exceptions, a blocked or crashed worker and timeouts come back
 * as failed outcomes with a message. Python is not run in the browser (yet).
 */
export function runTests(problem: Problem, language: Lang, code: string, options: RunOptions = {}): Promise<TestRunResult> {
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
