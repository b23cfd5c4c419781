// Performance tests as data: the generators make the same input everywhere
// (seeded), the size expressions are evaluated safely, and the verdict says
// what was measured, as a ratio to the reference.
import { describe, expect, it } from 'vitest'
import { perfLimitMs, perfVerdict, PERF_POLICY } from '../../src/core/judge/performance'
import { evalSize, generate, PerfSpecError } from '../../src/core/problems/performance'

const n = 1000

describe('size expressions', () => {
  it('evaluate n, i, + - * / (whole division) and parentheses', () => {
    expect(evalSize('n', { n })).toBe(1000)
    expect(evalSize('n/2-1', { n })).toBe(499)
    expect(evalSize('2*i+1', { n, i: 5 })).toBe(11)
    expect(evalSize('(n+1)/3', { n })).toBe(333)
    expect(evalSize('-n', { n })).toBe(-1000)
    expect(evalSize(42, { n })).toBe(42)
  })
  it('refuse what is not an expression, and i outside a list', () => {
    expect(() => evalSize('n/0', { n })).toThrow(PerfSpecError)
    expect(() => evalSize('n+', { n })).toThrow(/ends too soon/)
    expect(() => evalSize('i', { n })).toThrow(/i is only defined inside a list/)
    expect(() => evalSize('n n', { n })).toThrow(/unexpected "n"/)
  })
})

describe('generators', () => {
  it('seeded ints are the same every time, within bounds', () => {
    const g = { gen: 'ints', length: 'n', min: -5, max: 5, seed: 3 } as const
    const a = generate(g, { n }) as number[]
    expect(a).toHaveLength(1000)
    expect(a).toEqual(generate(g, { n }))
    expect(Math.min(...a)).toBe(-5)
    expect(Math.max(...a)).toBe(5)
    expect(a).not.toEqual(generate({ ...g, seed: 4 }, { n }))
  })
  it('shuffle is a seeded permutation; range, repeat, concat and list compose', () => {
    const s = generate({ gen: 'shuffle', of: { gen: 'range', length: 'n' }, seed: 1 }, { n }) as number[]
    expect([...s].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, k) => k))
    expect(s.slice(0, 10)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(generate({ gen: 'concat', parts: [{ gen: 'range', length: 2, start: 5, step: 2 }, { gen: 'repeat', length: 2, value: 'x' }] }, { n })).toEqual([5, 7, 'x', 'x'])
    expect(generate({ gen: 'list', length: 3, item: [{ gen: 'int', value: 'i' }, { gen: 'int', value: 'n-1' }] }, { n })).toEqual([[0, 999], [1, 999], [2, 999]])
    expect(generate({ gen: 'string', length: 5, alphabet: 'ab' }, { n })).toBe('ababa')
  })
  it('trees in level order: balanced, or a path as deep as it is long', () => {
    expect(generate({ gen: 'tree', length: 3, shape: 'balanced' }, { n })).toEqual([0, 1, 2])
    expect(generate({ gen: 'tree', length: 3, shape: 'path' }, { n })).toEqual([0, null, 1, null, 2])
  })
  it('refuse a size that would exhaust memory', () => {
    expect(() => generate({ gen: 'range', length: 'n*n*n' }, { n })).toThrow(/outside 0\.\.5000000/)
  })
})

describe('the verdict', () => {
  const spec = { input: '100,000 numbers', bound: 'O(n)', maxRatio: 20 }
  it('says what was measured when the answer passes', () => {
    const v = perfVerdict(spec, { status: 'finished', referenceMs: 30, answerMs: 45, limitMs: 600, tries: 1 })
    expect(v).toMatchObject({ passed: true, ran: true, ratio: 1.5 })
    expect(v.message).toBe("your answer took 1.5× the reference's time on 100,000 numbers (45 ms; the reference 30 ms)")
  })
  it('names the bound when an answer was stopped at the limit', () => {
    const v = perfVerdict(spec, { status: 'stopped', referenceMs: 30, limitMs: 600, tries: 2 })
    expect(v).toMatchObject({ passed: false, ran: true })
    expect(v.message).toBe(
      "your answer took more than 20× the reference's time on 100,000 numbers (stopped at 600 ms; the reference took 30 ms); the statement asks for O(n)",
    )
  })
  it('a skipped test neither passes nor fails the answer', () => {
    expect(perfVerdict(spec, { status: 'skipped', reason: 'every test must pass first' })).toMatchObject({ passed: false, ran: false })
  })
  it('the limit is the ratio of the reference time, never below the floor', () => {
    expect(perfLimitMs(30, 20)).toBe(600)
    expect(perfLimitMs(1, 20)).toBe(PERF_POLICY.floorMs)
  })
})
