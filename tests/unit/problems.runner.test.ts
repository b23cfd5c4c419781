// The browser runner's logic in Node: executeJs with injected capabilities
// (node:vm for eval, sql.js from node_modules), async answers, the
// performance measurement, and runTests' sandbox plumbing (answer, crash,
// time limit, a sandbox that never starts) with a stand-in sandbox.
import vm from 'node:vm'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import type { SqlJsLike } from '../../src/core/judge/sqlHarness'
import { assembleProblem } from '../../src/core/problems/assemble'
import type { Problem } from '../../src/core/problems/schema'
import { executeJs, measureJs, runJsTests, type ExecuteDeps, type JsRunRequest } from '../../src/runner/js/execute'
import type { JsRealm } from '../../src/core/judge/jsHarness'
import type { FromSandbox, ToSandbox } from '../../src/runner/protocol'
import { runTests } from '../../src/runner/runTests'
import type { SandboxLike } from '../../src/runner/sandboxHost'
import { judge } from '../../src/core/judge/judge'
import { readProblemDir } from '../fixtures/problems/loadDir'

const load = (id: string): Problem => {
  const r = assembleProblem(`problems/${id}`, readProblemDir(`problems/${id}`))
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
}
const context = () => vm.createContext({ setTimeout, clearTimeout })
const deps = (ctx = context()): ExecuteDeps => ({
  evaluate: (program: string) => vm.runInContext(program, ctx, { timeout: 2000 }),
  loadSql: () => initSqlJs() as unknown as Promise<SqlJsLike>,
  clock: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout), now: () => performance.now() },
  timeTry: (run) => {
    const t0 = performance.now()
    run()
    return { ms: performance.now() - t0 }
  },
  notify: () => {},
})
const exec = async (problem: Problem, language: 'javascript' | 'sql', code: string, over: Partial<JsRunRequest> = {}) => {
  const r = await executeJs({ problem: problem as JsRunRequest['problem'], language, code, timeoutMs: 2000, ...over }, deps())
  return { ...judge(problem, r.outcomes), ...(r.error ? { error: r.error } : {}) }
}

