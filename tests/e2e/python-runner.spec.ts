// Python answers run in the browser (Pyodide in a worker), through the review
// screen's Run tests, in the production build: a right answer passes, a wrong
// one fails with a message, printing does not disturb the run, an endless loop is stopped
// and the next run still works, it all works offline after one visit, and no
// request leaves our origin. Attempts are imported as a backup.
import { readFileSync } from 'node:fs'
import { type BrowserContext, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'

const MIN = 60_000
const twoSum = JSON.parse(readFileSync('problems/two-sum/problem.json', 'utf8')) as { title: string; tests: unknown[] }
const lru = JSON.parse(readFileSync('problems/lru-cache/problem.json', 'utf8')) as { title: string; tests: unknown[] }
const invert = JSON.parse(readFileSync('problems/invert-tree/problem.json', 'utf8')) as { title: string; tests: unknown[] }
const right = readFileSync('problems/two-sum/solution.py', 'utf8')
// Right, except it prints while it works.
const chatty = right.replace('    seen = {}\n', '    seen = {}\n    print("looking for", target)\n')
const wrong = 'def two_sum(nums, target):\n    return [0, 1]\n'
const endless = 'def two_sum(nums, target):\n    while True:\n        pass\n'
const misnamed = 'def twoSum(nums, target):\n    return [0, 1]\n'

function attempt(id: string, code: string, problemId = 'two-sum', title = twoSum.title): Attempt {
  const startedAt = Date.now() - 60 * MIN
  const a = createAttempt({ problemId, problemTitle: title, language: 'python', suggestedMs: 15 * MIN, now: startedAt, id })
  return {
    ...a,
    status: 'finished',
    endedAt: startedAt + 10 * MIN,
    timer: { suggestedMs: 15 * MIN, elapsedMs: 10 * MIN, runningSince: null },
    updatedAt: startedAt + 10 * MIN,
    transcript: { recognised: code, edited: code, lines: [], ocrMs: 500 },
  }
}
const attempts = {
  right: attempt('py-right', right),
  chatty: attempt('py-chatty', chatty),
  wrong: attempt('py-wrong', wrong),
  endless: attempt('py-endless', endless),
  misnamed: attempt('py-misnamed', misnamed),
  lru: attempt('py-lru', readFileSync('problems/lru-cache/solution.py', 'utf8'), 'lru-cache', lru.title),
  // Recursive, with trees converted both ways.
  invert: attempt('py-invert', readFileSync('problems/invert-tree/solution.py', 'utf8'), 'invert-tree', invert.title),
  bottomless: attempt('py-bottomless', 'def invert_tree(root):\n    return invert_tree(root)\n', 'invert-tree', invert.title),
}

async function importAttempts(page: Page) {
  const all = Object.values(attempts)
  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'python.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(all)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${all.length} attempts`)
}

/** Every URL the page, its workers and its service worker ask for. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', (r) => urls.push(r.url()))
  return urls
}

/** Opens an attempt's review, presses Run tests, waits for the summary; returns the seconds it took. */
async function runTests(page: Page, a: Attempt, timeout = 90_000): Promise<number> {
  await page.goto(`/#/attempt/${a.id}`)
  const button = page.getByRole('button', { name: /^Run (tests|the tests again)$/ })
  await expect(button).toBeEnabled()
  const t0 = Date.now()
  // The click re-renders the button as "Running the tests…" (disabled) before it returns.
  await button.click()
  await expect(page.getByRole('button', { name: 'Run the tests again' })).toBeEnabled({ timeout })
  return (Date.now() - t0) / 1000
}

const summary = (page: Page) => page.getByTestId('tests-summary')
const results = (page: Page) => page.getByRole('list', { name: 'Test results' }).getByRole('listitem')

test.describe('without the service worker', () => {
  // Its precache download (the whole build) would compete with the first load
  // and blur the timings; the offline test below covers it.
  test.use({ serviceWorkers: 'block' })

  test('Python answers run in the browser: pass, fail, endless loop, and the next run', async ({ page, context, baseURL }) => {
    test.setTimeout(240_000)
    const urls = recordRequests(context)
    await importAttempts(page)
    // Python loads only when asked for: opening a Python review fetches none of it.
    await page.goto(`/#/attempt/${attempts.right.id}`)
    await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled()
    expect(urls.filter((u) => u.includes('/vendor/pyodide/') || /python\.worker/.test(u))).toEqual([])

    const first = await runTests(page, attempts.right)
    await expect(summary(page)).toContainText(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)
    await expect(results(page).first()).toHaveClass('test-pass')
    const again = await runTests(page, attempts.right)
    await expect(summary(page)).toContainText(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)

    const timeWrong = await runTests(page, attempts.wrong)
    await expect(summary(page)).toContainText(`of ${twoSum.tests.length} tests passed`)
    await expect(summary(page)).not.toContainText(`${twoSum.tests.length} of`)
    await expect(page.locator('.test-fail').first()).toContainText(/expected \[.*\], got \[0,1\]/)

    await runTests(page, attempts.misnamed)
    await expect(page.locator('.test-fail').first()).toContainText('no function named two_sum is defined; did you mean twoSum?')

    // A class problem (LRU cache): constructor and method calls, camelCase -> snake_case.
    await runTests(page, attempts.lru)
    await expect(summary(page)).toContainText(`${lru.tests.length} of ${lru.tests.length} tests passed`)

    await runTests(page, attempts.invert)
    await expect(summary(page)).toContainText(`${invert.tests.length} of ${invert.tests.length} tests passed`)
    await runTests(page, attempts.bottomless)
    await expect(page.locator('.test-fail').first()).toContainText('RecursionError: maximum recursion depth exceeded (line 2)')

    const timeEndless = await runTests(page, attempts.endless, 60_000)
    await expect(summary(page)).toContainText(`0 of ${twoSum.tests.length} tests passed`)
    await expect(page.locator('.error-banner')).toHaveText('stopped after 5 s: the code took too long (an endless loop?)')
    expect(timeEndless).toBeGreaterThanOrEqual(5)

    // The stopped worker is replaced: the next run loads Python again and works.
    const afterLoop = await runTests(page, attempts.right)
    await expect(summary(page)).toContainText(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)

    const origin = new URL(baseURL!).origin
    const python = urls.filter((u) => u.includes('/vendor/pyodide/'))
    expect(python.some((u) => u.endsWith('/vendor/pyodide/pyodide.asm.wasm'))).toBe(true)
    expect(urls.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([])
    console.log(
      `python-runner: first run (Pyodide load + tests) ${first.toFixed(1)} s, warm run ${again.toFixed(1)} s, ` +
        `wrong answer ${timeWrong.toFixed(1)} s, endless loop ${timeEndless.toFixed(1)} s, run after the loop (reload) ${afterLoop.toFixed(1)} s`,
    )
  })
})

test('Python runs offline after one visit (an answer that prints passes too)', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000)
  const urls = recordRequests(context)
  await importAttempts(page)
  // The service worker precaches the build, Pyodide included.
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 })
  const precache = await page.evaluate(async () => (await (await fetch('./sw.js')).text()).match(/const PRECACHE = (\[.*\])/)![1]!)
  for (const file of ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']) {
    expect(JSON.parse(precache) as string[]).toContain(`./vendor/pyodide/${file}`)
  }

  await context.setOffline(true)
  await page.reload()
  const offline = await runTests(page, attempts.chatty)
  await expect(summary(page)).toContainText(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)
  console.log(`python-runner: first run offline, Pyodide from the service worker's cache: ${offline.toFixed(1)} s`)
  await context.setOffline(false)

  const origin = new URL(baseURL!).origin
  expect(urls.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([])
})
