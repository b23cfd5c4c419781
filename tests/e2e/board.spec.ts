// The board on a tablet, in iPad-sized portrait and landscape, driven by pen
// and finger events as a stylus and a hand send them: paper that never becomes
// ink, pen only, multi-finger taps, a page that grows downwards, and the
// problem shown without hiding the last lines written.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fingerDrag, fingerTap, penLine } from './pointers'

// Each test starts the board afresh; on a busy 2-core machine that alone can take a minute.
test.describe.configure({ timeout: 240_000 })

const strokes = (page: Page) => page.locator('.tl-shape[data-shape-type="draw"]')
const board = (page: Page) => page.locator('.tl-canvas')
/** Where the lowest stroke on the page is on screen (the last line written); strokes scrolled out of view are culled. */
const lowestStroke = (page: Page) =>
  strokes(page).evaluateAll((els) => {
    const rects = els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
    const r = rects.sort((a, b) => b.bottom - a.bottom)[0]
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null
  })

async function start(page: Page, paper?: string) {
  await page.goto('/#/problem/two-sum')
  if (paper) await page.getByLabel('Paper').selectOption({ label: paper })
  await page.getByRole('button', { name: 'Start' }).click()
  // tldraw's chunk is large; on a busy machine it takes a while to start.
  await expect(board(page)).toBeVisible({ timeout: 90_000 })
  return (await board(page).boundingBox())!
}

/** The stored attempt `id`: its stroke count, and what its page image shows. */
async function storedAttempt(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('inkterview')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    type Body = { ink: string; image: { bytes: ArrayBuffer } | null }
    let body: Body | null = null
    for (const name of Array.from(db.objectStoreNames)) {
      const v = await new Promise<unknown>((res) => {
        const r = db.transaction(name).objectStore(name).get(id)
        r.onsuccess = () => res(r.result)
        r.onerror = () => res(undefined)
      })
      if (v && typeof v === 'object' && typeof (v as { ink?: unknown }).ink === 'string') body = v as Body
    }
    db.close()
    const found = body as Body | null
    if (!found) throw new Error(`no stored body for ${id}`)
    const ink = JSON.parse(found.ink) as { strokes: unknown[] }
    if (!found.image) return { strokes: ink.strokes.length, image: null }
    const bmp = await createImageBitmap(new Blob([found.image.bytes], { type: 'image/png' }))
    const c = new OffscreenCanvas(bmp.width, bmp.height)
    const g = c.getContext('2d')!
    g.drawImage(bmp, 0, 0)
    const px = g.getImageData(0, 0, bmp.width, bmp.height).data
    const marked = (i: number) => px[i]! + px[i + 1]! + px[i + 2]! < 720 && px[i + 3]! > 0
    // A ruled or grid line crosses the whole image; ink (a tall stroke and a dot) never does.
    let ruledRows = 0
    let inkPixels = 0
    for (let y = 0; y < bmp.height; y++) {
      let n = 0
      for (let x = 0; x < bmp.width; x++) if (marked((y * bmp.width + x) * 4)) n++
      inkPixels += n
      if (n > 0.6 * bmp.width) ruledRows++
    }
    const corner = Array.from(px.slice(0, 3))
    return { strokes: ink.strokes.length, image: { width: bmp.width, height: bmp.height, ruledRows, inkPixels, corner } }
  }, id)
}

const orientations = [
  { name: 'portrait', viewport: { width: 820, height: 1180 } },
  { name: 'landscape', viewport: { width: 1180, height: 820 } },
] as const

