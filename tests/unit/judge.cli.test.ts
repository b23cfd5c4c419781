// `npm run --silent judge -- SLUG FILE [--lang ...]`: one JSON line, exit 0 when
// everything passed, 1 when anything failed (a test or the performance test),
// 2 on bad input with a message on stderr. Spawned as a user would run it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = mkdtempSync(path.join(tmpdir(), 'judge-cli-'))
const write = (name: string, text: string) => {
  const f = path.join(dir, name)
  writeFileSync(f, text)
  return f
}
const judge = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', 'scripts/judge.ts', ...args], { encoding: 'utf8', timeout: 240_000 })
  const lines = r.stdout.trim() ? r.stdout.trim().split('\n') : []
  return { status: r.status, lines, json: lines.length === 1 ? (JSON.parse(lines[0]!) as Record<string, unknown>) : null, stderr: r.stderr }
}

/** How many tests two-sum has (the bank grows; the CLI must count them all). */
const twoSumTests = (JSON.parse(readFileSync('problems/two-sum/problem.json', 'utf8')) as { tests: unknown[] }).tests.length

describe('judge CLI', () => {
  it('passes a right answer: exit 0, one JSON line', () => {
    const r = judge('two-sum', 'problems/two-sum/solution.py')
    expect(r.status).toBe(0)
    expect(r.json).toEqual({ problem: 'two-sum', language: 'python', passed: twoSumTests, total: twoSumTests, failed: [], performance: null })
  })

  it('names the failed tests of a wrong answer: exit 1 (JavaScript, language from the extension)', () => {
    const r = judge('two-sum', write('wrong.js', 'function twoSum(nums, target) { return [0, 1] }'))
    expect(r.status).toBe(1)
    expect(r.json).toMatchObject({ problem: 'two-sum', language: 'javascript', total: twoSumTests })
    expect((r.json!.failed as string[]).length).toBeGreaterThan(0)
    expect(r.json!.passed).toBe(twoSumTests - (r.json!.failed as string[]).length)
  })

  it('runs SQL with --lang', () => {
    const r = judge('sql-duplicate-emails', 'problems/sql-duplicate-emails/solution.sql', '--lang', 'sql')
    expect(r.status).toBe(0)
    expect(r.json).toMatchObject({ language: 'sql', failed: [] })
  })

  it('fails a right but slow answer on the performance test, and says what it measured', () => {
    const slow = 'def has_duplicate(nums):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] == nums[j]:\n                return True\n    return False\n'
    const r = judge('faster-duplicate-check', write('slow.py', slow))
    expect(r.status).toBe(1)
    expect(r.json).toMatchObject({ failed: [], performance: { ran: true, passed: false, bound: 'O(n)', maxRatio: 20 } })
    expect((r.json!.performance as { message: string }).message).toMatch(/^your answer took more than \d+× the reference's time on 100,000 distinct numbers/)
    const fast = judge('faster-duplicate-check', 'problems/faster-duplicate-check/solution.js')
    expect(fast.status).toBe(0)
    expect(fast.json).toMatchObject({ performance: { ran: true, passed: true } })
  }, 480_000)

  it.each([
    [['no-such-problem', 'problems/two-sum/solution.py'], /no problem "no-such-problem"/],
    [['two-sum', path.join(dir, 'missing.py')], /cannot read .*missing\.py/],
    [['two-sum', 'problems/two-sum/solution.py', '--lang', 'sql'], /"two-sum" is not offered in sql/],
    [['two-sum', write('answer.txt', 'x')], /cannot tell the language of .*answer\.txt/],
    [['two-sum', 'problems/two-sum/solution.py', '--lang', 'cobol'], /--lang must be one of python, javascript, sql/],
    [['two-sum'], /usage: npm run --silent judge -- SLUG FILE/],
  ])('bad input %j: exit 2, a message, no JSON', (args, message) => {
    const r = judge(...(args as string[]))
    expect(r.status).toBe(2)
    expect(r.lines).toEqual([])
    expect(r.stderr).toMatch(message)
  })
})
