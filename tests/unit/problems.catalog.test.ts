// The app's catalog (Vite glob of problems/*/*) sees the same valid bank as the
// file-system tests, loads it once, and finds problems by id.
import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../src/core/problems/schema'
import { getProblem, loadCatalog } from '../../src/bank/catalog'
import { readBank } from '../fixtures/problems/loadDir'

describe('loadCatalog', () => {
  it('loads every problem directory, with no errors, once', async () => {
    const first = loadCatalog()
    expect(loadCatalog()).toBe(first)
    const { problems, errors } = await first
    expect(errors).toEqual([])
    expect(problems.map((p) => p.id).sort()).toEqual(readBank('problems').map(([d]) => d.split('/').pop()).sort())
    expect(problems.length).toBeGreaterThanOrEqual(60)
  })
  it('covers every category with several problems, each with >= 2 hints and >= 5 tests (questions for "read this code")', async () => {
    const { problems } = await loadCatalog()
    // Categories added for the bank's growth to 150; each leaves this list when it is filled.
    // Every category, the four added for the bank's growth included, is filled.
    const filling = new Set<string>()
    for (const c of CATEGORIES) if (!filling.has(c)) expect(problems.filter((p) => p.category === c).length, c).toBeGreaterThanOrEqual(5)
    for (const p of problems) {
      expect(p.hints.length, p.id).toBeGreaterThanOrEqual(2)
      if (p.kind === 'choice') {
        expect(p.questions.length, p.id).toBeGreaterThanOrEqual(1)
        for (const lang of p.languages) expect(p.snippet[lang]?.trim(), `${p.id} ${lang}`).toBeTruthy()
        continue
      }
      expect(p.tests.length, p.id).toBeGreaterThanOrEqual(5)
      for (const lang of p.languages) {
        const ref = p.references[lang]!
        expect(ref.code.trim().length, `${p.id} ${lang}`).toBeGreaterThan(0)
        expect(ref.time && ref.space && ref.explanation, `${p.id} ${lang}`).toBeTruthy()
      }
      if (p.kind !== 'sql') expect([...p.languages].sort(), p.id).toEqual(['javascript', 'python'])
    }
  })
  it('finds a problem by id, and nothing for an unknown id', async () => {
    expect((await getProblem('lru-cache'))?.title).toBe('LRU cache')
    expect(await getProblem('no-such-problem')).toBeUndefined()
  })
})

describe('build-time check', () => {
  it('passes the real bank and names every defect of a bad one', async () => {
    const { checkProblemBank, problemBankCheck } = await import('../../build/problemBank')
    expect(checkProblemBank('problems').errors).toEqual([])
    const bad = checkProblemBank('tests/fixtures/problems/malformed')
    expect(bad.count).toBe(readBank('tests/fixtures/problems/malformed').length)
    expect(bad.errors).toContain('tests/fixtures/problems/malformed/missing-expected/problem.json: tests[3].expected: required')
    const plugin = problemBankCheck('tests/fixtures/problems/malformed')
    const thrown: string[] = []
    const ctx = { error: (m: string) => thrown.push(m) }
    ;(plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx)
    expect(thrown[0]).toMatch(/^The problem bank has \d+ error\(s\):\n/)
  })
})