describe('executeJs', () => {
  it('passes the JavaScript reference and fails a wrong answer', async () => {
    const p = load('two-sum')
    expect((await exec(p, 'javascript', p.references.javascript!.code)).failed).toBe(0)
    const wrong = await exec(p, 'javascript', 'function twoSum() { return [0, 1] }')
    expect(wrong.passed).toBeLessThan(p.tests.length)
    expect(wrong.outcomes.find((o) => !o.passed)!.message).toMatch(/^expected \[/)
  })
  it('runs SQL', async () => {
    const p = load('sql-top-customers')
    expect((await exec(p, 'sql', p.references.sql!.code)).failed).toBe(0)
    const bad = await exec(p, 'sql', 'SELEC name FROM customers')
    expect(bad.outcomes[0]!.message).toMatch(/^SQL error: .*syntax error/)
  })
  it('reports syntax errors and a blocked eval as failed runs', async () => {
    const p = load('two-sum')
    const syntax = await exec(p, 'javascript', 'function twoSum( {')
    expect(syntax.error).toMatch(/^SyntaxError/)
    const blocked = await executeJs({ problem: p as JsRunRequest['problem'], language: 'javascript', code: 'x', timeoutMs: 1000 }, {
      ...deps(),
      evaluate: () => {
        throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed")
      },
    })
    expect(blocked.error).toMatch(/blocked by the security policy/)
  })
  it('awaits an async answer, and names a promise that never settles', async () => {
    const p = load('two-sum')
    const asyncRef = `async function twoSum(nums, target) { await null; ${p.references.javascript!.code.replace(/^function twoSum/m, 'function inner')}; return inner(nums, target) }`
    expect((await exec(p, 'javascript', asyncRef)).failed).toBe(0)
    const never = await exec(p, 'javascript', 'function twoSum() { return new Promise(() => {}) }', { timeoutMs: 300 })
    expect(never.outcomes[0]!.message).toMatch(/the returned promise did not settle within the time limit/)
  })
})

/** A sandbox in the test process: the same executeJs, answering through the protocol. */
class FakeSandbox implements SandboxLike {
  onMessage: ((m: FromSandbox) => void) | null = null
  destroyed = false
  ready: Promise<void>
  constructor(private readonly behaviour: 'answer' | 'hang' | 'crash' | 'never-ready' = 'answer') {
    this.ready = behaviour === 'never-ready' ? Promise.reject(new Error('the test runner did not start within 30 s')) : Promise.resolve()
    this.ready.catch(() => {})
  }
  requests: ToSandbox[] = []
  private realm: JsRealm | undefined
  private req: JsRunRequest | undefined
  post(m: ToSandbox) {
    this.requests.push(m)
    const reply = (r: FromSandbox) => setTimeout(() => !this.destroyed && this.onMessage?.(r), 1)
    const d = { ...deps(), notify: (progress: never) => reply({ type: 'progress', id: m.id, progress }) }
    if (m.type === 'perf-js' && this.realm && this.req && this.req.problem.kind !== 'sql')
      return reply({ type: 'js-perf-done', id: m.id, perf: measureJs(this.req.problem, this.realm, m.perf, d) })
    if (m.type !== 'run-js' || this.behaviour === 'hang') return
    if (this.behaviour === 'crash') return reply({ type: 'failed', id: m.id, error: 'the test runner failed: Uncaught RangeError: boom' })
    this.req = m.req
    void runJsTests(m.req, d).then((r) => {
      this.realm = r.realm
      reply({ type: 'js-done', id: m.id, response: r.response })
    })
  }
  destroy() {
    this.destroyed = true
  }
}

describe('runTests', () => {
  const p = load('balanced-brackets')
  it('returns the sandbox result, judged, and never sends the sandbox the expected values', async () => {
    const s = new FakeSandbox()
    const r = await runTests(p, 'javascript', p.references.javascript!.code, { createSandbox: () => s })
    expect(r.passed).toBe(p.tests.length)
    expect(s.destroyed).toBe(false)
    const sent = JSON.stringify(s.requests)
    expect(sent).not.toContain('"expected"')
    expect(sent).not.toContain(p.references.python!.code.slice(0, 40))
  })
  it('runs the performance test only after every test passed, with the reference sent only then', async () => {
    const fast = load('faster-duplicate-check')
    const s = new FakeSandbox()
    const phases: string[] = []
    const r = await runTests(fast, 'javascript', fast.references.javascript!.code, { createSandbox: () => s, onPhase: (ph) => phases.push(ph) })
    expect(r.failed).toBe(0)
    expect(r.performance).toMatchObject({ ran: true, passed: true, input: '100,000 distinct numbers', bound: 'O(n)' })
    expect(phases).toEqual(['running', 'performance'])
    expect(s.requests.map((q) => q.type)).toEqual(['run-js', 'perf-js'])
    const wrong = new FakeSandbox()
    const w = await runTests(fast, 'javascript', 'function hasDuplicate() { return false }', { createSandbox: () => wrong })
    expect(w.performance).toMatchObject({ ran: false, message: 'performance test not run: every test must pass first' })
    expect(wrong.requests.map((q) => q.type)).toEqual(['run-js', 'end-js'])
  })
  it('stops a run that never answers at the time limit, and removes the sandbox', async () => {
    const s = new FakeSandbox('hang')
    const r = await runTests(p, 'javascript', 'while (true) {}', { createSandbox: () => s, timeoutMs: 50 })
    expect(r.passed).toBe(0)
    expect(r.error).toMatch(/stopped after 0.05 s/)
    expect(s.destroyed).toBe(true)
  })
  it('reports a crashed run and starts afresh', async () => {
    const made: FakeSandbox[] = []
    const factory = () => (made.push(new FakeSandbox(made.length ? 'answer' : 'crash')), made.at(-1)!)
    const r = await runTests(p, 'javascript', '', { createSandbox: factory })
    expect(r.error).toBe('the test runner failed: Uncaught RangeError: boom')
    expect(made[0]!.destroyed).toBe(true)
    expect((await runTests(p, 'javascript', p.references.javascript!.code, { createSandbox: factory })).passed).toBe(p.tests.length)
    expect(made).toHaveLength(2)
  })
  it('reports a sandbox that cannot start, or cannot be made', async () => {
    const r = await runTests(p, 'javascript', '', { createSandbox: () => new FakeSandbox('never-ready') })
    expect(r.error).toBe('the test runner could not start: the test runner did not start within 30 s')
    const thrown = await runTests(p, 'javascript', '', {
      createSandbox: () => {
        throw new Error('document is not defined')
      },
    })
    expect(thrown.error).toBe('the test runner could not start: document is not defined')
  })
})
