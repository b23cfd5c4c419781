// After one visit, the whole loop works with the network off: the service
// worker serves the app, tldraw's assets and tesseract's worker, core and model.
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { writeInk } from './drawing'

const page1 = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')))

test('works offline after one visit to the home page', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible()
  // `ready` resolves once the worker is active, i.e. after its precache completed.
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible()
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await writeInk(page, page1)
  await page.getByRole('button', { name: 'Done' }).click()
  const transcript = page.getByRole('textbox', { name: 'Transcript of your answer' })
  await expect(transcript).toContainText('return', { timeout: 90_000 })
})
