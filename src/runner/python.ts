// Python answers: the job both harness callers send (python3 in Node, Pyodide in
// the browser worker), the worker's message protocol, and turning the harness's
// raw outcomes into a judged result with each test's printed output. No DOM,
// no Pyodide import: the worker and the Node tests inject the runtime.
import { judge, type RawOutcome, type TestOutcome, type TestRunResult } from '../core/problems/judge'
import type { Problem } from '../core/problems/schema'
import { NOT_RUN_CHOICE } from '../core/problems/choice'

/** What python_harness.py reads: one problem's tests and the code to run. */
export interface PythonJob {
  code: string
  kind: 'function' | 'class'
  entry: string
  io?: { args?: string[]; returns?: string }
  tests: unknown[]
}

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

/** The job for `problem`, or why it cannot be run in Python. */
export function pythonJob(problem: Problem, code: string): PythonJob | { error: string } {
  if (problem.kind === 'sql') return { error: 'an SQL problem has no Python tests' }
  if (problem.kind === 'choice') return { error: NOT_RUN_CHOICE }
  const entry = problem.entry.python
  if (!entry) return { error: 'this problem has no Python entry point' }
  return {
    code,
    kind: problem.kind,
    entry,
    ...(problem.kind === 'function' ? { io: problem.io } : {}),
    tests: problem.tests,
  }
}

/** Judges the harness's outcomes and keeps, per test, what the answer printed. */
export function pythonResult(problem: Problem, raw: readonly PythonRawOutcome[]): PythonRunResult {
  const judged = judge(problem, raw)
  const printed = new Map(raw.filter((r) => typeof r.stdout === 'string' && r.stdout !== '').map((r) => [r.name, r.stdout!]))
  return { ...judged, outcomes: judged.outcomes.map((o) => (printed.has(o.name) ? { ...o, stdout: printed.get(o.name)! } : o)) }
}

/** Checks the harness's JSON output; a message when it is not a list of outcomes. */
export function parseOutcomes(text: string): PythonRawOutcome[] | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { error: `the Python harness's output is not JSON: ${text.slice(0, 200)}` }
  }
  const isOutcome = (o: unknown): o is PythonRawOutcome =>
    typeof o === 'object' && o !== null && typeof (o as RawOutcome).name === 'string' && typeof (o as RawOutcome).ok === 'boolean'
  if (!Array.isArray(value) || !value.every(isOutcome)) return { error: "the Python harness's output is not a list of test outcomes" }
  return value
}

/**
 * The line of a Python traceback that says what went wrong ("ValueError: x"):
 * its last non-empty line. Pyodide's PythonError.message is the whole traceback.
 */
export function tracebackSummary(message: string): string {
  const lines = message.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '')
  return lines.at(-1)?.trim() ?? message
}

// --- The worker's side: what it needs of Pyodide, and one run. ---

/** The parts of a loaded Pyodide the worker uses (Node tests pass a real one). */
export interface PythonRuntime {
  FS: { writeFile(path: string, data: string): void; mkdirTree(path: string): void }
  pyimport(name: string): unknown
}

export interface PythonHarness {
  /** Runs one job; raw outcomes, or a message when the harness itself failed. */
  run(job: PythonJob): PythonRawOutcome[] | { error: string }
}

const HARNESS_DIR = '/inkterview'
const HARNESS_MODULE = 'inkterview_harness'

/**
 * Installs python_harness.py as a module in the runtime's file system and
 * imports it (not run as __main__, so its stdin/stdout main() stays unused).
 */
export function installHarness(py: PythonRuntime, source: string): PythonHarness {
  py.FS.mkdirTree(HARNESS_DIR)
  py.FS.writeFile(`${HARNESS_DIR}/${HARNESS_MODULE}.py`, source)
  const sys = py.pyimport('sys') as { path: { insert(i: number, p: string): void } }
  sys.path.insert(0, HARNESS_DIR)
  const mod = py.pyimport(HARNESS_MODULE) as { run_job_json(json: string): string }
  return {
    run(job) {
      let out: string
      try {
        out = mod.run_job_json(JSON.stringify(job))
      } catch (e) {
        // Only what escapes the harness's own handling (e.g. KeyboardInterrupt, MemoryError).
        return { error: tracebackSummary(e instanceof Error ? e.message : String(e)) }
      }
      return parseOutcomes(out)
    },
  }
}

// --- The worker protocol. ---

export type PythonWorkerRequest = { type: 'load' } | { type: 'run'; id: number; job: PythonJob }

export type PythonWorkerResponse =
  | { type: 'loaded'; ms: number }
  | { type: 'load-failed'; error: string }
  | { type: 'done'; id: number; outcomes: PythonRawOutcome[] }
  | { type: 'failed'; id: number; error: string }
