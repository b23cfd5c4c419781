// Pen, finger and multi-finger input through the DevTools protocol, as a
// stylus or a hand on a tablet sends it (Playwright's mouse is a mouse).
import type { CDPSession, Page } from '@playwright/test'

type Pt = { x: number; y: number }

async function withCdp<T>(page: Page, fn: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page)
  try {
    return await fn(cdp)
  } finally {
    await cdp.detach()
  }
}

const along = (from: Pt, to: Pt, steps: number) =>
  Array.from({ length: steps + 1 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }))

/** A pen stroke through `points` (pressure `force`, 0..1). */
export function penStroke(page: Page, points: Pt[], force = 0.5) {
  return withCdp(page, async (cdp) => {
    const ev = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', p: Pt, buttons: number) =>
      cdp.send('Input.dispatchMouseEvent', { type, x: p.x, y: p.y, button: 'left', buttons, clickCount: 1, pointerType: 'pen', force })
    await ev('mousePressed', points[0]!, 1)
    for (const p of points.slice(1)) await ev('mouseMoved', p, 1)
    await ev('mouseReleased', points.at(-1)!, 0)
  })
}

export const penLine = (page: Page, from: Pt, to: Pt, steps = 8) => penStroke(page, along(from, to, steps))

/** One finger dragged from `from` to `to`. */
export function fingerDrag(page: Page, from: Pt, to: Pt, steps = 8) {
  return withCdp(page, async (cdp) => {
    const pts = along(from, to, steps)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...pts[0]!, id: 1 }] })
    for (const p of pts.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p, id: 1 }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  })
}

/**
 * `fingers` fingers put down together around `at` and lifted 120 ms later,
 * without moving. The events carry their own times, so a busy machine's delay
 * in delivering them does not turn the tap into a long press.
 */
export function fingerTap(page: Page, at: Pt, fingers: number) {
  return withCdp(page, async (cdp) => {
    const touchPoints = Array.from({ length: fingers }, (_, i) => ({ x: at.x + i * 60, y: at.y + (i % 2) * 20, id: i + 1 }))
    const t = Date.now() / 1000
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints, timestamp: t })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: t + 0.12 })
  })
}
