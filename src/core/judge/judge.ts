// Judging: compares what the code produced (raw outcomes from a harness: Python
// subprocess, JavaScript in node:vm or a worker, SQL in sql.js) with each test's
// expectation. Pure, so the browser and the Node tests judge the same way.
import type { CompareMode, Json, Problem } from '../problems/schema.ts'
import type { PerfResult } from './performance.ts'

/** What the tasks of a test (io type "tasks") did: the most in flight at once, and "start i" / "end i" in order. */
export interface TaskLog {
  peak: number
  trace: string[]
}

/** What a harness reports for one test. For class tests `value` lists each call's result. */
export interface RawOutcome {
  name: string
  ok: boolean
  value?: Json
  /** Set when the code threw, timed out or returned something unserialisable. */
  error?: string
  /** For tests with tasks: what they did. */
  tasks?: TaskLog
}

export interface TestOutcome {
  name: string
  passed: boolean
  /** Empty when passed; otherwise what differed, where. */
  message: string
  expected: Json
  actual?: Json
  /** What the answer printed during this test, when the runner captures it (Python). */
  stdout?: string
}

export interface TestRunResult {
  total: number
  passed: number
  failed: number
  outcomes: TestOutcome[]
  /** A failure before any test could run (syntax error, missing entry, timeout). */
  error?: string
  /** The performance test, for problems that declare one (run once every test passed). */
  performance?: PerfResult
}

/** Every test passed, and the performance test too when it ran. */
export function allPassed(r: TestRunResult): boolean {
  return r.failed === 0 && r.total > 0 && (!r.performance || !r.performance.ran || r.performance.passed)
}

const DEFAULT_TOLERANCE = 1e-6
const MAX_SHOWN = 160

export function show(v: unknown): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v)
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s
}

/** Sorted-keys JSON, used to sort values for order-insensitive comparison. */
function canonical(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k]!)}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}

function sortNested(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortNested).sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0))
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortNested(x)]))
  return v
}

function sortTop(v: Json): Json {
  return Array.isArray(v) ? [...v].sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0)) : v
}

/** Deep equality; returns the path of the first difference, or null when equal. */
function diff(actual: Json, expected: Json, tol: number | null, path: string): string | null {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const same = tol === null ? actual === expected : Math.abs(actual - expected) <= tol
    return same ? null : path
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return path
    if (actual.length !== expected.length) return `${path} (length ${actual.length}, expected ${expected.length})`
    for (let i = 0; i < expected.length; i++) {
      const d = diff(actual[i]!, expected[i]!, tol, `${path}[${i}]`)
      if (d !== null) return d
    }
    return null
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return path
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    for (const k of keys) {
      if (!(k in actual)) return `${path}.${k} (missing)`
      if (!(k in expected)) return `${path}.${k} (unexpected)`
      const d = diff(actual[k]!, expected[k]!, tol, `${path}.${k}`)
      if (d !== null) return d
    }
    return null
  }
  return actual === expected ? null : path
}

/**
 * Compares one value. Returns null when it matches, otherwise where it differs
 * ("result", "result[2]", "result.total (missing)").
 */
export function compareValues(actual: Json, expected: Json, mode: CompareMode = 'exact', tolerance?: number): string | null {
  const tol = mode === 'float' ? (tolerance ?? DEFAULT_TOLERANCE) : null
  if (mode === 'unordered') return diff(sortTop(actual), sortTop(expected), tol, 'result')
  if (mode === 'unordered-nested') return diff(sortNested(actual), sortNested(expected), tol, 'result')
  return diff(actual, expected, tol, 'result')
}

