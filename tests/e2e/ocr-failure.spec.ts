// A tesseract worker that never starts (blocked, e.g. by a CSP or a broken
// deploy) times out with a clear message; the answer is saved regardless.
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { writeInk } from './drawing'

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')))

// Requests answered by the service worker would bypass page.route.
test.use({ serviceWorkers: 'block' })

test('an OCR engine that never starts gives a clear error, and nothing is lost', async ({ page }) => {
  test.setTimeout(90_000)
  await page.route('**/vendor/tesseract/worker.min.js', () => {
    /* never answered: the worker script hangs forever */
  })
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await writeInk(page, ink)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page).toHaveURL(/#\/attempt\//, { timeout: 60_000 })
  // The attempt's URL is the board's too; the review's panes mean Done has finished.
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('alert')).toContainText('could not be read: OCR engine did not start')
  await expect(page.getByRole('img', { name: /Your handwritten answer/ })).toBeVisible()

  // Once the engine can start, the same strokes are read from the review.
  await page.unroute('**/vendor/tesseract/worker.min.js')
  await page.reload()
  await page.getByRole('button', { name: 'Read the handwriting' }).click()
  await expect(page.getByRole('textbox', { name: 'Transcript of your answer' })).toContainText('return', { timeout: 60_000 })
})
