// Python in the browser, checked in Node: the helpers of src/runner/python.ts;
// the harness under Pyodide (the same npm package and harness file the worker
// loads) agreeing with python3 on every problem; and runPythonTests' worker
// plumbing (one load for many runs, time limit, reload, load failures) with
// fake workers that run the real Pyodide harness.
import { readFileSync } from 'node:fs'
import { loadPyodide } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import type { TestRunResult } from '../../src/core/problems/judge'
import type { Problem } from '../../src/core/problems/schema'
import { runPython } from '../../src/runner/node/runners'
import {
  installHarness,
  parseOutcomes,
  pythonJob,
  pythonResult,
  tracebackSummary,
  type PythonHarness,
  type PythonWorkerRequest,
  type PythonWorkerResponse,
} from '../../src/runner/python'
import { disposePython, prewarmPython, runPythonTests, runTests, type PythonWorkerLike } from '../../src/runner/runTests'
import { readBank } from '../fixtures/problems/loadDir'

const bank = readBank('problems').map(([dir, files]) => {
  const r = assembleProblem(dir, files)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
})
const problem = (id: string): Problem => bank.find((p) => p.id === id)!
const twoSum = problem('two-sum')
const harnessSource = readFileSync('src/runner/node/python_harness.py', 'utf8')

describe('python helpers', () => {
  it('builds the harness job from a problem', () => {
    const job = pythonJob(problem('reverse-linked-list'), 'code')
    expect(job).toMatchObject({ code: 'code', kind: 'function', entry: 'reverse_list', io: { args: ['linked-list'], returns: 'linked-list' } })
    expect(pythonJob(problem('lru-cache'), 'x')).toMatchObject({ kind: 'class', entry: 'LRUCache' })
    expect(pythonJob(problem('sql-top-customers'), 'x')).toEqual({ error: 'an SQL problem has no Python tests' })
  })
  it('keeps what each test printed next to its judged outcome', () => {
    const [a, b] = twoSum.tests as { name: string; expected: unknown }[]
    const r = pythonResult(twoSum, [
      { name: a!.name, ok: true, value: a!.expected as never, stdout: 'hello\n' },
      { name: b!.name, ok: false, error: 'ValueError: x (line 2)' },
    ])
    expect(r.outcomes[0]).toMatchObject({ passed: true, stdout: 'hello\n' })
    expect(r.outcomes[1]).toMatchObject({ passed: false, message: 'ValueError: x (line 2)' })
    expect(r.outcomes[1]).not.toHaveProperty('stdout')
    expect(r.outcomes[2]).toMatchObject({ passed: false, message: 'not run' })
  })
  it('rejects harness output that is not a list of outcomes', () => {
    expect(parseOutcomes('Traceback')).toEqual({ error: "the Python harness's output is not JSON: Traceback" })
    expect(parseOutcomes('{"name": "a"}')).toEqual({ error: "the Python harness's output is not a list of test outcomes" })
    expect(parseOutcomes('[{"name": "a", "ok": true, "value": 1}]')).toEqual([{ name: 'a', ok: true, value: 1 }])
  })
  it('sums up a traceback by its last line', () => {
    expect(tracebackSummary('Traceback (most recent call last):\n  File "<exec>", line 3, in f\nKeyboardInterrupt\n\n')).toBe('KeyboardInterrupt')
    expect(tracebackSummary('plain')).toBe('plain')
  })
})

let harness: PythonHarness
let loadMs = 0
beforeAll(async () => {
  const t0 = performance.now()
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} })
  harness = installHarness(py, harnessSource)
  loadMs = performance.now() - t0
}, 120_000)

const inPyodide = (p: Problem, code: string) => {
  const job = pythonJob(p, code)
  if ('error' in job) throw new Error(job.error)
  const raw = harness.run(job)
  if ('error' in raw) throw new Error(raw.error)
  return pythonResult(p, raw)
}

// Pyodide brings Python 3.14, python3 here may be older: some exception texts
// differ ("division by zero" vs "integer division or modulo by zero"), so
// compare the outcome, the values and the exception type, not the wording.
const gist = (r: TestRunResult) =>
  r.outcomes.map((o) => ({ name: o.name, passed: o.passed, actual: o.actual, error: /^(\w+Error|SyntaxError|SystemExit)\b/.exec(o.message)?.[1] ?? o.message }))

