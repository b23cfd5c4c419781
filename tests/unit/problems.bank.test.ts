// The bank check: every bundled problem is valid; every reference answer
// passes every test and its performance test; every buggy snippet, kept wrong
// answer (problems/<id>/wrong/) and slow version printed in a statement fails
// at least one test or the performance test. Python via python3, JavaScript
// in a Node worker thread, SQL in sql.js: the same harnesses as the app.
//
// Speed: one python3 process and one worker thread serve the whole bank
// (NodeRunner), working at once (Python and JavaScript answers in parallel);
// every answer is run once, up front, and the tests below read the results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allPassed, type TestRunResult } from '../../src/core/judge/judge'
import { assembleProblem } from '../../src/core/problems/assemble'
import { perfInput, PerfSpecError } from '../../src/core/problems/performance'
import type { Lang, Problem } from '../../src/core/problems/schema'
import { parseWrongAnswer, type WrongAnswer } from '../../src/core/problems/wrongAnswers'
import { NodeRunner } from '../../src/runner/node/runAnswer'
import { readBank, readWrongDir } from '../fixtures/problems/loadDir'

const bank = readBank('problems').map(([dir, files]) => ({ dir, result: assembleProblem(dir, files) }))
const valid = bank.flatMap(({ dir, result }) => (result.ok ? [{ dir, problem: result.problem }] : []))

/** The slow versions a "make it faster" statement prints, by language (fenced code blocks). */
export function printedCode(problem: Problem): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {}
  for (const m of problem.statement.matchAll(/```(python|javascript)\n([\s\S]*?)```/g)) out[m[1] as Lang] ??= m[2]!
  return out
}

type Job = { key: string; problem: Problem; lang: Lang; code: string }
const jobs: Job[] = []
const wrongOf = new Map<string, (WrongAnswer | { error: string; file: string })[]>()
for (const { dir, problem } of valid) {
  if (problem.kind === 'choice') continue
  for (const lang of problem.languages) jobs.push({ key: `${problem.id}/reference.${lang}`, problem, lang, code: problem.references[lang]!.code })
  for (const [lang, code] of Object.entries(problem.buggy ?? {}) as [Lang, string][]) jobs.push({ key: `${problem.id}/buggy.${lang}`, problem, lang, code })
  if (problem.category === 'complexity' && 'performance' in problem && problem.performance) {
    for (const [lang, code] of Object.entries(printedCode(problem)) as [Lang, string][])
      jobs.push({ key: `${problem.id}/statement.${lang}`, problem, lang, code })
  }
  const wrong = Object.entries(readWrongDir(dir)).map(([file, text]) => {
    const w = parseWrongAnswer(file, text)
    return 'error' in w ? { ...w, file } : w
  })
  wrongOf.set(problem.id, wrong)
  for (const w of wrong) if (!('error' in w) && problem.languages.includes(w.lang)) jobs.push({ key: `${problem.id}/wrong/${w.file}`, problem, lang: w.lang, code: w.code })
}

const results = new Map<string, TestRunResult>()
const runner = new NodeRunner()

beforeAll(async () => {
  const t0 = performance.now()
  // Python answers go to python3 while JavaScript and SQL answers run in the worker thread.
  const lane = async (lang: (l: Lang) => boolean) => {
    for (const j of jobs.filter((x) => lang(x.lang))) {
      // Answers expected to fail need one try of the performance test: retrying only ever helps an answer pass.
      const perfTries = j.key.includes('/reference.') ? undefined : 1
      results.set(j.key, await runner.run(j.problem, j.lang, j.code, { timeoutMs: 10_000, perfTries }))
    }
  }
  await Promise.all([lane((l) => l === 'python'), lane((l) => l !== 'python')])
  const s = (performance.now() - t0) / 1000
  const perf = [...results.values()].filter((r) => r.performance?.ran).length
  console.log(`bank check: ${jobs.length} answers of ${valid.length} problems (${perf} performance tests) in ${s.toFixed(1)} s`)
}, 1_800_000) // a bound for a badly overloaded machine; about a minute on a quiet 2-core one
afterAll(() => runner.close(), 60_000)

const failures = (r: TestRunResult) => [
  ...r.outcomes.filter((o) => !o.passed).map((o) => `${o.name}: ${o.message}`),
  ...(r.performance && !r.performance.passed ? [`performance: ${r.performance.message}`] : []),
]

describe('the problem bank', () => {
  it('has problems, all valid', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5)
    expect(bank.flatMap(({ result }) => (result.ok ? [] : result.errors))).toEqual([])
  })

  describe.each(valid.filter((v) => v.problem.kind !== 'choice').map((v) => [v.problem.id, v.problem] as const))('%s', (id, problem) => {
    it.each(problem.languages)('reference answer in %s passes every test (and the performance test)', (lang) => {
      const r = results.get(`${id}/reference.${lang}`)!
      expect(failures(r)).toEqual([])
      expect(r.passed).toBe(problem.tests.length)
      if ('performance' in problem && problem.performance && lang !== 'sql') expect(r.performance?.ran, r.performance?.message).toBe(true)
    })
    // A "fix this code" problem is pointless if the snippet already passes.
    it.each(Object.keys(problem.buggy ?? {}) as Lang[])('buggy snippet in %s fails at least one test', (lang) => {
      expect(allPassed(results.get(`${id}/buggy.${lang}`)!)).toBe(false)
    })
    if (problem.category === 'complexity' && 'performance' in problem && problem.performance) {
      it.each(problem.languages)('the slow version printed in the statement fails the performance test in %s', (lang) => {
        const code = printedCode(problem)[lang]
        expect(code, `statement.md prints no ${lang} version`).toBeTruthy()
        const r = results.get(`${id}/statement.${lang}`)!
        expect(r.failed, `the printed ${lang} version should be right, only slow: ${failures(r).join('; ')}`).toBe(0)
        expect(r.performance?.ran, r.performance?.message).toBe(true)
        expect(r.performance?.passed, r.performance?.message).toBe(false)
      })
    }
    if ('performance' in problem && problem.performance) {
      it('performance input is generated from its spec', () => {
        let input
        try {
          input = perfInput(problem as Parameters<typeof perfInput>[0])
        } catch (e) {
          throw new Error(e instanceof PerfSpecError ? `problems/${id}/problem.json: performance: ${e.message}` : String(e), { cause: e })
        }
        expect(input.kind).toBe(problem.kind)
      })
    }
    // Each kept wrong answer is a mistake the tests must catch (problems/<id>/wrong/).
    const wrong = wrongOf.get(id) ?? []
    it.each(wrong.map((w) => [w.file, w] as const))('wrong answer %s fails at least one test', (_, w) => {
      if ('error' in w) throw new Error(w.error)
      expect(problem.languages, `${w.file}: ${w.lang} is not a language of this problem`).toContain(w.lang)
      const r = results.get(`${id}/wrong/${w.file}`)!
      expect(allPassed(r), `problems/${id}/wrong/${w.file} (${w.mistake}) passes every test`).toBe(false)
    })
  })
})
