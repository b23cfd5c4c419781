// Python in the browser, checked in Node: the helpers of src/runner/python.ts;
// the harness under Pyodide (the same npm package and harness file the worker
// loads) agreeing with python3 on every problem; and runPythonTests' worker
// plumbing (one load for many runs, time limit, reload, load failures) with
// fake workers that run the real Pyodide harness.
import { readFileSync } from 'node:fs'
import { loadPyodide, version as pyodideVersion } from 'pyodide'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestRunResult } from '../../src/core/judge/judge'
import { assembleProblem } from '../../src/core/problems/assemble'
import type { Problem } from '../../src/core/problems/schema'
import { NodeRunner } from '../../src/runner/node/runAnswer'
import { parseJobResult, pythonJob, pythonResult, tracebackSummary } from '../../src/runner/python/job'
import { installHarness, type PythonHarness } from '../../src/runner/python/pyodideHarness'
import type { FromSandbox, ToSandbox } from '../../src/runner/protocol'
import { disposeSandbox, prewarmPython, runTests } from '../../src/runner/runTests'
import type { SandboxLike } from '../../src/runner/sandboxHost'
import { readBank } from '../fixtures/problems/loadDir'

const bank = readBank('problems').map(([dir, files]) => {
  const r = assembleProblem(dir, files)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
})
const problem = (id: string): Problem => bank.find((p) => p.id === id)!
const twoSum = problem('two-sum')
const harnessSource = readFileSync('src/runner/python/harness.py', 'utf8')
const node = new NodeRunner()
afterAll(() => node.close())
const runPython = (p: Problem, code: string) => node.run(p, 'python', code)
const noFiles = async () => ({ asmJs: '', wasm: new ArrayBuffer(0), stdlib: new ArrayBuffer(0), lock: '' })

describe('python helpers', () => {
  it('builds the harness job from a problem', () => {
    const job = pythonJob(problem('reverse-linked-list'), 'code')
    expect(job).toMatchObject({ code: 'code', kind: 'function', entry: 'reverse_list', io: { args: ['linked-list'], returns: 'linked-list' } })
    expect(pythonJob(problem('lru-cache'), 'x')).toMatchObject({ kind: 'class', entry: 'LRUCache' })
    expect(pythonJob(problem('sql-top-customers'), 'x')).toEqual({ error: 'an SQL problem has no Python tests' })
    expect(pythonJob(problem('read-doubling-loop'), 'x')).toEqual({ error: expect.stringMatching(/answered by choosing/) })
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
  it('rejects harness output that is not what the job returns', () => {
    expect(parseJobResult('Traceback', 'tests')).toEqual({ error: "the Python harness's output is not JSON: Traceback" })
    expect(parseJobResult('{"outcomes": [{"name": "a"}]}', 'tests')).toEqual({ error: "the Python harness's output is not a list of test outcomes" })
    expect(parseJobResult('{"outcomes": [{"name": "a", "ok": true, "value": 1}]}', 'tests')).toEqual({ outcomes: [{ name: 'a', ok: true, value: 1 }] })
    expect(parseJobResult('{"perf": {"status": "fast"}}', 'perf')).toEqual({ error: "the Python harness's output is not a performance measurement" })
  })
  it('sums up a traceback by its last line', () => {
    expect(tracebackSummary('Traceback (most recent call last):\n  File "<exec>", line 3, in f\nKeyboardInterrupt\n\n')).toBe('KeyboardInterrupt')
    expect(tracebackSummary('plain')).toBe('plain')
  })
})

let harness: PythonHarness
let loadMs = 0
let loadedVersion = ''
beforeAll(async () => {
  const t0 = performance.now()
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} })
  loadedVersion = py.version
  harness = installHarness(py, harnessSource)
  loadMs = performance.now() - t0
}, 180_000)

const inPyodide = async (p: Problem, code: string) => {
  const job = pythonJob(p, code)
  if ('error' in job) throw new Error(job.error)
  const raw = await harness.run(job)
  if ('error' in raw) throw new Error(raw.error)
  if (!('outcomes' in raw)) throw new Error('not a tests result')
  return pythonResult(p, raw.outcomes)
}

// Pyodide brings Python 3.14, python3 here may be older: some exception texts
// differ ("division by zero" vs "integer division or modulo by zero"), so
// compare the outcome, the values and the exception type, not the wording.
const gist = (r: TestRunResult) =>
  r.outcomes.map((o) => ({ name: o.name, passed: o.passed, actual: o.actual, error: /^(\w+Error|SyntaxError|SystemExit)\b/.exec(o.message)?.[1] ?? o.message }))