/** Judges the harness's raw outcomes against the problem's tests, in test order. */
export function judge(problem: Problem, raw: readonly RawOutcome[]): TestRunResult {
  const byName = new Map(raw.map((r) => [r.name, r]))
  const outcomes: TestOutcome[] = problem.tests.map((test): TestOutcome => {
    const r = byName.get(test.name)
    const mode: CompareMode =
      'compare' in test && test.compare ? test.compare : 'compare' in problem ? problem.compare : 'exact'
    const tol = ('tolerance' in test ? test.tolerance : undefined) ?? ('tolerance' in problem ? problem.tolerance : undefined)

    if ('ops' in test) {
      const expected = test.ops.map((op) => op[2])
      if (!r) return { name: test.name, passed: false, message: 'not run', expected }
      const actual = Array.isArray(r.value) ? r.value : []
      for (let i = 0; i < test.ops.length; i++) {
        const [method, args, want] = test.ops[i]!
        const call = `call ${i + 1}, ${method}(${args.map((a) => show(a)).join(', ')})`
        if (i >= actual.length) {
          return { name: test.name, passed: false, message: `${call}: ${r.error ?? 'not reached'}`, expected, actual }
        }
        const d = compareValues(actual[i]!, want, mode, tol)
        if (d !== null) {
          return { name: test.name, passed: false, message: `${call}: expected ${show(want)}, got ${show(actual[i])}`, expected, actual }
        }
      }
      if (r.error) return { name: test.name, passed: false, message: r.error, expected, actual }
      return { name: test.name, passed: true, message: '', expected, actual }
    }

    const expected: Json = 'seed' in test ? test.expected.rows : test.expected
    if (!r) return { name: test.name, passed: false, message: 'not run', expected }
    if (!r.ok || r.error) return { name: test.name, passed: false, message: r.error ?? 'failed', expected }
    const actual = r.value ?? null
    const sqlMode: CompareMode = 'seed' in test ? (test.ordered ? 'exact' : 'unordered') : mode
    const d = compareValues(actual, expected, sqlMode, tol)
    if (d === null) {
      const tasks = 'args' in test ? taskMismatch(test, r.tasks) : null
      if (tasks) return { name: test.name, passed: false, message: tasks, expected, actual }
      return { name: test.name, passed: true, message: '', expected, actual }
    }
    const where = d === 'result' ? '' : ` (first difference at ${d})`
    const rows = 'seed' in test ? ` rows${test.ordered ? ', in this order' : ', any order'}` : ''
    return { name: test.name, passed: false, message: `expected${rows} ${show(expected)}, got ${show(actual)}${where}`, expected, actual }
  })
  const passed = outcomes.filter((o) => o.passed).length
  return { total: outcomes.length, passed, failed: outcomes.length - passed, outcomes }
}

/** Why the tasks of a test did not run as it expects, or null. */
function taskMismatch(test: { peak?: number; trace?: string[] }, log: TaskLog | undefined): string | null {
  if (test.peak === undefined && test.trace === undefined) return null
  if (!log) return 'the tasks were never given to the answer'
  if (test.peak !== undefined && log.peak !== test.peak) {
    return log.peak > test.peak
      ? `at most ${test.peak} task${test.peak === 1 ? '' : 's'} should run at once; ${log.peak} did`
      : `up to ${test.peak} tasks may run at once, but never more than ${log.peak} did`
  }
  if (test.trace && (log.trace.length !== test.trace.length || log.trace.some((e, i) => e !== test.trace![i]))) {
    return `the tasks ran as ${show(log.trace)}, expected ${show(test.trace)}`
  }
  return null
}

/** A run that failed before any test ran: every test fails with the same reason. */
export function failedRun(problem: Problem, error: string): TestRunResult {
  const outcomes = problem.tests.map((t) => ({
    name: t.name,
    passed: false,
    message: error,
    expected: ('ops' in t ? t.ops.map((o) => o[2]) : 'seed' in t ? t.expected.rows : t.expected) as Json,
  }))
  return { total: outcomes.length, passed: 0, failed: outcomes.length, outcomes, error }
}

/**
 * The problem as a runner needs it: its tests without their expected values
 * (and with no reference code), so code being judged cannot read the answers
 * it should give. Judging happens where the expected values are.
 */
export function withoutExpected<P extends Problem>(problem: P): P {
  const tests = problem.tests.map((t) => {
    if ('ops' in t) return { ...t, ops: t.ops.map(([m, args]) => [m, args, null]) }
    if ('seed' in t) return { ...t, expected: { columns: [], rows: [] } }
    return { name: t.name, args: t.args }
  })
  return { ...problem, tests, references: {}, statement: '', hints: [], clarifications: [], examples: [] } as P
}
