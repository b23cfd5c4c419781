// The second reader in WebKit (the iPad's engine): PaddleOCR's recogniser in
// onnxruntime-web loads in the page worker and reads beside tesseract at Done.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { app } from './app'

const page = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')
/** The recogniser's performance marks: whether the second reader loaded, and which engines read at Done. */
const marks = () =>
  app.evaluate(() => ({
    ready: performance.getEntriesByName('inkterview:second-reader-ready').length > 0,
    failed: ((performance.getEntriesByName('inkterview:second-reader-failed')[0] as PerformanceMark | undefined)?.detail as string | undefined) ?? null,
    engine: ((performance.getEntriesByName('inkterview:recognise').at(-1) as PerformanceMeasure | undefined)?.detail as { engine?: string } | undefined)?.engine ?? '',
  }))

test('[webkit] PaddleOCR loads and reads the page beside tesseract', async () => {
  await app.goto('/#/problem/two-sum')
  await app.click('button', 'Start')
  await app.waitFor('the board to take ink', () => app.evaluate(() => !!document.querySelector('[role="timer"].timer-running')), 120_000)
  const loaded = await app.waitFor('the second reader to load or fail', async () => {
    const m = await marks()
    return m.ready || m.failed !== null ? m : undefined
  }, 300_000)
  expect(loaded.failed, 'PaddleOCR failed to load').toBeNull()
  await app.writeInk(page, { pointer: 'pen' })
  await app.click('button', 'Done')
  await app.waitForText(await app.byRole('textbox', 'Transcript of your answer', 120_000), 'return', 120_000)
  expect((await marks()).engine).toMatch(/tesseract.* \+ PaddleOCR/)
}, 600_000)
