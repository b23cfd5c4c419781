// Every bundled problem is valid, and every reference answer passes every
// test of its problem: Python via python3, JavaScript in node:vm, SQL in sql.js.
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import type { Lang } from '../../src/core/problems/schema'
import { runInNode } from '../../src/runner/node/runners'
import { parseWrongAnswer } from '../../src/core/problems/wrongAnswers'
import { readBank, readWrongDir } from '../fixtures/problems/loadDir'

const bank = readBank('problems')

describe('the problem bank', () => {
  it('has problems', () => {
    expect(bank.length).toBeGreaterThanOrEqual(5)
  })

  describe.each(bank)('%s', (dir, files) => {
    const result = assembleProblem(dir, files)
    it('is valid', () => {
      expect(result.ok ? [] : result.errors).toEqual([])
    })
    if (!result.ok) return
    const problem = result.problem
    // "Read this code" problems have no tests to run: their answers are options (checked by the schema).
    if (problem.kind === 'choice') return
    it.each(problem.languages)('reference answer in %s passes every test', async (lang: Lang) => {
      const run = await runInNode(problem, lang, problem.references[lang]!.code)
      const failures = run.outcomes.filter((o) => !o.passed).map((o) => `${o.name}: ${o.message}`)
      expect(failures).toEqual([])
      expect(run.passed).toBe(problem.tests.length)
    })
    // A "fix this code" problem is pointless if the snippet already passes.
    it.each(Object.keys(problem.buggy ?? {}) as Lang[])('buggy snippet in %s fails at least one test', async (lang: Lang) => {
      const run = await runInNode(problem, lang, problem.buggy![lang]!)
      expect(run.failed).toBeGreaterThan(0)
    })
    // Each kept wrong answer is a mistake the tests must catch (problems/<id>/wrong/).
    const wrong = Object.entries(readWrongDir(dir)).map(([file, text]) => parseWrongAnswer(file, text))
    it.each(wrong.map((w) => ['error' in w ? w.error : w.file, w] as const))('wrong answer %s fails at least one test', async (_, w) => {
      if ('error' in w) throw new Error(w.error)
      expect(problem.languages, `${w.file}: ${w.lang} is not a language of this problem`).toContain(w.lang)
      const run = await runInNode(problem, w.lang, w.code)
      expect(run.failed, `${dir}/wrong/${w.file} (${w.mistake}) passes every test`).toBeGreaterThan(0)
    })
  })
})