describe('the harness under Pyodide', () => {
  it('loads in Node from the npm package, and the installed harness runs a job', async () => {
    console.log(`Pyodide load + harness install in Node: ${Math.round(loadMs)} ms`)
    // The runtime is the npm package's own release (the browser loads the same files),
    expect(loadedVersion).toBe(pyodideVersion)
    // and the harness it installed answers: the reference passes every test, a wrong answer does not.
    expect((await inPyodide(twoSum, twoSum.references.python!.code)).passed).toBe(twoSum.tests.length)
    expect((await inPyodide(twoSum, 'def two_sum(nums, target):\n    return [0, 0]\n')).passed).toBeLessThan(twoSum.tests.length)
  })

  const python = bank.filter((p) => p.kind !== 'choice' && p.languages.includes('python'))
  it('passes every reference answer on every test, as python3 does', async () => {
    const failures: string[] = []
    for (const p of python)
      for (const o of (await inPyodide(p, p.references.python!.code)).outcomes) if (!o.passed) failures.push(`${p.id} / ${o.name}: ${o.message}`)
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
  it.each(buggy.map((p) => [p.id, p] as const))('judges the buggy snippet of %s as python3 does: same outcomes, values and exception types', async (_, p) => {
    const browser = await inPyodide(p, p.buggy!.python!)
    expect(browser.failed, p.id).toBeGreaterThan(0)
    expect(gist(browser), p.id).toEqual(gist(await runPython(p, p.buggy!.python!)))
  })

  it('reports syntax errors with the line, a missing entry, and exceptions with the line', async () => {
    const syntax = await inPyodide(twoSum, 'def two_sum(nums, target):\n    x = [1, 2\n    return x\n')
    expect(syntax.outcomes[0]!.message).toMatch(/^SyntaxError: .* \(line 2\)$/)
    expect(gist(syntax)).toEqual(gist(await runPython(twoSum, 'def two_sum(nums, target):\n    x = [1, 2\n    return x\n')))
    expect((await inPyodide(twoSum, 'def twoSum(nums, target):\n    return []\n')).outcomes[0]!.message).toBe('no function named two_sum is defined; did you mean twoSum?')
    expect((await inPyodide(twoSum, 'from math import sqrt\ndef tw0_surn(nums, target):\n    return []\n')).outcomes[0]!.message).toBe(
      'no function named two_sum is defined; did you mean tw0_surn?',
    )
    expect((await inPyodide(twoSum, 'import math\ndef pair(nums, target):\n    return []\n')).outcomes[0]!.message).toBe('no function named two_sum is defined')
    const raised = await inPyodide(twoSum, 'def two_sum(nums, target):\n    return nums[99]\n')
    expect(raised.outcomes[0]!.message).toBe('IndexError: list index out of range (line 2)')
    const exits = await inPyodide(twoSum, 'import sys\ndef two_sum(nums, target):\n    sys.exit(3)\n')
    expect(exits.outcomes[0]!.message).toBe('SystemExit: 3 (line 3)')
  })

  it('keeps each test’s print output, and prints never corrupt the results', async () => {
    const chatty = twoSum.references.python!.code.replace('    seen = {}\n', '    seen = {}\n    print("target", target)\n')
    const r = await inPyodide(twoSum, `print("loaded")\n${chatty}`)
    expect(r.passed).toBe(twoSum.tests.length)
    const targets = (twoSum.tests as { args: unknown[] }[]).map((t) => t.args[1])
    expect(r.outcomes.map((o) => o.stdout)).toEqual(targets.map((t, i) => `${i === 0 ? 'loaded\n' : ''}target ${t}\n`))
    expect(await runPython(twoSum, `print("loaded")\n${chatty}`)).toEqual(r)
    const flood = await inPyodide(twoSum, 'def two_sum(nums, target):\n    for i in range(100000):\n        print(i)\n')
    expect(flood.outcomes[0]!.stdout!.length).toBeLessThan(4100)
    expect(flood.outcomes[0]!.stdout).toMatch(/… \(\d+ more characters\)$/)
  })

  it('answers do not leak into each other: each run starts from fresh globals', async () => {
    expect((await inPyodide(twoSum, 'helper = 1\ndef two_sum(nums, target):\n    return [0, 1]\n')).failed).toBeGreaterThan(0)
    expect((await inPyodide(twoSum, 'def two_sum(nums, target):\n    return helper\n')).outcomes[0]!.message).toBe("NameError: name 'helper' is not defined (line 2)")
  })
})

/** A stand-in for the sandbox's Python worker: the real Pyodide harness, with scripted loading and hangs. */
class FakeSandbox implements SandboxLike {
  onMessage: ((m: FromSandbox) => void) | null = null
  destroyed = false
  loads = 0
  ready = Promise.resolve()
  constructor(private readonly behaviour: { load?: 'ok' | 'fail' | 'never'; hangOn?: string; failOn?: string } = {}) {}
  private reply(m: FromSandbox) {
    setTimeout(() => {
      if (!this.destroyed) this.onMessage?.(m)
    }, 1)
  }
  post(m: ToSandbox) {
    if (m.type === 'load-python') {
      this.loads++
      if (this.behaviour.load === 'fail') this.reply({ type: 'failed', id: m.id, error: "Python could not be loaded: Failed to load 'pyodide.asm.wasm' (404)" })
      else if (this.behaviour.load !== 'never') this.reply({ type: 'python-loaded', id: m.id, ms: 5 })
      return
    }
    if (m.type !== 'run-python') return
    if (this.behaviour.hangOn && m.job.code.includes(this.behaviour.hangOn)) return // busy forever
    if (this.behaviour.failOn && m.job.code.includes(this.behaviour.failOn)) return this.reply({ type: 'failed', id: m.id, error: 'Python failed: MemoryError' })
    void harness.run(m.job).then((r) => this.reply('error' in r ? { type: 'failed', id: m.id, error: r.error } : { type: 'python-done', id: m.id, result: r }))
  }
  destroy() {
    this.destroyed = true
  }
}

describe('runTests with Python', () => {
  const right = twoSum.references.python!.code
  const opts = (createSandbox: () => SandboxLike) => ({ createSandbox, loadPyodideFiles: noFiles })
  it('loads Python once and runs many times in the same sandbox', async () => {
    const made: FakeSandbox[] = []
    const createSandbox = () => (made.push(new FakeSandbox()), made.at(-1)!)
    const phases: string[] = []
    const onPhase = (p: string) => phases.push(p)
    const first = runTests(twoSum, 'python', right, { ...opts(createSandbox), onPhase })
    expect((await first).passed).toBe(twoSum.tests.length)
    expect(await prewarmPython(opts(createSandbox))).toEqual({ ok: true, ms: 5 })
    expect((await runTests(twoSum, 'python', right, { ...opts(createSandbox), onPhase })).passed).toBe(twoSum.tests.length)
    expect(phases).toEqual(['loading', 'running', 'running'])
    const wrong = await runTests(twoSum, 'python', 'def two_sum(nums, target):\n    return [0, 1]\n', opts(createSandbox))
    expect(wrong.failed).toBeGreaterThan(0)
    expect(made).toHaveLength(1)
    expect(made[0]!.loads).toBe(1)
    expect(made[0]!.destroyed).toBe(false)
    disposeSandbox()
    expect(made[0]!.destroyed).toBe(true)
  })

  it('stops an endless loop at the time limit, and the next run gets a new sandbox', async () => {
    const made: FakeSandbox[] = []
    const createSandbox = () => (made.push(new FakeSandbox({ hangOn: 'while True' })), made.at(-1)!)
    const endless = 'def two_sum(nums, target):\n    while True:\n        pass\n'
    // Queued runs go one at a time: the second waits for the first to be stopped.
    const [stopped, next] = await Promise.all([
      runTests(twoSum, 'python', endless, { ...opts(createSandbox), timeoutMs: 100 }),
      runTests(twoSum, 'python', right, { ...opts(createSandbox), timeoutMs: 2000 }),
    ])
    expect(stopped.passed).toBe(0)
    expect(stopped.error).toBe('stopped after 0.1 s: the code took too long (an endless loop?)')
    expect(made[0]!.destroyed).toBe(true)
    expect(next.passed).toBe(twoSum.tests.length)
    expect(made).toHaveLength(2)
    disposeSandbox()
  })

  it('reports a Python that fails to load or never loads, and tries again on the next run', async () => {
    const r = await runTests(twoSum, 'python', right, opts(() => new FakeSandbox({ load: 'fail' })))
    expect(r.error).toBe("Python could not be loaded: Failed to load 'pyodide.asm.wasm' (404)")
    const stuck: FakeSandbox[] = []
    const never = () => (stuck.push(new FakeSandbox({ load: 'never' })), stuck.at(-1)!)
    const slow = await runTests(twoSum, 'python', right, { ...opts(never), loadTimeoutMs: 50 })
    expect(slow.error).toBe('Python did not load within 0.05 s; try again')
    expect(stuck[0]!.destroyed).toBe(true)
    await runTests(twoSum, 'python', right, { ...opts(never), loadTimeoutMs: 50 })
    expect(stuck).toHaveLength(2)
  })

  it('reports a failure of the harness itself and starts afresh after it', async () => {
    const made: FakeSandbox[] = []
    const createSandbox = () => (made.push(new FakeSandbox({ failOn: 'huge' })), made.at(-1)!)
    const r = await runTests(twoSum, 'python', 'huge = [0] * 10**12', opts(createSandbox))
    expect(r.error).toBe('Python failed: MemoryError')
    expect(made[0]!.destroyed).toBe(true)
    expect((await runTests(twoSum, 'python', right, opts(createSandbox))).passed).toBe(twoSum.tests.length)
    expect(made).toHaveLength(2)
    disposeSandbox()
  })
})
