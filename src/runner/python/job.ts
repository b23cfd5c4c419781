// Python answers: the jobs both harness hosts send (python3 in Node, Pyodide
// in the sandbox's worker), and turning what the harness returns into a judged
// result with each test's printed output. No DOM, no Pyodide import: the hosts
// bring the runtime.
import { failedRun, judge, withoutExpected, type RawOutcome, type TestOutcome, type TestRunResult } from '../../core/judge/judge.ts'
import { PERF_POLICY, type PerfMeasurement } from '../../core/judge/performance.ts'
import { NOT_RUN_CHOICE } from '../../core/problems/choice.ts'
import type { PerfInput } from '../../core/problems/performance.ts'
import type { Problem } from '../../core/problems/schema.ts'

interface JobCommon {
  code: string
  kind: 'function' | 'class'
  entry: string
  io?: { args?: string[]; returns?: string }
}
/** What python_harness.py runs: one problem's tests against the code. */
export interface PythonTestsJob extends JobCommon {
  type: 'tests'
  tests: unknown[]
  /** Time allowed for awaiting async answers. */
  timeoutMs: number
}
/** The performance test: the reference and the answer on one generated input, in the same process. */
export interface PythonPerfJob extends JobCommon {
  type: 'perf'
  reference: string
  input: PerfInput
  maxRatio: number
  tries: number
  policy: typeof PERF_POLICY
}
export type PythonJob = PythonTestsJob | PythonPerfJob

/** A raw outcome as the Python harness writes it: with what the test printed. */
export interface PythonRawOutcome extends RawOutcome {
  stdout?: string
}
/** A judged test, with what the answer printed while it ran (print debugging). */
export interface PythonTestOutcome extends TestOutcome {
  stdout?: string
}
export interface PythonRunResult extends TestRunResult {
  outcomes: PythonTestOutcome[]
}

/** What the harness sends back for a job. */
export type PythonJobResult = { outcomes: PythonRawOutcome[] } | { perf: PerfMeasurement }

/** Progress the harness reports while a job runs (the performance test's phases). */
export type PythonProgress = { type: 'perf-reference' } | { type: 'perf-try'; referenceMs: number; limitMs: number }

function common(problem: Problem, code: string): JobCommon | { error: string } {
  if (problem.kind === 'sql') return { error: 'an SQL problem has no Python tests' }
  if (problem.kind === 'choice') return { error: NOT_RUN_CHOICE }
  const entry = problem.entry.python
  if (!entry) return { error: 'this problem has no Python entry point' }
  return { code, kind: problem.kind, entry, ...(problem.kind === 'function' ? { io: problem.io } : {}) }
}

/** The tests job for `problem`, or why it cannot be run in Python. */
export function pythonJob(problem: Problem, code: string, timeoutMs = 5_000): PythonTestsJob | { error: string } {
  const c = common(problem, code)
  // A little less than the run's limit, so a coroutine that never ends is named in its test first.
  return 'error' in c ? c : { ...c, type: 'tests', tests: withoutExpected(problem).tests, timeoutMs: timeoutMs - Math.min(500, timeoutMs / 10) }
}

/** The performance job (the problem must have a performance test and a Python reference). */
export function pythonPerfJob(problem: Problem, code: string, input: PerfInput, tries: number): PythonPerfJob | { error: string } {
  const c = common(problem, code)
  if ('error' in c) return c
  const reference = problem.references.python?.code
  const spec = problem.kind === 'function' || problem.kind === 'class' ? problem.performance : undefined
  if (!reference || !spec) return { error: 'this problem has no Python performance test' }
  return { ...c, type: 'perf', reference, input, maxRatio: spec.maxRatio, tries, policy: PERF_POLICY }
}

/** Judges the harness's outcomes and keeps, per test, what the answer printed. */
export function pythonResult(problem: Problem, raw: readonly PythonRawOutcome[]): PythonRunResult {
  const judged = judge(problem, raw)
  const printed = new Map(raw.filter((r) => typeof r.stdout === 'string' && r.stdout !== '').map((r) => [r.name, r.stdout!]))
  return { ...judged, outcomes: judged.outcomes.map((o) => (printed.has(o.name) ? { ...o, stdout: printed.get(o.name)! } : o)) }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isOutcome = (o: unknown): o is PythonRawOutcome => isRecord(o) && typeof o.name === 'string' && typeof o.ok === 'boolean'
const PERF_STATUSES = new Set(['finished', 'stopped', 'error', 'skipped'])

/** Checks the harness's JSON result for a job; a message when it is not what the job returns. */
export function parseJobResult(text: string, type: PythonJob['type']): PythonJobResult | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { error: `the Python harness's output is not JSON: ${text.slice(0, 200)}` }
  }
  if (type === 'tests') {
    const outcomes = isRecord(value) ? value.outcomes : undefined
    if (!Array.isArray(outcomes) || !outcomes.every(isOutcome)) return { error: "the Python harness's output is not a list of test outcomes" }
    return { outcomes }
  }
  const perf = isRecord(value) ? value.perf : undefined
  if (!isRecord(perf) || !PERF_STATUSES.has(String(perf.status))) return { error: "the Python harness's output is not a performance measurement" }
  return { perf: perf as unknown as PerfMeasurement }
}

/** Checks a progress message from the harness (it comes from the answer's process: trust nothing). */
export function parseProgress(value: unknown): PythonProgress | null {
  if (!isRecord(value)) return null
  if (value.type === 'perf-reference') return { type: 'perf-reference' }
  if (value.type === 'perf-try' && typeof value.referenceMs === 'number' && typeof value.limitMs === 'number')
    return { type: 'perf-try', referenceMs: value.referenceMs, limitMs: value.limitMs }
  return null
}

/**
 * The line of a Python traceback that says what went wrong ("ValueError: x"):
 * its last non-empty line. Pyodide's PythonError.message is the whole traceback.
 */
export function tracebackSummary(message: string): string {
  const lines = message.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '')
  return lines.at(-1)?.trim() ?? message
}

/** A run whose every test failed for one reason, keeping what the problem needs to show it. */
export function pythonFailedRun(problem: Problem, error: string): PythonRunResult {
  return failedRun(problem, error)
}
