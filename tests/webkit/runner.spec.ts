// Run tests in WebKit, both languages: Python (Pyodide in a worker) and
// JavaScript (a worker of its own), a right answer passing and a wrong one
// failing with the expected value, on attempts restored from a backup.
import { beforeAll, expect, test } from 'vitest'
import { app } from './app'
import { attempts, runTests, twoSum } from './attempts'

const n = twoSum.tests.length

beforeAll(async () => {
  await app.importAttempts(Object.values(attempts))
  // Pyodide from the service worker's cache, not racing the precache download.
  await app.waitForServiceWorker()
})

test('[webkit] Python answers run in the browser (Pyodide): a right one passes, a wrong one fails', async () => {
  const t0 = Date.now()
  expect(await runTests(attempts.pyRight)).toContain(`${n} of ${n} tests passed`)
  console.log(`[webkit] first Python run (Pyodide load + tests): ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  expect(await runTests(attempts.pyWrong)).not.toContain(`${n} of ${n}`)
  expect(await (await app.driver.findElement({ css: '.test-fail' })).getText()).toMatch(/expected \[.*\], got \[0,\s?1\]/)
})

test('[webkit] JavaScript answers run in the browser: a right one passes, a wrong one fails', async () => {
  expect(await runTests(attempts.jsRight)).toContain(`${n} of ${n} tests passed`)
  expect(await runTests(attempts.jsWrong)).not.toContain(`${n} of ${n}`)
  expect(await (await app.driver.findElement({ css: '.test-fail' })).getText()).toMatch(/expected \[.*\], got \[0,\s?1\]/)
})
