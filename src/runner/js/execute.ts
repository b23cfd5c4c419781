// One run of a JavaScript or SQL answer, as the worker that hosts it does it:
// the browser's sandbox worker and Node's worker thread call this with their
// own capabilities (how to evaluate a script, load sql.js, read the clock,
// time a try). Raw outcomes come back; the host judges them (core/judge).
import { judge, type RawOutcome } from '../../core/judge/judge.ts'
import { jsProgram, jsProgramScoped, perfRunner, runJsCases, type Clock, type JsRealm } from '../../core/judge/jsHarness.ts'
import { median, perfLimitMs, PERF_POLICY, type PerfMeasurement } from '../../core/judge/performance.ts'
import { runSqlCases, type SqlJsLike } from '../../core/judge/sqlHarness.ts'
import { perfInput, type PerfInput } from '../../core/problems/performance.ts'
import type { ClassProblem, FunctionProblem, SqlProblem } from '../../core/problems/schema.ts'

export interface JsRunRequest {
  problem: FunctionProblem | ClassProblem | SqlProblem
  language: 'javascript' | 'sql'
  code: string
  /** Time allowed for the tests (awaiting async answers included). */
  timeoutMs: number
  /** The performance test: the reference answer; the input is generated here from the problem's spec (cheaper than sending it). */
  perf?: { reference: string; maxRatio: number; tries: number }
}

export interface JsRunResponse {
  outcomes: RawOutcome[]
  perf?: PerfMeasurement
  /** The answer could not be evaluated at all (syntax error...). */
  error?: string
}

/** Progress, so the host can keep the tests' outcomes and bound the performance test's time. */
export type JsProgress =
  | { type: 'tests'; outcomes: RawOutcome[] }
  | { type: 'perf-reference' }
  | { type: 'perf-try'; referenceMs: number; limitMs: number }

export interface ExecuteDeps {
  /** Runs a classic script in the answer's realm and returns its completion value. */
  evaluate(program: string): unknown
  loadSql(): Promise<SqlJsLike>
  clock: Clock
  /**
   * Times one call, stopping it once it passes `limitMs` when the realm can
   * (Node's vm); otherwise runs it to the end (the browser's host ends the
   * worker at the limit instead).
   */
  timeTry(run: () => unknown, limitMs: number): { ms: number } | 'stopped'
  notify(p: JsProgress): void
}

/** Time for awaiting answers: a little less than the run's limit, so a promise that never settles is named in its test before the host ends the run. */
export function awaitBudget(timeoutMs: number): number {
  return timeoutMs - Math.min(500, timeoutMs / 10)
}

