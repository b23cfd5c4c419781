// Attempts with typed answers (no OCR), restored from a backup, and Run tests
// on one of them: shared by the WebKit specs that run code.
import { readFileSync } from 'node:fs'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt, AttemptLanguage } from '../../src/core/attempts/schema'
import { app } from './app'

export const twoSum = JSON.parse(readFileSync('problems/two-sum/problem.json', 'utf8')) as { title: string; tests: unknown[] }

function attempt(id: string, language: AttemptLanguage, code: string): Attempt {
  const startedAt = Date.now() - 3_600_000
  const a = createAttempt({ problemId: 'two-sum', problemTitle: twoSum.title, language, suggestedMs: 900_000, now: startedAt, id })
  return {
    ...a,
    status: 'finished',
    endedAt: startedAt + 600_000,
    timer: { suggestedMs: 900_000, elapsedMs: 600_000, runningSince: null },
    updatedAt: startedAt + 600_000,
    transcript: { recognised: code, edited: code, lines: [], ocrMs: 500 },
  }
}

export const attempts = {
  pyRight: attempt('wk-py-right', 'python', readFileSync('problems/two-sum/solution.py', 'utf8')),
  pyWrong: attempt('wk-py-wrong', 'python', 'def two_sum(nums, target):\n    return [0, 1]\n'),
  jsRight: attempt('wk-js-right', 'javascript', readFileSync('problems/two-sum/solution.js', 'utf8')),
  jsWrong: attempt('wk-js-wrong', 'javascript', 'function twoSum(nums, target) {\n  return [0, 1]\n}\n'),
}

/** Opens the attempt, presses Run tests and returns the summary (and the run's error, if any) once the run is over. */
export async function runTests(a: Attempt, timeout = 180_000): Promise<string> {
  await app.goto(`/#/attempt/${a.id}`)
  await app.click('button', /^Run (tests|the tests again)$/, 60_000)
  await app.byRole('button', 'Run the tests again', timeout)
  const summary = await (await app.driver.findElement({ css: '[data-testid="tests-summary"]' })).getText()
  const errors = await app.driver.findElements({ css: '.error-banner' })
  return errors.length ? `${summary} (error: ${await errors[0]!.getText()})` : summary
}
