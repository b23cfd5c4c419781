// The browser runner's logic in Node: executeRun with injected capabilities
// (node:vm for eval, sql.js from node_modules), and runTests' worker plumbing
// (answer, crash, time limit) with fake workers.
import vm from 'node:vm'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import type { Problem } from '../../src/core/problems/schema'
import type { SqlJsLike } from '../../src/core/problems/sqlHarness'
import { executeRun, type RunRequest } from '../../src/runner/execute'
import { runTests, type WorkerLike } from '../../src/runner/runTests'
import { readProblemDir } from '../fixtures/problems/loadDir'

const load = (id: string): Problem => {
  const r = assembleProblem(`problems/${id}`, readProblemDir(`problems/${id}`))
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
}
const deps = {
  evaluate: (program: string) => vm.runInNewContext(program, {}, { timeout: 2000 }),
  loadSql: () => initSqlJs() as unknown as Promise<SqlJsLike>,
}

describe('executeRun', () => {
  it('passes the JavaScript reference and fails a wrong answer', async () => {
    const p = load('two-sum')
    expect((await executeRun({ problem: p, language: 'javascript', code: p.references.javascript!.code }, deps)).failed).toBe(0)
    const wrong = await executeRun({ problem: p, language: 'javascript', code: 'function twoSum() { return [0, 1] }' }, deps)
    expect(wrong.passed).toBeLessThan(p.tests.length)
    expect(wrong.outcomes.find((o) => !o.passed)!.message).toMatch(/^expected \[/)
  })
  it('runs SQL', async () => {
    const p = load('sql-top-customers')
    expect((await executeRun({ problem: p, language: 'sql', code: p.references.sql!.code }, deps)).failed).toBe(0)
    const bad = await executeRun({ problem: p, language: 'sql', code: 'SELEC name FROM customers' }, deps)
    expect(bad.outcomes[0]!.message).toMatch(/^SQL error: .*syntax error/)
  })
  it('reports syntax errors, a blocked eval, Python and wrong languages as failed runs', async () => {
    const p = load('two-sum')
    const syntax = await executeRun({ problem: p, language: 'javascript', code: 'function twoSum( {' }, deps)
    expect(syntax.error).toMatch(/^SyntaxError/)
    const blocked = await executeRun({ problem: p, language: 'javascript', code: 'x' }, {
      ...deps,
      evaluate: () => {
        throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed")
      },
    })
    expect(blocked.error).toMatch(/blocked by the security policy/)
    expect((await executeRun({ problem: p, language: 'python', code: '' }, deps)).error).toMatch(/cannot be run in the browser/)
    expect((await executeRun({ problem: p, language: 'sql', code: '' }, deps)).error).toMatch(/not answered in sql/)
  })
})

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null
  onerror: WorkerLike['onerror'] = null
  terminated = false
  constructor(private readonly behaviour: 'answer' | 'hang' | 'crash') {}
  postMessage(req: RunRequest) {
    if (this.behaviour === 'answer') {
      void executeRun(req, deps).then((result) => this.onmessage?.({ data: { result } } as MessageEvent))
    } else if (this.behaviour === 'crash') {
      setTimeout(() => this.onerror?.({ message: 'Uncaught RangeError: boom', preventDefault() {} } as ErrorEvent), 5)
    }
  }
  terminate() {
    this.terminated = true
  }
}

describe('runTests', () => {
  const p = load('balanced-brackets')
  it('returns the worker result and terminates the worker', async () => {
    const w = new FakeWorker('answer')
    const r = await runTests(p, 'javascript', p.references.javascript!.code, { createWorker: () => w })
    expect(r.passed).toBe(p.tests.length)
    expect(w.terminated).toBe(true)
  })
  it('stops a worker that never answers at the time limit', async () => {
    const w = new FakeWorker('hang')
    const r = await runTests(p, 'javascript', 'while (true) {}', { createWorker: () => w, timeoutMs: 50 })
    expect(r.passed).toBe(0)
    expect(r.error).toMatch(/stopped after 0.05 s/)
    expect(w.terminated).toBe(true)
  })
  it('reports a crashed worker', async () => {
    const w = new FakeWorker('crash')
    const r = await runTests(p, 'javascript', '', { createWorker: () => w })
    expect(r.error).toBe('the test runner failed: Uncaught RangeError: boom')
    expect(w.terminated).toBe(true)
  })
  it('reports a worker that cannot be created', async () => {
    const r = await runTests(p, 'javascript', '', {
      createWorker: () => {
        throw new Error('Worker is not defined')
      },
    })
    expect(r.error).toBe('the test runner could not start: Worker is not defined')
  })
})
