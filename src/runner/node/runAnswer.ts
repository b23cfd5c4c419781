// Runs answers in Node, through the same harnesses and judging as the app:
// Python in python3 (pythonProcess.ts), JavaScript and SQL in a worker thread
// (jsThread.ts). Used by the bank check (tests/unit/problems.bank.test.ts)
// and the judge CLI (scripts/judge.ts). A NodeRunner keeps its processes
// between runs; close() ends them.
import { failedRun, judge, type RawOutcome, type TestRunResult } from '../../core/judge/judge.ts'
import { PERF_POLICY, perfVerdict } from '../../core/judge/performance.ts'
import { NOT_RUN_CHOICE } from '../../core/problems/choice.ts'
import type { Lang, Problem } from '../../core/problems/schema.ts'
import { perfPlan, REFERENCE_PHASE_MS, tryPhaseMs } from '../perfPlan.ts'
import { pythonJob, pythonPerfJob, pythonResult } from '../python/job.ts'
import { JsThread } from './jsThread.ts'
import { PythonProcess } from './pythonProcess.ts'

export interface NodeRunOptions {
  /** Limit for the tests (default 5 s, as in the app). */
  timeoutMs?: number
  /** Run the performance test when the problem has one and every test passed (default true). */
  performance?: boolean
  /**
   * Tries the answer gets in the performance test (default PERF_POLICY.answerTries).
   * Retrying only ever helps an answer pass, so a check that expects a failure may ask for one.
   */
  perfTries?: number
}

export class NodeRunner {
  private readonly js = new JsThread()
  private readonly python = new PythonProcess()

  async run(problem: Problem, lang: Lang, code: string, options: NodeRunOptions = {}): Promise<TestRunResult> {
    const timeoutMs = options.timeoutMs ?? 5_000
    if (problem.kind === 'choice') return failedRun(problem, NOT_RUN_CHOICE)
    if (!problem.languages.includes(lang)) return failedRun(problem, `this problem is not answered in ${lang}`)
    const plan = options.performance === false ? undefined : perfPlan(problem, lang)
    const onProgress = (p: { type: string; limitMs?: number }) =>
      p.type === 'perf-reference' ? REFERENCE_PHASE_MS : p.type === 'perf-try' ? tryPhaseMs(p.limitMs!) : undefined

    if (lang === 'python') {
      const job = pythonJob(problem, code, timeoutMs)
      if ('error' in job) return failedRun(problem, job.error)
      const r = await this.python.run(job, timeoutMs)
      if ('error' in r) return failedRun(problem, r.error)
      if (!('outcomes' in r)) return failedRun(problem, 'the Python harness answered another job')
      const result = pythonResult(problem, r.outcomes)
      if (!plan) return result
      if (result.failed > 0) return { ...result, performance: perfVerdict(plan.spec, { status: 'skipped', reason: 'every test must pass first' }) }
      const perfJob = pythonPerfJob(problem, code, plan.input(), options.perfTries ?? PERF_POLICY.answerTries)
      if ('error' in perfJob) return failedRun(problem, perfJob.error)
      const p = await this.python.run(perfJob, REFERENCE_PHASE_MS, onProgress)
      const measured = 'error' in p ? ({ status: 'error', referenceMs: 0, error: p.error } as const) : 'perf' in p ? p.perf : null
      return { ...result, performance: perfVerdict(plan.spec, measured ?? { status: 'skipped', reason: 'the Python harness answered another job' }) }
    }

    let tests: RawOutcome[] | null = null
    const r = await this.js.run(
      {
        problem,
        language: lang,
        code,
        timeoutMs,
        ...(plan ? { perf: { reference: plan.reference, maxRatio: plan.spec.maxRatio, tries: options.perfTries ?? PERF_POLICY.answerTries } } : {}),
      },
      timeoutMs,
      (p) => {
        if (p.type === 'tests') tests = p.outcomes
        return onProgress(p)
      },
    )
    if ('crashed' in r) {
      // Ended during the performance test: the tests' outcomes stand, the performance test failed.
      if (!tests || !plan) return failedRun(problem, r.error)
      return { ...judge(problem, tests), performance: perfVerdict(plan.spec, { status: 'error', referenceMs: 0, error: r.error }) }
    }
    const result = { ...judge(problem, r.outcomes), ...(r.error ? { error: r.error } : {}) }
    return plan && r.perf ? { ...result, performance: perfVerdict(plan.spec, r.perf) } : result
  }

  async close(): Promise<void> {
    await Promise.all([this.js.close(), this.python.close()])
  }
}

/** One run with a runner made for it (the CLI; tests keep a NodeRunner for many). */
export async function runInNode(problem: Problem, lang: Lang, code: string, options: NodeRunOptions = {}): Promise<TestRunResult> {
  const runner = new NodeRunner()
  try {
    return await runner.run(problem, lang, code, options)
  } finally {
    await runner.close()
  }
}
