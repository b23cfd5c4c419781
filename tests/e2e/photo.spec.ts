// An answer written on paper, brought in as a photo: a photographed-like page
// made from a fixture's ink (the benchmark's simulation: paper, perspective,
// light, blur, noise) is read offline into a transcript and, once confirmed, stored
// as a finished attempt with the photo and no strokes, listed in History; a
// blank photo gets its one-line message and stores nothing.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { simulatePhoto } from '../../src/ocr/photo/simulate'
import { encodeGrayPng } from '../../src/ocr/render/png'
import { storedAttempts } from './idb'

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')))
const photoOf = (strokes: typeof ink.strokes) =>
  Buffer.from(encodeGrayPng(simulatePhoto({ ...ink, strokes }, { seed: 7, writingWidth: 700, rotateDeg: 4, perspective: 0.04 }).image))

async function openImport(page: Page) {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('link', { name: 'Import a photo of paper' }).click()
  await expect(page.getByRole('heading', { name: /Import a photo of paper/ })).toBeVisible()
}

test('a photo of a written page becomes a finished attempt once confirmed, offline', async ({ page, context }) => {
  test.setTimeout(300_000)
  // Offline after one visit: the photo path's code (in the OCR worker) and both engines come from the precache.
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 })
  await context.setOffline(true)
  await page.reload()
  await openImport(page)
  await page.getByLabel('Choose a photo or take one').setInputFiles({ name: 'page.png', mimeType: 'image/png', buffer: photoOf(ink.strokes) })
  await expect(page.getByText('2 lines of writing found.')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('photo-line')).toHaveCount(2)
  await expect(page.locator('[data-issue]')).toHaveCount(0)
  // Found and shown, not stored: nothing is saved before Confirm.
  expect(await storedAttempts(page)).toHaveLength(0)
  await page.getByRole('button', { name: 'Confirm and read' }).click()
  await expect(page).toHaveURL(/#\/attempt\//, { timeout: 240_000 })
  // The figures, for the record (not asserted: speed is measured in benchmarks).
  const timings = await page.evaluate(() =>
    ['inkterview:photo-analyse', 'inkterview:photo-read'].map((n) => {
      const m = performance.getEntriesByName(n).at(-1) as PerformanceMeasure | undefined
      return `${n} ${Math.round(m?.duration ?? -1)} ms ${JSON.stringify(m?.detail ?? null)}`
    }),
  )
  test.info().annotations.push({ type: 'timings', description: timings.join('; ') })
  const transcript = page.getByRole('textbox', { name: 'Transcript of your answer' })
  await expect(transcript).toContainText('return', { timeout: 30_000 })
  await expect(transcript).toContainText('def add')
  await expect(page.getByRole('img', { name: 'Your handwritten answer (a photo of paper)' })).toBeVisible()
  const stored = await storedAttempts(page)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ status: 'finished', problemId: 'two-sum' })
  expect(stored[0]!.image).toMatchObject({ type: 'image/jpeg' })
  expect(JSON.parse(stored[0]!.ink as string).strokes).toEqual([])
  // Read by both engines, as the board's ink is.
  expect((stored[0]!.transcript as { engine?: string }).engine).toMatch(/tesseract.* \+ PaddleOCR/)
  await page.goto('/#/history')
  await expect(page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'Attempts, newest first' })).toContainText('return')
})

test('a blank photo says what is wrong and stores nothing', async ({ page }) => {
  test.setTimeout(120_000)
  await openImport(page)
  await page.getByLabel('Choose a photo or take one').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: photoOf([]) })
  await expect(page.locator('[data-issue="blank"]')).toHaveText(/No writing found in the photo/, { timeout: 60_000 })
  await expect(page.getByRole('button', { name: 'Confirm and read' })).toBeDisabled()
  // The crop stays offered.
  await expect(page.getByRole('group', { name: /Crop/ })).toBeVisible()
  expect(await storedAttempts(page)).toHaveLength(0)
  // The screen with its photo, message and crop: no serious or critical accessibility fault.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
