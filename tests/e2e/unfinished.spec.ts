// An unfinished answer is never thrown away: every Start is an attempt of its
// own, the URL names it, a reload lands back on the board, the problem page
// and History offer it, and two tabs never write over each other.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const DRAWN = '.tl-shape[data-shape-type="draw"]'

/** `n` short strokes, one under the other, with real mouse events. */
async function drawStrokes(page: Page, n: number, top = 0) {
  const board = page.locator('.tl-canvas')
  await expect(board).toBeVisible()
  const box = (await board.boundingBox())!
  for (let i = 0; i < n; i++) {
    const y = box.y + 80 + top + i * 30
    await page.mouse.move(box.x + 120, y)
    await page.mouse.down()
    await page.mouse.move(box.x + 160, y + 8, { steps: 4 })
    await page.mouse.move(box.x + 200, y, { steps: 4 })
    await page.mouse.up()
  }
}

/** Seconds left on the interview clock ("14:05" -> 845; overtime negative). */
async function secondsLeft(page: Page): Promise<number> {
  const text = await page.getByTestId('timer-clock').innerText()
  const m = /^(\+?)(\d+):(\d\d)$/.exec(text.trim())
  if (!m) throw new Error(`unexpected clock text ${text}`)
  const s = Number(m[2]) * 60 + Number(m[3])
  return m[1] ? -s : s
}

/** What IndexedDB holds, read directly: [id, status, strokes] per attempt. */
async function stored(page: Page): Promise<[string, string, number][]> {
  return page.evaluate(
    () =>
      new Promise<[string, string, number][]>((resolve, reject) => {
        const open = indexedDB.open('inkterview')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const r = db.transaction('attempt-meta').objectStore('attempt-meta').getAll()
          r.onsuccess = () => {
            db.close()
            resolve((r.result as { id: string; status: string; strokeCount: number }[]).map((m) => [m.id, m.status, m.strokeCount]))
          }
          r.onerror = () => reject(r.error)
        }
      }),
  )
}

/** The id of the attempt the page is on, once it is on one (Start opens the board as soon as the attempt is claimed). */
async function attemptId(page: Page) {
  await expect(page).toHaveURL(/#\/attempt\/a-/)
  return /#\/attempt\/([^/?#]+)$/.exec(page.url())?.[1] ?? ''
}

test('a reload lands back on the board with the strokes and the clock, and the problem page offers the answer', async ({ page }) => {
  await page.goto('/#/problem/binary-search')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page).toHaveURL(/#\/attempt\/a-/)
  const id = await attemptId(page)
  await drawStrokes(page, 4)
  await expect(page.locator(DRAWN)).toHaveCount(4)
  // Seconds on the clock, then a last stroke whose save carries them (a reload may cut the
  // pagehide write short; the last save is what comes back at worst).
  await page.waitForTimeout(6000)
  await drawStrokes(page, 1, 4 * 30)
  await expect(page.locator(DRAWN)).toHaveCount(5)
  await expect.poll(() => stored(page)).toEqual([[id, 'in-progress', 5]])
  await page.waitForTimeout(1000)
  const before = await secondsLeft(page)

  await page.reload()
  await expect(page).toHaveURL(new RegExp(`#/attempt/${id}$`))
  await expect(page.locator(DRAWN)).toHaveCount(5)
  await expect(page.getByRole('timer')).toHaveClass(/timer-running/)
  // The clock goes on from where it stood: not restarted from the full time (at least 6 s
  // more than before), not charged for the reload.
  const after = await secondsLeft(page)
  expect(after).toBeLessThanOrEqual(before + 3)
  expect(after).toBeGreaterThanOrEqual(before - 4)

  // The problem page knows about it, and a new attempt keeps it.
  await page.goto('/#/problem/binary-search')
  const offer = page.getByRole('region', { name: 'Your unfinished answer' })
  await expect(offer).toContainText('5 strokes')
  await expect(offer.getByRole('link', { name: 'Resume it' })).toHaveAttribute('href', `#/attempt/${id}`)
  await page.getByRole('button', { name: 'Start a new attempt' }).click()
  await expect(page).not.toHaveURL(new RegExp(id))
  const second = await attemptId(page)
  await drawStrokes(page, 1)
  await expect.poll(async () => (await stored(page)).sort()).toEqual(
    [
      [id, 'in-progress', 5],
      [second, 'in-progress', 1],
    ].sort(),
  )
})

test('opening another problem and starting it never replaces an unfinished answer; History lists both first', async ({ page }) => {
  await page.goto('/#/problem/binary-search')
  await page.getByRole('button', { name: 'Start' }).click()
  await drawStrokes(page, 6)
  await expect(page.locator(DRAWN)).toHaveCount(6)
  await page.getByRole('link', { name: 'Problems' }).click()
  const banner = page.getByRole('region', { name: 'Unfinished answers' })
  await expect(banner).toContainText('Find a row id in a sorted index')
  await expect(banner).toContainText('6 strokes')

  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await drawStrokes(page, 2)
  await expect(page.locator(DRAWN)).toHaveCount(2)
  await page.getByRole('link', { name: 'History' }).click()
  const unfinished = page.getByRole('list', { name: /Unfinished answers/ })
  await expect(unfinished.getByRole('listitem')).toHaveCount(2)
  await expect(unfinished.getByRole('listitem').first()).toContainText('2 strokes')
  await expect(unfinished.getByRole('listitem').nth(1)).toContainText('6 strokes')

  // Discard, with Undo.
  await unfinished.getByRole('button', { name: /Discard your unfinished answer to Find a row id in a sorted index/ }).click()
  await expect(unfinished.getByRole('listitem')).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(unfinished.getByRole('listitem')).toHaveCount(2)
  await page.reload()
  await expect(page.getByRole('list', { name: /Unfinished answers/ }).getByRole('listitem')).toHaveCount(2)

  // Resume from History goes back to the board with its strokes.
  await page.getByRole('link', { name: /Resume your answer to Find a row id in a sorted index/ }).click()
  await expect(page.locator(DRAWN)).toHaveCount(6)
  // The app-wide banner names how many are unfinished.
  await page.getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('region', { name: 'Unfinished answers' })).toContainText('2 unfinished answers')
})

