// Thinking aloud (issue 13), the rest of its promises, with Chromium's fake
// microphone: jumping to a line of ink takes the replay's voice to when that
// line was begun; a microphone unplugged mid-attempt and a full disk while
// recording each say so in one line, and the attempt goes on, saves, and
// keeps what was recorded until then.
import type { Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'
import { expect, test } from './fixtures'

test.use({
  launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] },
})

const attemptId = (page: Page) => decodeURIComponent(/#\/attempt\/([^/?#]+)/.exec(page.url())![1]!)

/** How many audio chunks the attempt has stored (its audio-meta record). */
function chunksOf(page: Page, id: string): Promise<number> {
  return page.evaluate(async (key) => {
    const req = <R,>(r: IDBRequest<R>) => new Promise<R>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
    const db = await req(indexedDB.open('inkterview'))
    try {
      const m = (await req(db.transaction('audio-meta').objectStore('audio-meta').get(key))) as { chunks: number } | undefined
      return m?.chunks ?? 0
    } finally {
      db.close()
    }
  }, id)
}

async function draw(page: Page, dx = 0, dy = 0) {
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const box = (await page.locator('.tl-canvas').boundingBox())!
  await page.mouse.move(box.x + 120 + dx, box.y + 120 + dy)
  await page.mouse.down()
  await page.mouse.move(box.x + 200 + dx, box.y + 140 + dy, { steps: 6 })
  await page.mouse.move(box.x + 260 + dx, box.y + 130 + dy, { steps: 6 })
  await page.mouse.up()
}

async function startRecordingAttempt(page: Page) {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('switch', { name: /Record my voice/ }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
  await expect(page.locator('.tl-canvas')).toBeVisible()
}

test('jumping to a line of ink takes the replay and its voice to when that line was begun', async ({ page }) => {
  test.slow() // real-time recording and OCR at Done on a shared machine
  await startRecordingAttempt(page)
  await draw(page)
  await page.waitForTimeout(4000)
  await draw(page, 0, 160)
  await page.waitForTimeout(2500)
  const id = attemptId(page)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  // The review keeps what the recording said on the attempt (a save of its own): wait for it, so it cannot land over the lines below.
  await expect(page.getByTestId('recording-facts')).toContainText('1 recording', { timeout: 30_000 })
  await expect
    .poll(
      () =>
        page.evaluate(async (key) => {
          const req = <R,>(r: IDBRequest<R>) => new Promise<R>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
          const db = await req(indexedDB.open('inkterview'))
          try {
            return ((await req(db.transaction('attempt-body').objectStore('attempt-body').get(key))) as { voice?: unknown } | undefined)?.voice != null
          } finally {
            db.close()
          }
        }, id),
      { timeout: 30_000 },
    )
    .toBe(true)
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // Two transcript lines, one per stroke (what the reader would say of two lines of code), so the lines are linked to the ink.
  const times = await page.evaluate(async (key) => {
    const req = <R,>(r: IDBRequest<R>) => new Promise<R>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
    const db = await req(indexedDB.open('inkterview'))
    try {
      const tx = db.transaction(['attempt-body', 'audio-chunks'], 'readwrite')
      const body = (await req(tx.objectStore('attempt-body').get(key))) as { ink: string; transcript: unknown }
      const line = (text: string, s: number) => ({ text, indent: 0, strokeIds: [s], doubtful: [] })
      body.transcript = { recognised: 'seen = {}\nreturn None', edited: 'seen = {}\nreturn None', lines: [line('seen = {}', 0), line('return None', 1)], ocrMs: 1 }
      await req(tx.objectStore('attempt-body').put(body, key))
      const ink = JSON.parse(body.ink) as { startedAt: number; strokes: { points: number[][] }[] }
      const chunks = (await req(tx.objectStore('audio-chunks').getAll(IDBKeyRange.bound([key, -Infinity], [key, Infinity])))) as { sessionStartedAt: number }[]
      return { inkStartedAt: ink.startedAt, firstPointT: ink.strokes.map((s) => s.points[0]![3]!), sessionStartedAt: chunks[0]!.sessionStartedAt }
    } finally {
      db.close()
    }
  }, id)
  // Where each line's first stroke falls in the recording, in seconds.
  const want = times.firstPointT.map((t) => (times.inkStartedAt + t - times.sessionStartedAt) / 1000)
  expect(want[1]! - want[0]!).toBeGreaterThan(3)
  await page.reload()
  await expect(page.getByTestId('recording-facts')).toContainText('1 recording', { timeout: 30_000 })
  const audio = page.getByTestId('replay-audio')
  const ink = page.getByTestId('linked-ink')
  for (const k of [1, 0, 1]) {
    await ink.getByRole('button', { name: new RegExp(`^Line ${k + 1} of the transcript`) }).click()
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 10_000 }).toBeGreaterThan(want[k]! - 0.3)
    expect(await audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeLessThan(want[k]! + 0.3)
  }
  // The cursor put on a line of the transcript goes there too.
  await page.getByRole('region', { name: 'Transcript', exact: true }).getByText('seen = {}').click()
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 10_000 }).toBeLessThan(want[0]! + 0.3)
})

