// Judging and the harnesses: a wrong answer fails, with a message saying where.
import { afterAll, describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import { compareValues } from '../../src/core/judge/judge'
import type { Problem } from '../../src/core/problems/schema'
import { NodeRunner } from '../../src/runner/node/runAnswer'
import { readProblemDir } from '../fixtures/problems/loadDir'

const runner = new NodeRunner()
afterAll(() => runner.close())
const runInNode = (p: Problem, lang: 'python' | 'javascript' | 'sql', code: string) => runner.run(p, lang, code)
const runPython = (p: Problem, code: string, timeoutMs?: number) => runner.run(p, 'python', code, { timeoutMs })
const runJavaScript = (p: Problem, code: string, timeoutMs?: number) => runner.run(p, 'javascript', code, { timeoutMs })
const runSql = (p: Problem, code: string) => runner.run(p, 'sql', code)

function load(dir: string): Problem {
  const r = assembleProblem(dir, readProblemDir(dir))
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
}

describe('compareValues', () => {
  it('exact is deep and ordered', async () => {
    expect(compareValues([1, [2, 3]], [1, [2, 3]])).toBeNull()
    expect(compareValues([1, [3, 2]], [1, [2, 3]])).toBe('result[1][0]')
    expect(compareValues({ a: 1 }, { a: 1, b: 2 })).toBe('result.b (missing)')
    expect(compareValues([1, 2], [1, 2, 3])).toBe('result (length 2, expected 3)')
    expect(compareValues(true, 1)).toBe('result')
    expect(compareValues(null, 0)).toBe('result')
  })
  it('unordered ignores the order of the top level only', async () => {
    expect(compareValues([3, 1, 2], [1, 2, 3], 'unordered')).toBeNull()
    expect(compareValues([[2, 1]], [[1, 2]], 'unordered')).not.toBeNull()
    expect(compareValues([1, 1, 2], [1, 2, 2], 'unordered')).not.toBeNull()
  })
  it('unordered-nested ignores order at every level', async () => {
    expect(compareValues([['b', 'a'], ['c']], [['c'], ['a', 'b']], 'unordered-nested')).toBeNull()
    expect(compareValues([['b', 'a'], ['c']], [['c'], ['a', 'c']], 'unordered-nested')).not.toBeNull()
  })
  it('float allows the tolerance and no more', async () => {
    expect(compareValues([0.1 + 0.2], [0.3], 'float')).toBeNull()
    expect(compareValues(2.5, 2.4, 'float', 0.2)).toBeNull()
    expect(compareValues(2.5, 2.4, 'float', 0.05)).toBe('result')
    expect(compareValues(0.1 + 0.2, 0.3)).toBe('result')
  })
})

describe('a wrong reference answer fails', () => {
  const wrong = load('tests/fixtures/problems/wrong-answer/add-two')
  const right = load('tests/fixtures/problems/valid/add-two')

  it('in Python (off by one: every test fails)', async () => {
    const run = await runInNode(wrong, 'python', wrong.references.python!.code)
    expect(run.passed).toBe(0)
    expect(run.outcomes[0]).toMatchObject({ name: 'small', passed: false, message: 'expected 3, got 4', actual: 4 })
  })
  it('in JavaScript (subtracts: only 0 - 0 passes)', async () => {
    const run = await runInNode(wrong, 'javascript', wrong.references.javascript!.code)
    expect(run.outcomes.filter((o) => o.passed).map((o) => o.name)).toEqual(['zero'])
    expect(run.outcomes[0]!.message).toBe('expected 3, got -1')
  })
  it('in SQL (no GROUP BY)', async () => {
    const sql = load('tests/fixtures/problems/wrong-answer/sql-count')
    const run = await runInNode(sql, 'sql', sql.references.sql!.code)
    expect(run.outcomes.filter((o) => !o.passed).map((o) => o.name)).toEqual(['two countries', 'none', 'three countries'])
    expect(run.outcomes[0]!.message).toMatch(/^expected rows, in this order \[\["PT",2\],\["SE",1\]\], got \[\["\w+",3\]\]/)
    const fixed = await runSql(sql, 'SELECT country, COUNT(*) AS n FROM users GROUP BY country ORDER BY country')
    expect(fixed.passed).toBe(5)
  })
  it('the same fixture with a right answer passes', async () => {
    expect((await runInNode(right, 'python', right.references.python!.code)).passed).toBe(5)
    expect((await runInNode(right, 'javascript', right.references.javascript!.code)).passed).toBe(5)
  })
})

describe('harness failures are reported, not thrown', () => {
  const p = load('tests/fixtures/problems/valid/add-two')
  it('syntax errors', async () => {
    const py = await runPython(p, 'def add(a, b)\n    return a + b\n')
    expect(py.passed).toBe(0)
    expect(py.outcomes[0]!.message).toMatch(/^SyntaxError: .* \(line 1\)$/)
    const js = await runJavaScript(p, 'function add(a, b) { return a + }')
    expect(js.passed).toBe(0)
    expect(js.error).toMatch(/Unexpected token/)
  })
  it('a missing entry', async () => {
    expect((await runPython(p, 'def plus(a, b):\n    return a + b\n')).outcomes[0]!.message).toBe('no function named add is defined')
    expect((await runJavaScript(p, 'const plus = (a, b) => a + b')).outcomes[0]!.message).toBe('no function named add is defined')
  })
  it('exceptions, per test, with the Python line', async () => {
    const py = await runPython(p, 'def add(a, b):\n    if a == 0:\n        raise ValueError("zero")\n    return a + b\n')
    expect(py.outcomes.map((o) => o.passed)).toEqual([true, false, true, true, true])
    expect(py.outcomes[1]!.message).toBe('ValueError: zero (line 3)')
    const js = await runJavaScript(p, 'function add(a, b) { if (a === 0) throw new RangeError("zero"); return a + b }')
    expect(js.outcomes[1]!.message).toBe('RangeError: zero')
  })
  it('runaway JavaScript is stopped by the timeout', async () => {
    const js = await runJavaScript(p, 'function add(a, b) { while (true) {} }', 200)
    expect(js.passed).toBe(0)
    expect(js.error).toMatch(/^stopped after 0.2 s/)
  })
  it('runaway Python is stopped by the timeout', async () => {
    const py = await runPython(p, 'def add(a, b):\n    while True:\n        pass\n', 1000)
    expect(py.passed).toBe(0)
    expect(py.error).toMatch(/^stopped after 1 s/)
  })
  it('answers cannot leak mutations from one test into the next', async () => {
    const two = load('problems/two-sum')
    const js = await runJavaScript(two, 'function twoSum(nums, target) { nums.push(1e12); for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j] }')
    expect(js.passed).toBe(two.tests.length)
  })
})

describe('linked lists and class tests', () => {
  it('a list answer that returns the wrong head fails with the list', async () => {
    const p = load('problems/reverse-linked-list')
    const run = await runJavaScript(p, 'function reverseList(head) { return head }')
    expect(run.outcomes[0]!.message).toBe('expected [3,2,1], got [1,2,3] (first difference at result[0])')
    const py = await runPython(p, 'def reverse_list(head):\n    head.next = head\n    return head\n')
    expect(py.outcomes[0]!.message).toMatch(/cycle/)
  })
  it('a class answer names the failing call', async () => {
    const p = load('problems/lru-cache')
    const fifo = `class LRUCache {
      constructor(c) { this.c = c; this.m = new Map() }
      get(k) { return this.m.has(k) ? this.m.get(k) : -1 }
      put(k, v) { if (!this.m.has(k) && this.m.size === this.c) this.m.delete(this.m.keys().next().value); this.m.set(k, v) }
    }`
    const run = await runJavaScript(p, fifo)
    expect(run.outcomes[0]!.passed).toBe(false)
    expect(run.outcomes[0]!.message).toBe('call 5, get(2): expected -1, got "b"')
  })
})