describe('the harness under Pyodide', () => {
  it('loads in Node from the npm package', () => {
    console.log(`Pyodide load + harness install in Node: ${Math.round(loadMs)} ms`)
    expect(harness).toBeDefined()
  })

  const python = bank.filter((p) => p.kind !== 'choice' && p.languages.includes('python'))
  it('passes every reference answer on every test, as python3 does', () => {
    const failures = python.flatMap((p) =>
      inPyodide(p, p.references.python!.code)
        .outcomes.filter((o) => !o.passed)
        .map((o) => `${p.id} / ${o.name}: ${o.message}`),
    )
    expect(failures).toEqual([])
    expect(python.length).toBeGreaterThan(20)
  })

  // fix-dedupe-keep-order's snippet returns list(set(strings)): its order
  // changes from one process to the next (string hash randomisation).
  const buggy = python.filter((p) => p.buggy?.python && p.id !== 'fix-dedupe-keep-order')
  it('has buggy snippets to compare', () => {
    expect(buggy.length).toBeGreaterThan(3)
  })
  // One test per snippet: each python3 run costs seconds on a busy machine, and
  // the bank keeps growing, so a single test over all of them outgrew its time limit.
  it.each(buggy.map((p) => [p.id, p] as const))('judges the buggy snippet of %s as python3 does: same outcomes, values and exception types', (_, p) => {
    const browser = inPyodide(p, p.buggy!.python!)
    expect(browser.failed, p.id).toBeGreaterThan(0)
    expect(gist(browser), p.id).toEqual(gist(runPython(p, p.buggy!.python!)))
  })

  it('reports syntax errors with the line, a missing entry, and exceptions with the line', () => {
    const syntax = inPyodide(twoSum, 'def two_sum(nums, target):\n    x = [1, 2\n    return x\n')
    expect(syntax.outcomes[0]!.message).toMatch(/^SyntaxError: .* \(line 2\)$/)
    expect(gist(syntax)).toEqual(gist(runPython(twoSum, 'def two_sum(nums, target):\n    x = [1, 2\n    return x\n')))
    expect(inPyodide(twoSum, 'def twoSum(nums, target):\n    return []\n').outcomes[0]!.message).toBe('no function named two_sum is defined; did you mean twoSum?')
    expect(inPyodide(twoSum, 'from math import sqrt\ndef tw0_surn(nums, target):\n    return []\n').outcomes[0]!.message).toBe(
      'no function named two_sum is defined; did you mean tw0_surn?',
    )
    expect(inPyodide(twoSum, 'import math\ndef pair(nums, target):\n    return []\n').outcomes[0]!.message).toBe('no function named two_sum is defined')
    const raised = inPyodide(twoSum, 'def two_sum(nums, target):\n    return nums[99]\n')
    expect(raised.outcomes[0]!.message).toBe('IndexError: list index out of range (line 2)')
    const exits = inPyodide(twoSum, 'import sys\ndef two_sum(nums, target):\n    sys.exit(3)\n')
    expect(exits.outcomes[0]!.message).toBe('SystemExit: 3 (line 3)')
  })

  it('keeps each test’s print output, and prints never corrupt the results', () => {
    const chatty = twoSum.references.python!.code.replace('    seen = {}\n', '    seen = {}\n    print("target", target)\n')
    const r = inPyodide(twoSum, `print("loaded")\n${chatty}`)
    expect(r.passed).toBe(twoSum.tests.length)
    const targets = (twoSum.tests as { args: unknown[] }[]).map((t) => t.args[1])
    expect(r.outcomes.map((o) => o.stdout)).toEqual(targets.map((t, i) => `${i === 0 ? 'loaded\n' : ''}target ${t}\n`))
    expect(runPython(twoSum, `print("loaded")\n${chatty}`)).toEqual(r)
    const flood = inPyodide(twoSum, 'def two_sum(nums, target):\n    for i in range(100000):\n        print(i)\n')
    expect(flood.outcomes[0]!.stdout!.length).toBeLessThan(4100)
    expect(flood.outcomes[0]!.stdout).toMatch(/… \(\d+ more characters\)$/)
  })

  it('answers do not leak into each other: each run starts from fresh globals', () => {
    expect(inPyodide(twoSum, 'helper = 1\ndef two_sum(nums, target):\n    return [0, 1]\n').failed).toBeGreaterThan(0)
    expect(inPyodide(twoSum, 'def two_sum(nums, target):\n    return helper\n').outcomes[0]!.message).toBe("NameError: name 'helper' is not defined (line 2)")
  })
})

/** A stand-in for python.worker.ts: the real harness, with scripted loading and hangs. */
class FakePythonWorker implements PythonWorkerLike {
  onmessage: PythonWorkerLike['onmessage'] = null
  onerror: PythonWorkerLike['onerror'] = null
  terminated = false
  loads = 0
  constructor(private readonly behaviour: { load?: 'ok' | 'fail' | 'never'; hangOn?: string; failOn?: string } = {}) {}
  private reply(m: PythonWorkerResponse) {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent<PythonWorkerResponse>)
    }, 1)
  }
  postMessage(req: PythonWorkerRequest) {
    if (req.type === 'load') {
      this.loads++
      if (this.behaviour.load === 'fail') this.reply({ type: 'load-failed', error: "Failed to load 'pyodide.asm.wasm': request failed." })
      else if (this.behaviour.load !== 'never') this.reply({ type: 'loaded', ms: 5 })
      return
    }
    if (this.behaviour.hangOn && req.job.code.includes(this.behaviour.hangOn)) return // busy forever
    if (this.behaviour.failOn && req.job.code.includes(this.behaviour.failOn)) return this.reply({ type: 'failed', id: req.id, error: 'MemoryError' })
    const r = harness.run(req.job)
    this.reply('error' in r ? { type: 'failed', id: req.id, error: r.error } : { type: 'done', id: req.id, outcomes: r })
  }
  terminate() {
    this.terminated = true
  }
}