test('a microphone unplugged mid-attempt: one line says so, the attempt goes on and saves, and what was said until then is kept', async ({ page }) => {
  test.slow()
  // Keep hold of the streams the app opens, to unplug their device.
  await page.addInitScript(() => {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    const w = window as unknown as { streams: MediaStream[] }
    w.streams = []
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await open(c)
      w.streams.push(s)
      return s
    }
  })
  await startRecordingAttempt(page)
  const id = attemptId(page)
  await draw(page)
  await expect.poll(() => chunksOf(page, id), { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
  const before = await chunksOf(page, id)
  // The device goes: the browser ends its track (stop() alone fires no event, so the event is sent as the browser would).
  await page.evaluate(() => {
    for (const s of (window as unknown as { streams: MediaStream[] }).streams)
      for (const t of s.getAudioTracks()) {
        t.stop()
        t.dispatchEvent(new Event('ended'))
      }
  })
  await expect(page.getByTestId('recording-message')).toHaveText(/^The microphone was disconnected: recording stopped, and what was said until then is kept\.$/)
  await expect(page.getByTestId('recording-status')).toHaveCount(0)
  await page.waitForTimeout(2500)
  const after = await chunksOf(page, id)
  expect(after).toBeGreaterThanOrEqual(before) // kept (and the last piece of audio, handed over as the recorder stopped)
  await page.waitForTimeout(2500)
  expect(await chunksOf(page, id)).toBe(after) // and nothing more is recorded

  await draw(page, 150)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  await expect(page.getByTestId('recording-facts')).toContainText('1 recording', { timeout: 30_000 })
  await page.goto('/#/history')
  await expect(page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('link', { name: 'Pair with a given sum' })).toBeVisible()
})

test('a full disk while recording: one line says so, the attempt goes on and saves, and the audio stored until then is kept', async ({ page }) => {
  test.slow()
  // The disk fills up: from the moment the test says so, the store refuses audio as a full disk does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'audio-chunks' && (window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await startRecordingAttempt(page)
  const id = attemptId(page)
  await draw(page)
  await expect.poll(() => chunksOf(page, id), { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true))
  await expect(page.getByTestId('recording-message')).toHaveText(/^This browser's storage is full: recording stopped, and what was said until then is kept\.$/, { timeout: 10_000 })
  await expect(page.getByTestId('recording-status')).toHaveCount(0)
  const kept = await chunksOf(page, id)
  expect(kept).toBeGreaterThanOrEqual(2)

  await draw(page, 150)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  await expect(page.getByTestId('recording-facts')).toContainText('1 recording', { timeout: 30_000 })
  expect(await chunksOf(page, id)).toBe(kept)
  await page.goto('/#/history')
  await expect(page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('link', { name: 'Pair with a given sum' })).toBeVisible()
})
