// Both OCR engines in the production build: PaddleOCR's recogniser loads in
// the OCR worker after tesseract, from our own origin, and reads beside it
// offline; when its model cannot load, tesseract alone still gives a
// transcript and the review says so.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { writeInk } from './drawing'

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')))

const secondReader = (page: Page, which: 'ready' | 'failed') =>
  page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, `inkterview:second-reader-${which}`, { timeout: 300_000 })
const engineOfDone = (page: Page) =>
  page.evaluate(() => ((performance.getEntriesByName('inkterview:recognise').at(-1) as PerformanceMeasure | undefined)?.detail as { engine?: string } | undefined)?.engine ?? '')

test.describe('with the service worker', () => {
  test('reads a page with both engines offline', async ({ page, context }) => {
    test.setTimeout(600_000)
    await page.goto('/')
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 })
    await context.setOffline(true)
    await page.reload()
    await page.goto('/#/problem/two-sum')
    await page.getByRole('button', { name: 'Start' }).click()
    await secondReader(page, 'ready')
    await writeInk(page, ink)
    await page.waitForTimeout(3000)
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('textbox', { name: 'Transcript of your answer' })).toContainText('return', { timeout: 120_000 })
    // Both weight sets: the tuning (a patch fetched beside the worker) applied offline too.
    expect(await engineOfDone(page)).toMatch(/tesseract.* \+ PaddleOCR.*, stock and tuned for handwritten code/)
    await expect(page.getByText(/tesseract alone/)).toHaveCount(0)
  })
})

test.describe('without the service worker', () => {
  // Requests answered by the service worker would bypass page.route.
  test.use({ serviceWorkers: 'block' })

  test('when the PaddleOCR model cannot load, tesseract alone gives the transcript and the review says so', async ({ page }) => {
    test.setTimeout(500_000)
    let asked = 0
    await page.route('**/vendor/paddle/*.onnx', (route) => {
      asked++
      return route.fulfill({ status: 404, body: 'gone' })
    })
    await page.goto('/#/problem/two-sum')
    await page.getByRole('button', { name: 'Start' }).click()
    await secondReader(page, 'failed')
    expect(asked).toBeGreaterThan(0)
    await writeInk(page, ink)
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('textbox', { name: 'Transcript of your answer' })).toContainText('return', { timeout: 120_000 })
    expect(await engineOfDone(page)).not.toMatch(/PaddleOCR/)
    await expect(page.getByRole('status').filter({ hasText: 'tesseract alone' })).toContainText(/could not load.*HTTP 404/)
  })
})