export function message(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`
  if (e && typeof e === 'object' && 'message' in e) return `${'name' in e ? `${String(e.name)}: ` : ''}${String(e.message)}`
  return String(e)
}

const failAll = (problem: JsRunRequest['problem'], error: string): JsRunResponse => ({
  outcomes: problem.tests.map((t) => ({ name: t.name, ok: false, error })),
  error,
})

/** The tests' run: raw outcomes, and the evaluated answer for a performance test that may follow. */
export interface JsTestsRun {
  response: JsRunResponse
  /** Present when the answer evaluated (function and class problems). */
  realm?: JsRealm
}

/**
 * Runs the tests only. Needs no expected values: the sandbox is never sent
 * them (the page judges), so an answer cannot read what it should return.
 */
export async function runJsTests(req: JsRunRequest, deps: ExecuteDeps): Promise<JsTestsRun> {
  const { problem, code } = req
  if (problem.kind === 'sql') {
    let SQL: SqlJsLike
    try {
      SQL = await deps.loadSql()
    } catch (e) {
      return { response: failAll(problem, `the SQL engine could not be loaded: ${message(e)}`) }
    }
    return { response: { outcomes: runSqlCases(SQL, problem, code) } }
  }
  let realm: JsRealm
  try {
    realm = deps.evaluate(jsProgram(code, problem.entry.javascript ?? '')) as JsRealm
  } catch (e) {
    const blocked = e instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(message(e))
    return { response: failAll(problem, blocked ? `running code is blocked by the security policy: ${message(e)}` : message(e)) }
  }
  const outcomes = await runJsCases(problem, realm, { clock: deps.clock, timeoutMs: awaitBudget(req.timeoutMs) })
  deps.notify({ type: 'tests', outcomes })
  return { response: { outcomes }, realm }
}

/** Tests, judging, then the performance test when every test passed (Node, where the expected values are at hand). */
export async function executeJs(req: JsRunRequest, deps: ExecuteDeps): Promise<JsRunResponse> {
  const { response, realm } = await runJsTests(req, deps)
  const { problem } = req
  if (!req.perf || !realm || problem.kind === 'sql') return response
  // The performance test only means something for an answer that is right.
  if (judge(problem, response.outcomes).failed > 0) return { ...response, perf: { status: 'skipped', reason: 'every test must pass first' } }
  return { ...response, perf: measureJs(problem, realm, req.perf, deps) }
}

/** The performance test of an answer already evaluated (`realm`), against the reference, in this worker. */
export function measureJs(
  problem: FunctionProblem | ClassProblem,
  realm: JsRealm,
  perf: NonNullable<JsRunRequest['perf']>,
  deps: Pick<ExecuteDeps, 'evaluate' | 'timeTry' | 'notify'>,
): PerfMeasurement {
  deps.notify({ type: 'perf-reference' })
  let reference, answer
  let input: PerfInput
  try {
    input = perfInput(problem)
  } catch (e) {
    return { status: 'skipped', reason: `the performance input could not be made: ${message(e)}` }
  }
  try {
    reference = perfRunner(problem, deps.evaluate(jsProgramScoped(perf.reference, problem.entry.javascript ?? '')) as JsRealm, input)
  } catch (e) {
    return { status: 'skipped', reason: `the reference answer could not be loaded: ${message(e)}` }
  }
  try {
    answer = perfRunner(problem, realm, input)
  } catch (e) {
    return { status: 'error', referenceMs: 0, error: message(e) }
  }
  const refRuns: number[] = []
  const timeReference = (): string | null => {
    try {
      const r = deps.timeTry(reference.prepare(), PERF_POLICY.maxReferenceMs)
      if (r === 'stopped') return `the reference took over ${PERF_POLICY.maxReferenceMs / 1000} s on this device`
      refRuns.push(r.ms)
      return null
    } catch (e) {
      return `the reference answer failed: ${message(e)}`
    }
  }
  for (let k = 0; k < PERF_POLICY.referenceRuns; k++) {
    const failed = timeReference()
    if (failed) return { status: 'skipped', reason: failed }
  }
  for (let attempt = 1; ; attempt++) {
    const referenceMs = Math.max(median(refRuns), 0.01)
    const limitMs = perfLimitMs(referenceMs, perf.maxRatio)
    let r: { ms: number } | 'stopped'
    try {
      const run = answer.prepare() // preparing the input is not timed, and not in the host's window for the try
      deps.notify({ type: 'perf-try', referenceMs, limitMs })
      r = deps.timeTry(run, limitMs)
    } catch (e) {
      return { status: 'error', referenceMs, error: message(e) }
    }
    if (r !== 'stopped' && r.ms <= limitMs) return { status: 'finished', referenceMs, answerMs: r.ms, limitMs, tries: attempt }
    if (attempt >= perf.tries) {
      return r === 'stopped'
        ? { status: 'stopped', referenceMs, limitMs, tries: attempt }
        : { status: 'finished', referenceMs, answerMs: r.ms, limitMs, tries: attempt }
    }
    // Another try, against a fresh look at the reference (the machine may have been busy).
    deps.notify({ type: 'perf-reference' })
    const failed = timeReference()
    if (failed) return { status: 'skipped', reason: failed }
  }
}
