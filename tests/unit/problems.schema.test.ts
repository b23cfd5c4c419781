// One malformed fixture per validation rule (tests/fixtures/problems/malformed/):
// each is rejected, with a message naming the file and the field.
import { describe, expect, it } from 'vitest'
import { assembleAll, assembleProblem } from '../../src/core/problems/assemble'
import { identifiersOf } from '../../src/core/problems/schema'
import { readBank, readProblemDir } from '../fixtures/problems/loadDir'

const M = 'tests/fixtures/problems/malformed'
const cases: [fixture: string, file: string, message: string][] = [
  ['missing-problem-json', 'problem.json', 'missing file'],
  ['invalid-json', 'problem.json', 'not valid JSON'],
  ['wrong-schema-version', 'problem.json', 'schemaVersion: must be 1'],
  ['missing-expected', 'problem.json', 'tests[3].expected: required'],
  ['wrong-arg-type', 'problem.json', 'tests[0].args: Invalid input: expected array, received string'],
  ['id-not-directory', 'problem.json', 'id: "something-else" must equal the directory name "id-not-directory"'],
  ['bad-difficulty', 'problem.json', 'difficulty: Invalid option: expected one of "easy"|"medium"|"hard"'],
  ['bad-category', 'problem.json', 'category: Invalid option'],
  ['bad-tag', 'problem.json', 'tags[0]: must be lower-case words joined by "-"'],
  ['bad-compare-mode', 'problem.json', 'compare: Invalid option'],
  ['minutes-out-of-range', 'problem.json', 'minutes: Too small'],
  ['one-hint', 'problem.json', 'hints: needs at least 2 hints'],
  ['too-few-tests', 'problem.json', 'tests: needs at least 5 tests'],
  ['no-examples', 'problem.json', 'examples: needs at least one example'],
  ['duplicate-languages', 'problem.json', 'languages: has duplicates'],
  ['unknown-field', 'problem.json', '(top level): unknown field(s) "hint"'],
  ['missing-statement', 'statement.md', 'missing file'],
  ['empty-statement', 'statement.md', 'must not be empty'],
  ['missing-solution', 'solution.js', 'missing or empty (reference answer for javascript)'],
  ['missing-reference', 'problem.json', 'references.python: required'],
  ['reference-for-other-language', 'problem.json', 'references.sql: sql is not in languages'],
  ['missing-entry', 'problem.json', 'entry.javascript: required'],
  ['starter-without-entry', 'problem.json', 'starter.python: must name the entry "add"'],
  ['fix-without-buggy', 'buggy.py', 'required for a "fix-the-code" problem in python'],
  ['sql-without-schema', 'schema.sql', 'missing or empty'],
  ['sql-test-without-ordered', 'problem.json', 'tests[2].ordered: required'],
  ['class-test-without-calls', 'problem.json', 'tests[1].ops: needs at least one call'],
  ['unexpected-file', 'soluton.py', 'unexpected file'],
  ['duplicate-test-names', 'problem.json', 'tests[4].name: "small" is used twice'],
  ['io-args-mismatch', 'problem.json', 'tests[0].args: has 2 arguments, io.args declares 1'],
  ['choice-two-right-for-one', 'problem.json', 'questions[0].options: select "one" needs exactly one option with "correct": true (found 2)'],
  ['choice-none-right', 'problem.json', 'questions[1].options: needs at least one option with "correct": true'],
  ['choice-one-option', 'problem.json', 'questions[0].options: needs at least 2 options'],
  ['choice-option-missing-language', 'problem.json', 'questions[0].options[0].text.javascript: required (languages lists javascript)'],
  ['choice-duplicate-question-ids', 'problem.json', 'questions[1].id: "prints" is used twice'],
  ['choice-no-explanation', 'problem.json', 'questions[1].explanation: required'],
  ['choice-missing-snippet', 'snippet.js', 'missing or empty (the code to read in javascript)'],
  ['choice-with-solution', 'solution.py', 'only for kind "function" or "class"'],
  ['perf-args-mismatch', 'problem.json', 'performance.args: has 1 generator(s), the tests pass 2 argument(s)'],
  ['perf-unknown-method', 'problem.json', 'performance.steps[1].method: "minimum" is not a method the tests call'],
]

