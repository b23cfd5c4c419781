// Around every WebKit spec file: a browser session on the production build
// before its first test, closed after its last; after each test, the page's
// console errors, uncaught errors and CSP violation reports fail the test
// unless explained (../console-guard.ts, or `allowConsoleErrors` in the spec).
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { unexplained } from '../console-guard'
import { app, closeApp, openApp } from './app'

const port = Number(process.env.WEBKIT_PORT ?? 4174)

/** Errors a spec provokes on purpose: push patterns here in the spec, with a comment saying why. */
export const allowConsoleErrors: RegExp[] = []

beforeAll(async () => {
  await openApp({ display: inject('display'), webdriver: inject('webdriver'), minibrowser: inject('minibrowser'), port })
}, 90_000)

// A failed test leaves a screenshot of the page in reports/webkit/ (CI keeps reports/).
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    try {
      mkdirSync('reports/webkit', { recursive: true })
      const file = `reports/webkit/${task.name.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`
      writeFileSync(file, Buffer.from(await app.driver.takeScreenshot(), 'base64'))
      console.log(`[webkit] screenshot of the failed test: ${file} (page ${await app.url()})`)
      if (app.server.refused.length) console.log(`[webkit] refused while offline: ${app.server.refused.join(', ')}`)
    } catch (e) {
      console.log(`[webkit] no screenshot: ${String(e)}`)
    }
  })
})

afterEach(async () => {
  const reports = await app.takeConsoleReports().catch((e: unknown) => [`could not read the console guard: ${String(e)}`])
  // A page without the guard would hide every error: that is a failure too.
  if (reports === null) expect.fail(`[webkit] the console guard is missing on ${await app.url()}: open pages with app.goto()`)
  expect(unexplained('webkit', reports, allowConsoleErrors), '[webkit] console errors, uncaught errors and CSP violation reports').toEqual([])
})

afterAll(async () => {
  await closeApp()
}, 30_000)