describe('runPythonTests', () => {
  const right = twoSum.references.python!.code
  it('loads Python once and runs many times in the same worker', async () => {
    const made: FakePythonWorker[] = []
    const createPythonWorker = () => {
      made.push(new FakePythonWorker())
      return made.at(-1)!
    }
    const phases: string[] = []
    const onPhase = (p: string) => phases.push(p)
    const first = runTests(twoSum, 'python', right, { createPythonWorker, onPhase })
    expect(await prewarmPython({ createPythonWorker })).toEqual({ ok: true, ms: 5 })
    expect((await first).passed).toBe(twoSum.tests.length)
    expect((await runTests(twoSum, 'python', right, { createPythonWorker, onPhase })).passed).toBe(twoSum.tests.length)
    expect(phases).toEqual(['loading', 'running', 'running'])
    const wrong = await runTests(twoSum, 'python', 'def two_sum(nums, target):\n    return [0, 1]\n', { createPythonWorker })
    expect(wrong.failed).toBeGreaterThan(0)
    expect(made).toHaveLength(1)
    expect(made[0]!.loads).toBe(1)
    expect(made[0]!.terminated).toBe(false)
    disposePython()
    expect(made[0]!.terminated).toBe(true)
  })

  it('stops an endless loop at the time limit, and the next run gets a new worker', async () => {
    const made: FakePythonWorker[] = []
    const createPythonWorker = () => {
      made.push(new FakePythonWorker({ hangOn: 'while True' }))
      return made.at(-1)!
    }
    const endless = 'def two_sum(nums, target):\n    while True:\n        pass\n'
    // Queued runs go one at a time: the second waits for the first to be stopped.
    const [stopped, next] = await Promise.all([
      runPythonTests(twoSum, endless, { createPythonWorker, timeoutMs: 100 }),
      runPythonTests(twoSum, right, { createPythonWorker, timeoutMs: 100 }),
    ])
    expect(stopped.passed).toBe(0)
    expect(stopped.error).toBe('stopped after 0.1 s: the code took too long (an endless loop?)')
    expect(made[0]!.terminated).toBe(true)
    expect(next.passed).toBe(twoSum.tests.length)
    expect(made).toHaveLength(2)
    disposePython()
  })

  it('reports a Python that fails to load or never loads, and tries again on the next run', async () => {
    const failing = () => new FakePythonWorker({ load: 'fail' })
    const r = await runTests(twoSum, 'python', right, { createPythonWorker: failing })
    expect(r.error).toBe("Python could not be loaded: Failed to load 'pyodide.asm.wasm': request failed.")
    const stuck: FakePythonWorker[] = []
    const never = () => {
      stuck.push(new FakePythonWorker({ load: 'never' }))
      return stuck.at(-1)!
    }
    const slow = await runTests(twoSum, 'python', right, { createPythonWorker: never, loadTimeoutMs: 50 })
    expect(slow.error).toBe('Python did not load within 0.05 s; try again')
    expect(stuck[0]!.terminated).toBe(true)
    await runTests(twoSum, 'python', right, { createPythonWorker: never, loadTimeoutMs: 50 })
    expect(stuck).toHaveLength(2)
  })

  it('reports a failure of the harness itself and starts afresh after it', async () => {
    const made: FakePythonWorker[] = []
    const createPythonWorker = () => {
      made.push(new FakePythonWorker({ failOn: 'huge' }))
      return made.at(-1)!
    }
    const r = await runTests(twoSum, 'python', 'huge = [0] * 10**12', { createPythonWorker })
    expect(r.error).toBe('Python failed: MemoryError')
    expect(made[0]!.terminated).toBe(true)
    expect((await runTests(twoSum, 'python', right, { createPythonWorker })).passed).toBe(twoSum.tests.length)
    expect(made).toHaveLength(2)
    disposePython()
  })

  it('reports a crashed worker and one that cannot be created', async () => {
    const crashing = new FakePythonWorker({ hangOn: 'while True' })
    const pending = runTests(twoSum, 'python', 'while True: pass', { createPythonWorker: () => crashing })
    setTimeout(() => crashing.onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded', preventDefault() {} } as ErrorEvent), 30)
    expect((await pending).error).toBe('the test runner failed: Uncaught RangeError: Maximum call stack size exceeded')
    expect(crashing.terminated).toBe(true)
    const r = await runTests(twoSum, 'python', right, {
      createPythonWorker: () => {
        throw new Error('Worker is not defined')
      },
    })
    expect(r.error).toBe('the test runner could not start: Worker is not defined')
  })
})