for (const o of orientations) {
  test.describe(`iPad ${o.name}`, () => {
    test.use({ viewport: o.viewport, hasTouch: true, colorScheme: o.name === 'portrait' ? 'dark' : 'light' })

    test('ruled paper is never ink: not a stroke, not in the stored ink the recogniser reads, not in the page image', async ({ page }) => {
      const box = await start(page, 'Ruled')
      // The paper is there (positive control): ruled lines and the margin line.
      await expect(page.locator('.board-paper[data-paper="ruled"] line.paper-margin')).toHaveCount(1)
      await expect(page.locator('.board-paper[data-paper="ruled"] pattern line.paper-rule')).toHaveCount(1)
      // A tall stroke crossing several ruled lines, and a short one.
      await penLine(page, { x: box.x + 200, y: box.y + 120 }, { x: box.x + 204, y: box.y + 340 })
      await penLine(page, { x: box.x + 260, y: box.y + 200 }, { x: box.x + 300, y: box.y + 210 })
      await expect(strokes(page)).toHaveCount(2)
      await page.getByRole('button', { name: 'Done' }).click()
      await expect(page).toHaveURL(/#\/attempt\//, { timeout: 120_000 })
      // The attempt's URL is the board's too; the review's panes mean Done has finished.
      await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 120_000 })
      const id = decodeURIComponent(/#\/attempt\/([^/?]+)/.exec(page.url())![1]!)
      const stored = await storedAttempt(page, id)
      expect(stored.strokes).toBe(2)
      expect(stored.image).not.toBeNull()
      expect(stored.image!.ruledRows).toBe(0)
      expect(stored.image!.inkPixels).toBeGreaterThan(100)
      // Dark ink on white whatever the theme (this orientation runs dark in portrait).
      expect(stored.image!.corner.every((v) => v > 245)).toBe(true)
    })

    test('the page grows downwards, and the problem opens without hiding the last lines', async ({ page }) => {
      const box = await start(page)
      // Write line after line down the board, as a long answer does.
      let y = box.y + 80
      for (let i = 0; i < 40 && y < box.y + box.height * 0.9; i++) {
        await penLine(page, { x: box.x + 90, y }, { x: box.x + 330, y: y + 6 }, 4)
        y += 44
      }
      // The last line went below the lowest fifth, so the view moved on: it now sits near the middle.
      await expect.poll(async () => ((await lowestStroke(page))?.y ?? Infinity) - box.y, { timeout: 10_000 }).toBeLessThan(box.height * 0.7)
      expect((await lowestStroke(page))!.y).toBeGreaterThan(box.y)

      await page.getByRole('button', { name: 'Problem', exact: true }).click()
      const brief = page.locator('#practice-brief')
      await expect(brief).toBeVisible()
      await expect(brief.getByRole('heading').first()).toBeVisible()
      await expect
        .poll(async () => {
          const last = await lowestStroke(page)
          if (!last) return false
          const b = (await board(page).boundingBox())!
          const s = (await brief.boundingBox())!
          const insideBoard = last.y >= b.y && last.y + last.height <= b.y + b.height && last.x >= b.x && last.x + last.width <= b.x + b.width
          const t = (await page.locator('.board-toolbar').boundingBox())!
          const overlaps = (o: { x: number; y: number; width: number; height: number }) =>
            last.x < o.x + o.width && last.x + last.width > o.x && last.y < o.y + o.height && last.y + last.height > o.y
          return insideBoard && !overlaps(s) && !overlaps(t)
        }, { timeout: 10_000 })
        .toBe(true)
    })
  })
}

test.describe('writing near the bottom', () => {
  test.use({ viewport: { width: 820, height: 1180 } })
  test('letters written in quick succession stay as written; the view moves on once the pen rests', async ({ page }) => {
    const box = await start(page)
    const y = box.y + box.height * 0.85
    // A word's letters: short flat strokes, each begun right after the one before.
    for (let i = 0; i < 5; i++) await penLine(page, { x: box.x + 90 + i * 36, y }, { x: box.x + 114 + i * 36, y: y + 4 }, 6)
    // None was dragged along by a moving view (tldraw re-reads the pen on every move of the view).
    const heights = await strokes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))
    expect(heights).toHaveLength(5)
    expect(Math.max(...heights)).toBeLessThan(40)
    // The pen rests: the word moves up to about the middle, leaving room below.
    await expect.poll(async () => ((await lowestStroke(page))?.y ?? Infinity) - box.y, { timeout: 10_000 }).toBeLessThan(box.height * 0.7)
  })
})

test.describe('tablet gestures', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true })

  test('pen only: once a pen writes, a finger pans instead of drawing; switched off, a finger draws', async ({ page }) => {
    const box = await start(page)
    const penOnly = page.getByRole('button', { name: 'Pen only' })
    await expect(penOnly).toHaveAttribute('aria-pressed', 'false')
    await penLine(page, { x: box.x + 100, y: box.y + 150 }, { x: box.x + 300, y: box.y + 170 })
    await expect(strokes(page)).toHaveCount(1)
    await expect(penOnly).toHaveAttribute('aria-pressed', 'true')
    const first = page.locator(`.tl-shape[data-shape-id="${await strokes(page).first().getAttribute('data-shape-id')}"]`)
    const before = (await first.boundingBox())!

    // A finger dragged over the page: the page moves, nothing is drawn.
    await fingerDrag(page, { x: box.x + 400, y: box.y + 500 }, { x: box.x + 460, y: box.y + 620 })
    // The pen after it (events are handled in order) is drawn: by then a finger stroke would be too.
    await penLine(page, { x: box.x + 100, y: box.y + 400 }, { x: box.x + 300, y: box.y + 420 })
    await expect(strokes(page)).toHaveCount(2)
    const after = (await first.boundingBox())!
    expect(after.x - before.x).toBeCloseTo(60, -1)
    expect(after.y - before.y).toBeCloseTo(120, -1)

    // Pen only off: the same finger now writes (so the check above could fail).
    await penOnly.click()
    await expect(penOnly).toHaveAttribute('aria-pressed', 'false')
    await fingerDrag(page, { x: box.x + 100, y: box.y + 700 }, { x: box.x + 300, y: box.y + 720 })
    await expect(strokes(page)).toHaveCount(3)
  })

  test('a two-finger tap undoes and a three-finger tap redoes, with or without pen only', async ({ page }) => {
    const box = await start(page)
    for (const dy of [150, 250]) {
      await page.mouse.move(box.x + 100, box.y + dy)
      await page.mouse.down()
      await page.mouse.move(box.x + 300, box.y + dy + 10, { steps: 6 })
      await page.mouse.up()
    }
    await expect(strokes(page)).toHaveCount(2)
    // Fingers down where a finger would draw: the first finger must leave no dot behind.
    await fingerTap(page, { x: box.x + 200, y: box.y + 500 }, 2)
    await expect(strokes(page)).toHaveCount(1)
    await fingerTap(page, { x: box.x + 200, y: box.y + 500 }, 3)
    await expect(strokes(page)).toHaveCount(2)

    await page.getByRole('button', { name: 'Pen only' }).click()
    await fingerTap(page, { x: box.x + 200, y: box.y + 500 }, 2)
    await expect(strokes(page)).toHaveCount(1)
  })
})

