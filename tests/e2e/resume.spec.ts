// Work in progress survives a closed tab: strokes and the clock come back.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Time left on the interview clock, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const [m, s] = (await page.getByTestId('timer-clock').innerText()).split(':').map(Number)
  return m! * 60 + s!
}

const strokes = [
  [[0, 0], [40, 0], [40, 40]],
  [[80, 0], [80, 60]],
  [[120, 0], [160, 40], [120, 60]],
] as const

test('close the page mid-answer, reopen, resume with the strokes and the clock', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const box = (await page.locator('.tl-canvas').boundingBox())!
  for (const [i, s] of strokes.entries()) {
    // Seconds on the clock before the last stroke, whose save carries them.
    if (i === strokes.length - 1) await page.waitForTimeout(6000)
    await page.mouse.move(box.x + 100 + s[0][0], box.y + 100 + s[0][1])
    await page.mouse.down()
    for (const [x, y] of s.slice(1)) await page.mouse.move(box.x + 100 + x, box.y + 100 + y, { steps: 6 })
    await page.mouse.up()
  }
  await expect(page.locator('.tl-shape[data-shape-type="draw"]')).toHaveCount(3)
  await page.waitForTimeout(1500) // autosave runs at most ~1 s behind the pen
  const before = await secondsLeft(page)
  // Closing may cut the last write short: what was saved with the last stroke is what comes back.
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await again.goto('/')
  const banner = again.getByRole('region', { name: 'Unfinished answers' })
  await expect(banner).toContainText('3 strokes')
  await banner.getByRole('link', { name: 'Resume' }).click()
  await expect(again.locator('.tl-shape[data-shape-type="draw"]')).toHaveCount(3)
  await expect(again.getByRole('timer')).toHaveClass(/timer-running/)
  // The clock resumed where it stood at the last save (seconds used), not from
  // the full time, which would show at least 6 s more than before the page closed.
  const after = await secondsLeft(again)
  expect(after).toBeLessThanOrEqual(before + 3)
  expect(after).toBeGreaterThanOrEqual(before - 6)
})

test('discarding the unfinished attempt removes the offer', async ({ page }) => {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const box = (await page.locator('.tl-canvas').boundingBox())!
  await page.mouse.move(box.x + 100, box.y + 100)
  await page.mouse.down()
  await page.mouse.move(box.x + 160, box.y + 140, { steps: 5 })
  await page.mouse.up()
  await page.waitForTimeout(1500)
  await page.goto('/#/history')
  const unfinished = page.getByRole('list', { name: 'Unfinished answers, most recent first' })
  await expect(unfinished.getByRole('listitem')).toHaveCount(1)
  await unfinished.getByRole('button', { name: /^Discard your unfinished answer to Pair with a given sum/ }).click()
  await expect(unfinished).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Unfinished answers, most recent first' })).toHaveCount(0)
  // Nor does the app-wide banner offer it anywhere else.
  await page.goto('/#/')
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Unfinished answers' })).toHaveCount(0)
})
