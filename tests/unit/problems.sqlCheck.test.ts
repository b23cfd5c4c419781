// SQL tests for answers that change data: the optional `check` query runs
// after the candidate's statements and its rows are the ones judged.
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import { judge } from '../../src/core/judge/judge'
import type { SqlProblem } from '../../src/core/problems/schema'
import { runSqlCases, type SqlJsLike } from '../../src/core/judge/sqlHarness'

const SEED = "INSERT INTO items VALUES (1, 'a', 5), (2, 'b', 0), (3, 'c', 7);"
const CHECK = 'SELECT id, qty FROM items ORDER BY id'

function problemWith(tests: unknown[]) {
  const json = {
    schemaVersion: 1,
    id: 'zero-out',
    title: 'Zero out',
    difficulty: 'easy',
    category: 'sql',
    tags: ['sql'],
    minutes: 5,
    kind: 'sql',
    languages: ['sql'],
    examples: [{ input: 'x', output: 'y' }],
    constraints: ['c'],
    hints: ['a', 'b'],
    references: { sql: { explanation: 'e', time: 't', space: 's' } },
    tests,
  }
  return assembleProblem('problems/zero-out', {
    'problem.json': JSON.stringify(json),
    'statement.md': 'Set qty to 0 for item b and c.',
    'solution.sql': "UPDATE items SET qty = 0 WHERE name IN ('b', 'c');",
    'schema.sql': 'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL);',
  })
}

const fiveTests = (check: string) =>
  Array.from({ length: 5 }, (_, i) => ({
    name: `t${i}`,
    seed: SEED,
    check,
    expected: { columns: ['id', 'qty'], rows: [[1, 5], [2, 0], [3, 0]] },
    ordered: true,
  }))

async function run(problem: SqlProblem, answer: string) {
  const SQL = (await initSqlJs()) as unknown as SqlJsLike
  return judge(problem, runSqlCases(SQL, problem, answer))
}

describe('SQL tests with a check query', () => {
  const assembled = problemWith(fiveTests(CHECK))
  if (!assembled.ok) throw new Error(assembled.errors.join('\n'))
  const problem = assembled.problem as SqlProblem

  it('judges the rows of the check, run after the answer changed the data', async () => {
    expect((await run(problem, problem.references.sql!.code)).failed).toBe(0)
    // The wrong row is changed: the check sees it although the answer returns no rows.
    const wrong = await run(problem, "UPDATE items SET qty = 0 WHERE name IN ('a', 'c');")
    expect(wrong.passed).toBe(0)
    expect(wrong.outcomes[0]!.message).toMatch(/^expected /)
    expect(wrong.outcomes[0]!.actual).toEqual([[1, 0], [2, 0], [3, 0]])
  })
  it('fails an answer that only reads, even when it returns the expected rows', async () => {
    const reads = await run(problem, 'SELECT id, CASE WHEN id = 1 THEN qty ELSE 0 END FROM items ORDER BY id')
    expect(reads.passed).toBe(0)
  })
  it('names a failing answer and a failing check apart', async () => {
    const syntax = await run(problem, 'UPDAT items SET qty = 0')
    expect(syntax.outcomes[0]!.message).toMatch(/^SQL error: /)
    // The answer dropped the table the check reads.
    const dropped = await run(problem, 'DROP TABLE items')
    expect(dropped.outcomes[0]!.message).toMatch(/^the check after your statements failed: no such table: items/)
  })
  it('rejects an empty check', () => {
    const r = problemWith(fiveTests(' '))
    expect(r.ok ? [] : r.errors).toContain('problems/zero-out/problem.json: tests[0].check: must not be empty')
  })
})
