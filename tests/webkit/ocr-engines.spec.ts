// Both OCR engines in WebKit: PaddleOCR's recogniser runs in onnxruntime-web's
// WebAssembly build, where WebKit differs from Chromium (no SharedArrayBuffer
// without cross-origin isolation, so one thread). It must load from our own
// origin beside tesseract and read the page at Done with it.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { app } from './app'

const page = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')

const mark = (name: string) => app.evaluate((n: string) => performance.getEntriesByName(n).length > 0, name)

test('[webkit] PaddleOCR loads beside tesseract and reads the page at Done', async () => {
  await app.goto('/#/problem/two-sum')
  await app.click('button', 'Start')
  await app.waitFor('the board to take ink', () => app.evaluate(() => !!document.querySelector('[role="timer"].timer-running')), 90_000)
  const t0 = Date.now()
  const outcome = await app.waitFor('the second reader to load or fail', async () =>
    (await mark('inkterview:second-reader-ready')) ? 'ready' : (await mark('inkterview:second-reader-failed')) ? 'failed' : null, 300_000)
  console.log(`[webkit] PaddleOCR ${outcome} ${((Date.now() - t0) / 1000).toFixed(1)} s after the board took ink`)
  expect(outcome).toBe('ready')
  await app.writeInk(page, { pointer: 'pen' })
  await app.click('button', 'Done')
  await app.waitFor('the review', async () => /#\/attempt\//.test(await app.url()), 120_000)
  await app.waitForText(await app.byRole('textbox', 'Transcript of your answer'), 'return', 120_000)
  const engine = await app.evaluate(
    () => ((performance.getEntriesByName('inkterview:recognise').at(-1) as PerformanceMeasure | undefined)?.detail as { engine?: string } | undefined)?.engine ?? '',
  )
  const shown = await app.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').join(' | '))
  console.log(`[webkit] engine at Done: ${engine}; notices: ${shown}`)
  expect(engine, 'the engines that read the page at Done').toMatch(/tesseract.* \+ PaddleOCR.*, stock and tuned for handwritten code/)
  const notices = await app.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').join(' | '))
  expect(notices).not.toMatch(/tesseract alone/)
})