test('the paper is remembered, and chosen in Settings too; a damaged preference falls back to the default', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByLabel('Paper for the board').selectOption({ label: 'Grid' })
  await page.goto('/#/problem/two-sum')
  await expect(page.getByLabel('Paper')).toHaveValue('grid')
  await page.reload()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.board-paper')).toHaveAttribute('data-paper', 'grid', { timeout: 90_000 })

  await page.evaluate(() => localStorage.setItem('inkterview.preferences', '{"v":1,"paper":"papyrus","theme":"dark"}'))
  await page.goto('/#/settings')
  await page.reload()
  await expect(page.getByLabel('Paper for the board')).toHaveValue('ruled')
  await expect(page.getByLabel('Theme')).toHaveValue('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('lasso: a loop around some writing selects it, and a drag moves it', async ({ page }) => {
  const box = await start(page)
  for (const dy of [150, 350]) {
    await page.mouse.move(box.x + 150, box.y + dy)
    await page.mouse.down()
    await page.mouse.move(box.x + 300, box.y + dy + 10, { steps: 6 })
    await page.mouse.up()
  }
  await expect(strokes(page)).toHaveCount(2)
  // tldraw keeps its shapes' DOM order by id, not by drawing order: tell them apart by where they are.
  const tops = async () => (await strokes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().y))).sort((a, b) => a - b)
  const [first, second] = await tops()
  await page.getByRole('button', { name: /Lasso/ }).click()
  // A loop around the first stroke only.
  const loop = [
    [120, 120],
    [340, 120],
    [340, 200],
    [120, 200],
    [120, 125],
  ]
  await page.mouse.move(box.x + loop[0]![0]!, box.y + loop[0]![1]!)
  await page.mouse.down()
  for (const [x, y] of loop.slice(1)) await page.mouse.move(box.x + x!, box.y + y!, { steps: 5 })
  await page.mouse.up()
  // Drag the selection 100 px down.
  await page.mouse.move(box.x + 225, box.y + 157, { steps: 4 })
  await page.mouse.down()
  await page.mouse.move(box.x + 225, box.y + 257, { steps: 16 })
  await page.mouse.up()
  // The first stroke moved down about 100 px (still above the second), the second did not move.
  await expect.poll(async () => (await tops())[0]! - first!).toBeCloseTo(100, -1)
  expect((await tops())[1]).toBeCloseTo(second!, 0)
  await expect(strokes(page)).toHaveCount(2)
})

test('the precise eraser rubs out only what it touches, splitting a stroke; one undo brings it back', async ({ page }) => {
  const box = await start(page)
  await page.mouse.move(box.x + 100, box.y + 200)
  await page.mouse.down()
  await page.mouse.move(box.x + 400, box.y + 200, { steps: 20 })
  await page.mouse.up()
  await expect(strokes(page)).toHaveCount(1)
  await page.getByRole('button', { name: /Precise eraser/ }).click()
  await page.mouse.move(box.x + 250, box.y + 160)
  await page.mouse.down()
  await page.mouse.move(box.x + 250, box.y + 240, { steps: 10 })
  await page.mouse.up()
  await expect(strokes(page)).toHaveCount(2)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(strokes(page)).toHaveCount(1)
})

test('the reference answer shows only after its warning is accepted, and beside the board it stays shown after a reload', async ({ page }) => {
  await page.goto('/#/problem/two-sum')
  const answer = page.getByRole('region', { name: 'Reference answer' })
  page.once('dialog', (d) => void d.dismiss())
  await page.getByRole('button', { name: 'Show the reference answer…' }).click()
  await expect(answer).toHaveCount(0)

  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.practice-board .tl-canvas')).toBeVisible()
  await page.getByRole('button', { name: 'Problem' }).click()
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Show the reference answer…' }).click()
  await expect(answer).toBeVisible()

  // Noted on the attempt: the board comes back with the answer open.
  await page.waitForTimeout(1500)
  await page.reload()
  await page.getByRole('button', { name: 'Problem' }).click()
  await expect(answer).toBeVisible()
  await expect(page.getByRole('button', { name: 'Show the reference answer…' })).toHaveCount(0)
})