describe('problem validation', () => {
  it('accepts the valid fixture and fills defaults', () => {
    const r = assembleProblem('tests/fixtures/problems/valid/add-two', readProblemDir('tests/fixtures/problems/valid/add-two'))
    expect(r.ok ? [] : r.errors).toEqual([])
    if (!r.ok || r.problem.kind !== 'function') throw new Error('expected a function problem')
    expect(r.problem.compare).toBe('exact')
    expect(r.problem.io).toEqual({ args: [], returns: 'plain' })
    expect(r.problem.references.python?.code).toBe('def add(a, b):\n    return a + b\n')
    expect(r.problem.statement).toContain('sum of')
  })

  it('accepts a "read this code" problem: snippets from files, defaults for select and correct', () => {
    const dir = 'tests/fixtures/problems/valid/read-sum'
    const r = assembleProblem(dir, readProblemDir(dir))
    expect(r.ok ? [] : r.errors).toEqual([])
    if (!r.ok || r.problem.kind !== 'choice') throw new Error('expected a choice problem')
    expect(r.problem.snippet).toEqual({ python: 'print([1, 2])\n', javascript: 'console.log([1, 2])\n' })
    expect(r.problem.questions.map((q) => q.select)).toEqual(['one', 'all-that-apply'])
    expect(r.problem.questions[0]!.options[1]!.correct).toBe(false)
    expect(r.problem.tests).toEqual([])
  })

  it('has a fixture for every case and a case for every fixture', () => {
    expect(readBank(M).map(([d]) => d.split('/').pop()).sort()).toEqual(cases.map(([f]) => f).sort())
  })

  it.each(cases)('%s: names %s and the field', (fixture, file, message) => {
    const dir = `${M}/${fixture}`
    const r = assembleProblem(dir, readProblemDir(dir))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[0]).toContain(`${dir}/${file}: ${message}`)
    expect(r).not.toHaveProperty('problem')
  })

  it('leaves invalid problems out of a catalog and reports them', () => {
    const files: Record<string, string> = {}
    for (const [dir, fs] of [...readBank(M).slice(0, 3), ['tests/fixtures/problems/valid/add-two', readProblemDir('tests/fixtures/problems/valid/add-two')] as const]) {
      for (const [name, text] of Object.entries(fs)) files[`/${dir}/${name}`] = text
    }
    const { problems, errors } = assembleAll(files)
    expect(problems.map((p) => p.id)).toEqual(['add-two'])
    expect(errors.length).toBeGreaterThanOrEqual(3)
    expect(errors.every((e) => e.startsWith(`${M}/`))).toBe(true)
  })
})

describe('identifiersOf', () => {
  const load = (id: string) => {
    const r = assembleProblem(`problems/${id}`, readProblemDir(`problems/${id}`))
    if (!r.ok) throw new Error(r.errors.join('\n'))
    return r.problem
  }
  it('names the function and its parameters in both languages', () => {
    expect(identifiersOf(load('two-sum')).sort()).toEqual(['nums', 'target', 'twoSum', 'two_sum'].sort())
  })
  it('names a class, its methods and parameters, and self', () => {
    const ids = identifiersOf(load('lru-cache'))
    for (const name of ['LRUCache', '__init__', 'self', 'capacity', 'get', 'put', 'key', 'value']) expect(ids).toContain(name)
    expect(ids).not.toContain('constructor')
    expect(ids).not.toContain('class')
  })
  it('names tables and columns of an SQL problem', () => {
    const ids = identifiersOf(load('sql-top-customers'))
    for (const name of ['customers', 'orders', 'customer_id', 'amount_cents', 'status']) expect(ids).toContain(name)
    expect(ids).not.toContain('PRIMARY')
  })
})