test('the same attempt in two tabs: the second says so and writes nothing until the candidate moves it', async ({ context }) => {
  const first = await context.newPage()
  await first.goto('/#/problem/binary-search')
  await first.getByRole('button', { name: 'Start' }).click()
  await drawStrokes(first, 2)
  const id = await attemptId(first)
  await expect.poll(() => stored(first)).toEqual([[id, 'in-progress', 2]])

  const second = await context.newPage()
  await second.goto(`/#/attempt/${id}`)
  await expect(second.getByRole('alert')).toContainText('open in another tab')
  await expect(second.locator('.tl-canvas')).toHaveCount(0)

  // The first tab goes on writing and saving.
  await first.bringToFront()
  await drawStrokes(first, 1, 100)
  await expect.poll(() => stored(first)).toEqual([[id, 'in-progress', 3]])

  // Moving it: the second tab carries on from what the first saved; the first stops saving.
  await second.bringToFront()
  await second.getByRole('button', { name: 'Continue it here instead' }).click()
  await expect(second.locator(DRAWN)).toHaveCount(3)
  await expect(first.getByRole('alert')).toContainText('now open in another tab')
  await expect(first.getByRole('button', { name: 'Done' })).toBeDisabled()
  await drawStrokes(second, 1, 160)
  await expect.poll(() => stored(second)).toEqual([[id, 'in-progress', 4]])
})

test('two tabs on different attempts both save', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/#/problem/binary-search')
  await a.getByRole('button', { name: 'Start' }).click()
  await b.goto('/#/problem/two-sum')
  await b.getByRole('button', { name: 'Start' }).click()
  await a.bringToFront()
  await drawStrokes(a, 2)
  await b.bringToFront()
  await drawStrokes(b, 3)
  await expect.poll(async () => (await stored(a)).map(([, , n]) => n).sort()).toEqual([2, 3])
})

test('hiding or leaving the page writes the latest stroke at once, not a second later', async ({ page }) => {
  await page.goto('/#/problem/binary-search')
  await page.getByRole('button', { name: 'Start' }).click()
  const id = await attemptId(page)
  await drawStrokes(page, 1)
  await expect.poll(() => stored(page)).toEqual([[id, 'in-progress', 1]])
  await page.waitForTimeout(1500) // no save left pending

  for (const [event, expected] of [
    ['visibilitychange', 2],
    ['pagehide', 3],
  ] as const) {
    await drawStrokes(page, 1, expected * 40)
    await page.waitForTimeout(250) // the canvas reports a stroke 120 ms after the pen is up
    const counted = await page.evaluate(async (ev) => {
      if (ev === 'visibilitychange') {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
        document.dispatchEvent(new Event('visibilitychange'))
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
      } else window.dispatchEvent(new PageTransitionEvent('pagehide'))
      // Well inside autosave's one-second delay.
      await new Promise((r) => setTimeout(r, 300))
      return new Promise<number>((resolve) => {
        const open = indexedDB.open('inkterview')
        open.onsuccess = () => {
          const r = open.result.transaction('attempt-meta').objectStore('attempt-meta').getAll()
          r.onsuccess = () => {
            open.result.close()
            resolve((r.result as { strokeCount: number }[])[0]!.strokeCount)
          }
        }
      })
    }, event)
    expect(counted, `after ${event}`).toBe(expected)
    await page.waitForTimeout(1200)
  }
})
