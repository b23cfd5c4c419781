// Performance tests in the browser (production build): the problem page says
// a problem has one; "Run tests" times a right answer against the reference
// in the sandbox and passes it, and stops the slow version printed in the
// statement at the limit and says what it measured, in JavaScript and in
// Python (Pyodide).
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'

const ID = 'faster-duplicate-check'
const problem = JSON.parse(readFileSync(`problems/${ID}/problem.json`, 'utf8')) as { title: string; tests: unknown[]; performance: { input: string } }
const statement = readFileSync(`problems/${ID}/statement.md`, 'utf8')
const printed = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(statement)![1]!

function attempt(id: string, language: 'python' | 'javascript', code: string): Attempt {
  const startedAt = Date.UTC(2026, 0, 6, 9, 0)
  const a = createAttempt({ problemId: ID, problemTitle: problem.title, language, suggestedMs: 20 * 60_000, now: startedAt, id })
  return { ...a, status: 'finished', endedAt: startedAt + 60_000, updatedAt: startedAt + 60_000, transcript: { recognised: code, edited: code, lines: [], ocrMs: 1 } }
}
const attempts = [
  attempt('perf-js-fast', 'javascript', readFileSync(`problems/${ID}/solution.js`, 'utf8')),
  attempt('perf-js-slow', 'javascript', printed('javascript')),
  attempt('perf-py-fast', 'python', readFileSync(`problems/${ID}/solution.py`, 'utf8')),
  attempt('perf-py-slow', 'python', printed('python')),
]

async function run(page: Page, id: string): Promise<string> {
  await page.goto(`/#/attempt/${id}`)
  await page.getByRole('button', { name: /^Run (tests|the tests again)$/ }).click()
  await expect(page.getByRole('button', { name: 'Run the tests again' })).toBeEnabled({ timeout: 300_000 })
  await expect(page.getByTestId('tests-summary')).toContainText(`${problem.tests.length} of ${problem.tests.length} tests passed`)
  return page.getByTestId('tests-performance').innerText()
}

test.use({ serviceWorkers: 'block' })

test('a performance test passes a fast answer and stops a slow one, saying what it measured', async ({ page }) => {
  test.setTimeout(900_000)
  await page.goto(`/#/problem/${ID}`)
  await expect(page.getByRole('list', { name: 'About this problem' })).toContainText('Performance test: O(n)')

  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'perf.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(attempts)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${attempts.length} attempts`)

  const seen: string[] = []
  for (const lang of ['js', 'py']) {
    const fast = await run(page, `perf-${lang}-fast`)
    expect(fast).toMatch(new RegExp(`Performance test \\(O\\(n\\)\\): your answer took [\\d.]+× the reference's time on ${problem.performance.input}`))
    expect(fast).not.toMatch(/statement asks/)
    const slow = await run(page, `perf-${lang}-slow`)
    expect(slow).toMatch(
      new RegExp(`Performance test \\(O\\(n\\)\\): your answer took more than [\\d.,]+× the reference's time on ${problem.performance.input} \\(stopped at [\\d,.]+ ms; the reference took [\\d,.]+ ms\\); the statement asks for O\\(n\\)`),
    )
    seen.push(`${lang} fast: ${fast}`, `${lang} slow: ${slow}`)
  }
  console.log(`performance in the browser:\n  ${seen.join('\n  ')}`)
})
