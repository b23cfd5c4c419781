import { describe, expect, it } from 'vitest'
import { readStoredTestRun } from '../../src/core/review/testRun'

const result = { total: 1, passed: 1, failed: 0, outcomes: [{ name: 't', passed: true, message: '', expected: 1 }] }

describe('stored test run', () => {
  it('reads a run kept on an attempt', () => {
    expect(readStoredTestRun({ ranAt: 5, code: 'x', result })?.result.passed).toBe(1)
  })
  it('ignores what is not one (old or damaged records show no results rather than crash)', () => {
    expect(readStoredTestRun(null)).toBeNull()
    expect(readStoredTestRun({ ranAt: '5', code: 'x', result })).toBeNull()
    expect(readStoredTestRun({ ranAt: 5, code: 'x', result: { ...result, outcomes: 'all' } })).toBeNull()
  })
})
