// Offline after one visit, in WebKit: the service worker serves the app, the
// board (tldraw), the recogniser (tesseract's worker, core and model) and the
// JavaScript runner once the network is gone. The network is cut by making
// the preview server drop every connection (see server.ts).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { app } from './app'
import { attempts, runTests } from './attempts'

const page = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')
// Its second line, "return a + b": enough to read, half the writing.
const secondLine = { ...page, strokes: page.strokes.slice(20) }

test('[webkit] after one visit, the app works with the network cut: write, read, run tests', async () => {
  await app.goto('/')
  await app.byRole('heading', 'Problems')
  await app.waitForServiceWorker()

  app.setOffline(true)
  await app.reload()
  await app.byRole('heading', 'Problems', 60_000)
  await app.goto('/#/problem/two-sum')
  await app.click('button', 'Start')
  await app.waitFor('the board', () => app.evaluate(() => !!document.querySelector('.tl-canvas')), 90_000)
  await app.writeInk(secondLine)
  await app.click('button', 'Done')
  await app.waitFor('the review', async () => /#\/attempt\//.test(await app.url()), 120_000)
  await app.waitForText(await app.byRole('textbox', 'Transcript of your answer', 120_000), 'return', 90_000)

  await app.importAttempts([attempts.jsRight])
  expect(await runTests(attempts.jsRight)).toMatch(/(\d+) of \1 tests passed/)

  // Nothing reached the network but the browser's update check of the worker
  // script itself (which bypasses the worker by design).
  expect(app.server.refused.filter((p) => p !== '/sw.js')).toEqual([])
})
