// Replays an ink/v1 page onto the tldraw canvas with real pointer events, the
// way a candidate's mouse or pen would write it.
import type { Page } from '@playwright/test'
import type { InkDocument } from '../../src/core/ink/ink'

/**
 * `speed`: with per-point times in the ink, start each stroke when the writer
 * did, `speed` times faster (1 = as written), and never after less than the
 * writer's pen-up time before it (scaled alike); without it, as fast as
 * events go.
 */
export async function writeInk(page: Page, ink: InkDocument, opts: { margin?: number; scale?: number; speed?: number } = {}) {
  const board = page.locator('.tl-canvas')
  await board.waitFor({ state: 'visible' })
  const box = await board.boundingBox()
  if (!box) throw new Error('canvas not visible')
  let minX = Infinity
  let minY = Infinity
  for (const s of ink.strokes)
    for (const p of s.points) {
      minX = Math.min(minX, p[0])
      minY = Math.min(minY, p[1])
    }
  const margin = opts.margin ?? 60
  const scale = opts.scale ?? 1
  const start = Date.now()
  let prevEnd: number | undefined
  for (const stroke of ink.strokes) {
    const t = stroke.points[0]?.[3]
    if (opts.speed && t !== undefined) {
      // On schedule where the replay keeps up; and the writer's pen-up time always
      // (the canvas reports ink when the pen has been up a moment).
      const gap = prevEnd === undefined ? 0 : (t - prevEnd) / opts.speed
      const wait = Math.max(start + t / opts.speed - Date.now(), gap)
      if (wait > 0) await page.waitForTimeout(wait)
    }
    prevEnd = stroke.points.at(-1)?.[3]
    const pts = stroke.points.map((p) => [box.x + margin + (p[0] - minX) * scale, box.y + margin + (p[1] - minY) * scale])
    await page.mouse.move(pts[0]![0]!, pts[0]![1]!)
    await page.mouse.down()
    for (const [x, y] of pts.slice(1)) await page.mouse.move(x!, y!)
    if (pts.length === 1) await page.mouse.move(pts[0]![0]! + 1, pts[0]![1]! + 1)
    await page.mouse.up()
  }
}
