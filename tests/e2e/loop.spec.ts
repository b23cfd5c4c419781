// The whole practice loop in the production build: pick a problem, Start,
// write with real pointer events, Done, read the transcript, edit it, reload,
// reopen from History. Every request is recorded: none may leave our origin.
import { readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { writeInk } from './drawing'

const line = readInk(
  JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')),
  'py1.ink.json',
)

function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (r) => urls.push(r.url()))
  page.on('websocket', (ws) => urls.push(ws.url()))
  return urls
}

test('write an answer by hand, get a transcript, find it again after a reload', async ({ page, baseURL }) => {
  const requests = recordRequests(page)
  await page.goto('/#/problem/two-sum')
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  expect(title.length).toBeGreaterThan(3)
  await page.getByRole('button', { name: 'Start' }).click()

  const clock = page.getByTestId('timer-clock')
  await expect(clock).toHaveText(/^1[45]:\d\d$/)
  await expect(page.locator('.tl-canvas')).toBeVisible()
  // The draw tool is selected from the start.
  await expect(page.locator('[data-testid="tools.draw"][aria-pressed="true"], [data-testid="tools.draw"][aria-checked="true"]')).toHaveCount(1)

  await writeInk(page, line)
  await page.getByRole('button', { name: 'Done' }).click()

  await expect(page).toHaveURL(/#\/attempt\//, { timeout: 90_000 })
  // The attempt's URL is the board's too; the review's panes mean Done has finished.
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  const transcript = page.getByRole('textbox', { name: 'Transcript of your answer' })
  await expect(transcript).toBeVisible()
  const read = (await transcript.innerText()).trim()
  expect(read.length).toBeGreaterThan(3)
  expect(read.toLowerCase()).toContain('return')
  const image = page.getByRole('img', { name: /Your handwritten answer/ })
  await expect(image).toBeVisible()
  const naturalWidth = await image.evaluate((img: HTMLImageElement) => img.naturalWidth)
  expect(naturalWidth).toBeGreaterThan(50)

  // Correct the transcript: the edit is saved.
  await transcript.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type('  # checked')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const attemptUrl = page.url()

  await page.reload()
  await page.goto('/#/history')
  const entry = page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('listitem').first()
  await expect(entry).toContainText(title)
  await entry.getByRole('link').click()
  await expect(page).toHaveURL(attemptUrl)
  await expect(page.getByRole('textbox', { name: 'Transcript of your answer' })).toContainText('# checked')
  await expect(page.getByRole('img', { name: /Your handwritten answer/ })).toBeVisible()

  const origin = new URL(baseURL!).origin
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
  expect(foreign, 'requests to other origins').toEqual([])
  // The OCR assets really came from us.
  expect(requests.some((u) => u.endsWith('/vendor/tesseract/lang/eng.traineddata.gz'))).toBe(true)
})

test('the timer warns in its last five minutes and counts into overtime', async ({ page }) => {
  await page.clock.install()
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  const timer = page.getByRole('timer')
  await expect(timer).toHaveClass(/timer-running/)
  const minutes = Number((await page.getByTestId('timer-clock').innerText()).split(':')[0])
  await page.clock.runFor((minutes - 4) * 60_000)
  await expect(timer).toHaveClass(/timer-warning/)
  await page.clock.runFor(5 * 60_000)
  await expect(timer).toHaveClass(/timer-overtime/)
  await expect(page.getByTestId('timer-clock')).toHaveText(/^\+0[01]:\d\d$/)
})
