// npm run bench:app — what a candidate feels, measured in headless Chromium
// against the production build (run `npm run build` first):
//  - initial JS (gzip) the home page loads before it is usable;
//  - navigation to a usable canvas (problem page opened, Start pressed, draw tool live);
//  - Done to transcript for a written page, live OCR included: 11 lines (py8)
//    written as fast as input events go, and 20 lines (py8 and py4 one under
//    the other) written live at WRITE_SPEED times the fixture's own pace (its
//    writer takes ~4 s a line; 2 = a line every ~2 s, faster than by hand); for
//    the 20-line page also the recogniser's own share (the
//    'inkterview:recognise' measure: Done pressed to transcript ready, before
//    saving and opening the review).
//  - Start to a board that takes ink, the problem page open 2 s first (the
//    board prefetched while reading), also after 6 s (the OCR engines loading
//    meanwhile) and 15 s of reading (READS_ONLY_2S=1 skips those two), and a cold navigation straight to a
//    board (problem URL opened, Start pressed as soon as it shows), both timed
//    inside the page from the click / navigation start to the pen tool live;
//  - drawing with 3,000 strokes on the page (a resumed draft), autosave
//    running, with the live-reading aid on and off: rAF intervals and
//    input-to-paint (pointer event to the task after the next frame) while a
//    stroke is drawn, p50/p95 (the background reading that makes Done fast
//    runs in both; the aid adds the annotations), and with the microphone
//    recording (aid off, Chromium's fake microphone): the same measures;
//  - initial JS (gzip) and the total precached size (sw.js's list).
// BOARD_ONLY=1 skips the Done-to-transcript runs (the board's figures only);
// START_ONLY=1 runs only the Start-to-board cases; DONE_ONLY=1 only navigation and Done to transcript;
// FRAMES_ONLY=1 runs only the drawing cases, DRAW_STROKES=n puts n strokes on
// the page instead of 3,000 (0 gives the empty board's baseline).
// SIZES_ONLY=1 prints only the sizes (for comparing a build of another commit).
// Medians over RUNS fresh browser contexts; prints a table, then one JSON line.
import { startPreview } from './previewServer.ts'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
import { writeInk } from '../tests/e2e/drawing.ts'

const RUNS = Number(process.env.RUNS ?? 5)
const DRAW_STROKES = Number(process.env.DRAW_STROKES ?? 3000)
const WRITE_SPEED = Number(process.env.WRITE_SPEED ?? 2)
const PORT = Number(process.env.BENCH_PORT ?? 4179)
const base = `http://127.0.0.1:${PORT}`
const readInk = (f: string) => JSON.parse(readFileSync(`tests/fixtures/ink/synthetic-neat/${f}.ink.json`, 'utf8'))
const page10 = readInk('py8')
/** Two pages one under the other: 20 lines. */
function stack(...pages: { strokes: { points: number[][] }[] }[]) {
  const strokes: { points: number[][] }[] = []
  let dy = 0,
    dt = 0
  for (const p of pages) {
    const ys = p.strokes.flatMap((s) => s.points.map((q) => q[1]!))
    const ts = p.strokes.flatMap((s) => s.points.map((q) => q[3] ?? 0))
    const top = Math.min(...ys)
    // Below the page before, and written after it (a 2 s pause between them).
    for (const s of p.strokes) strokes.push({ ...s, points: s.points.map((q) => [q[0]!, q[1]! - top + dy, q[2] ?? 0.5, (q[3] ?? 0) + dt]) })
    dy += Math.max(...ys) - top + 50
    dt += Math.max(...ts) + 2000
  }
  return { ...pages[0], strokes }
}
const page20 = stack(readInk('py8'), readInk('py4'))

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

function initialJsGzip(): { bytes: number; files: string[] } {
  const html = readFileSync('dist/index.html', 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length, 0)
  return { bytes, files }
}

/** Bytes of everything the service worker precaches. */
function precachedBytes(): number {
  const sw = readFileSync('dist/sw.js', 'utf8')
  const list = JSON.parse(/const PRECACHE = (\[.*\])/.exec(sw)![1]!) as string[]
  return list.reduce((n, f) => n + statSync(`dist/${f === './' ? 'index.html' : f.slice(2)}`).size, 0)
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN
}
const round1 = (x: number) => Math.round(x * 10) / 10

/** Clicks Start inside the page and resolves with ms from the click (or from navigation start) to the pen tool live on a mounted board. */
function startToBoard(page: Page, fromNavigation: boolean): Promise<number> {
  return page.evaluate((fromNavigation) => {
    // In the board, not the one mounted unseen on the problem page (sharedBoard.tsx).
    const ready = () =>
      !!document.querySelector('.practice-board .tl-canvas') && !!document.querySelector('.practice-board [data-testid="tools.draw"][aria-pressed="true"]')
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')!
    const t0 = fromNavigation ? 0 : performance.now()
    button.click()
    return new Promise<number>((res) => {
      if (ready()) return res(performance.now() - t0)
      const mo = new MutationObserver(() => {
        if (!ready()) return
        mo.disconnect()
        res(performance.now() - t0)
      })
      mo.observe(document.body, { subtree: true, childList: true, attributes: true })
    })
  }, fromNavigation)
}

/** A page of `n` strokes: the fixture pages' strokes tiled down the page, as a very long answer. */
function bigInk(n: number) {
  const src = ['py1', 'py4', 'py8'].map(readInk).flatMap((p) => p.strokes as { points: number[][] }[])
  const strokes: { points: number[][] }[] = []
  let dy = 0
  let t = 0
  while (strokes.length < n) {
    for (const s of src) {
      if (strokes.length >= n) break
      strokes.push({ points: s.points.map((q) => [q[0]!, q[1]! + dy, q[2] ?? 0.5, t++]) })
    }
    dy += 900
  }
  return { format: 'ink/v1', language: 'python', startedAt: Date.now() - 600_000, strokes }
}

let profiled = false
/** Drawing frame times with `strokes` strokes already on the page (`record`: the microphone on, in a browser with a fake one). */
async function drawingFrames(browser: Browser, strokes: number, aid: boolean, record = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  if (record) {
    // The switch as a candidate turns it on (remembered); resuming then records into the attempt.
    await page.goto(`${base}/#/problem/two-sum`)
    await page.getByRole('switch', { name: /Record my voice/ }).check()
  }
  await page.goto(`${base}/#/history`)
  await page.waitForTimeout(500)
  // An unfinished attempt of schema 2, in version 1's draft slot; the restore gate checks and migrates it.
  const now = Date.now()
  const a = {
    schemaVersion: 2, id: `bench${now}`, problemId: 'two-sum', problemTitle: 'Pair with a given sum', language: 'python', status: 'in-progress',
    startedAt: now - 600_000, endedAt: null, timer: { suggestedMs: 900_000, elapsedMs: 0, runningSince: now - 600_000 }, hintsRevealed: [],
    ink: bigInk(strokes), image: null, transcript: null, testRun: null, rating: null, outcome: 'unrated', updatedAt: now,
  }
  // The draft exactly as the app's autosave stores it (ink as ink/v1 text).
  await page.evaluate(async (body) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('inkterview')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    await new Promise((res, rej) => {
      const tx = db.transaction('drafts', 'readwrite')
      tx.objectStore('drafts').put(body, 'current')
      tx.oncomplete = res
      tx.onerror = () => rej(tx.error)
    })
    db.close()
  }, { ...a, ink: JSON.stringify(a.ink), image: null })
  // A fresh page load opens the database anew, which moves the draft into the attempts (storage/legacyDraft.ts);
  // the attempt's own route then resumes it on the board.
  await page.goto(`${base}/#/attempt/${a.id}`)
  await page.reload()
  await page.locator('[data-testid="tools.draw"][aria-pressed="true"]').waitFor({ timeout: 120_000 })
  if (strokes > 0) await page.waitForFunction(() => document.querySelectorAll('.tl-shape[data-shape-type="draw"]').length > 0)
  if (aid) await page.getByRole('button', { name: 'Live reading' }).click()
  if (record) await page.getByTestId('recording-status').filter({ hasText: /Recording/ }).waitFor({ timeout: 30_000 })
  await page.waitForTimeout(1500)
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __lat: number[]; __penUp: number[] }
    w.__frames = []
    w.__lat = []
    // The longest frame in the pause after each stroke (the stroke is stored when lifted: liveStroke.tsx).
    w.__penUp = []
    let down = false
    let lifted = false
    let pauseMax = 0
    let last = 0
    let pending: number[] = []
    const ch = new MessageChannel()
    let waiting: number[] = []
    ch.port1.onmessage = () => {
      const now = performance.now()
      for (const ts of waiting) w.__lat.push(now - ts)
      waiting = []
    }
    const endPause = () => {
      if (lifted) w.__penUp.push(pauseMax)
      lifted = false
    }
    ;(w as unknown as { __endPause: () => void }).__endPause = endPause
    addEventListener('pointerdown', () => (endPause(), (down = true), (last = 0)), true)
    addEventListener('pointerup', () => ((down = false), (lifted = true), (pauseMax = 0)), true)
    addEventListener('pointermove', (e) => down && pending.push(e.timeStamp), true)
    const loop = (t: number) => {
      if (down) {
        if (last) w.__frames.push(t - last)
        last = t
        // After this frame is painted, the message runs: input-to-paint for the events it showed.
        waiting.push(...pending)
        pending = []
        ch.port2.postMessage(0)
      } else if (lifted) {
        if (last) pauseMax = Math.max(pauseMax, t - last)
        last = t
      }
      requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  })
  const box = (await page.locator('.tl-canvas').boundingBox())!
  // PROFILE=file.cpuprofile: a CPU profile of the strokes below (the first drawing run only), for finding where a frame goes.
  const profile = process.env.PROFILE && !profiled ? await context.newCDPSession(page) : null
  if (profile) {
    profiled = true
    await profile.send('Profiler.enable')
    await profile.send('Profiler.start')
  }
  for (let k = 0; k < 12; k++) {
    // One word-sized stroke after another, with the pauses of writing (autosave and the reader run in them).
    const x0 = box.x + 120 + (k % 6) * 150
    const y0 = box.y + 160 + Math.floor(k / 6) * 70
    await page.mouse.move(x0, y0)
    await page.mouse.down()
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(x0 + i * 2, y0 + 14 * Math.sin(i / 5))
      await page.waitForTimeout(8)
    }
    await page.mouse.up()
    await page.waitForTimeout(400)
  }
  if (profile) writeFileSync(process.env.PROFILE!, JSON.stringify((await profile.send('Profiler.stop')).profile))
  const r = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __lat: number[]; __penUp: number[]; __endPause: () => void }
    w.__endPause()
    return { frames: w.__frames, lat: w.__lat, penUp: w.__penUp }
  })
  await context.close()
  return r
}

/** The drawing cases: live-reading aid on, off, and off with the microphone recording. */
const FRAME_CASES = ['on', 'off', 'rec'] as const
type FrameCase = (typeof FRAME_CASES)[number]

async function main() {
  const sizes = { initialJsGzipKB: Math.round(initialJsGzip().bytes / 102.4) / 10, precachedMB: Math.round(precachedBytes() / 104857.6) / 10 }
  if (process.env.SIZES_ONLY) {
    console.log(`initial JS (gzip) ${sizes.initialJsGzipKB} kB; precached ${sizes.precachedMB} MB`)
    console.log(JSON.stringify(sizes))
    return
  }
  const server = await startPreview(PORT)
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
    const toCanvas: number[] = []
    const doneToText: number[] = []
    const doneToText20: number[] = []
    const recognise20: number[] = []
    const parts20: Record<string, number>[] = []
    const startWarm: number[] = []
    const startCold: number[] = []
    // Longer reading: the engines start after 3 s of it and take seconds of CPU, so a Start at 6 s meets them loading.
    const LONGER_READS = process.env.READS_ONLY_2S ? [] : [6000, 15000]
    const startAfter: Record<number, number[]> = Object.fromEntries(LONGER_READS.map((ms) => [ms, []]))
    for (let run = 0; run < (process.env.FRAMES_ONLY || process.env.DONE_ONLY ? 0 : RUNS); run++) {
      const cw = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      const pw = await cw.newPage()
      await pw.goto(`${base}/#/problem/two-sum`)
      await pw.getByRole('button', { name: 'Start' }).waitFor()
      await pw.waitForTimeout(2000) // reading the problem: the board is prefetched meanwhile
      startWarm.push(Math.round(await startToBoard(pw, false)))
      await cw.close()
      for (const ms of LONGER_READS) {
        const cl = await browser.newContext({ viewport: { width: 1280, height: 860 } })
        const pl = await cl.newPage()
        await pl.goto(`${base}/#/problem/two-sum`)
        await pl.getByRole('button', { name: 'Start' }).waitFor()
        await pl.waitForTimeout(ms)
        startAfter[ms]!.push(Math.round(await startToBoard(pl, false)))
        await cl.close()
      }
      const cc = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      const pc = await cc.newPage()
      await pc.goto(`${base}/#/problem/two-sum`)
      await pc.getByRole('button', { name: 'Start' }).waitFor()
      startCold.push(Math.round(await startToBoard(pc, true)))
      await cc.close()
    }
    const micBrowser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] })
    const frames: Record<FrameCase, { frames: number[]; lat: number[]; penUp: number[] }> = { on: { frames: [], lat: [], penUp: [] }, off: { frames: [], lat: [], penUp: [] }, rec: { frames: [], lat: [], penUp: [] } }
    for (let run = 0; run < (process.env.START_ONLY || process.env.DONE_ONLY ? 0 : Math.min(RUNS, 3)); run++)
      // The cases take turns going first, so no case always meets the machine warmer or busier.
      for (const k of [...FRAME_CASES.slice(run % 3), ...FRAME_CASES.slice(0, run % 3)]) {
        // A run that cannot open the 3,000-stroke page is reported, not fatal to the other figures.
        const r = await drawingFrames(k === 'rec' ? micBrowser : browser, DRAW_STROKES, k === 'on', k === 'rec').catch(
          (e: Error) => (console.warn(`drawing run (${k}) failed: ${e.message.split('\n')[0]}`), null),
        )
        if (!r) continue
        frames[k].frames.push(...r.frames)
        frames[k].lat.push(...r.lat)
        frames[k].penUp.push(...r.penUp)
      }
    await micBrowser.close()
    for (let run = 0; run < (process.env.BOARD_ONLY || process.env.FRAMES_ONLY || process.env.START_ONLY ? 0 : RUNS); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      const page = await context.newPage()
      const t0 = Date.now()
      await page.goto(`${base}/#/problem/two-sum`)
      await page.getByRole('button', { name: 'Start' }).click()
      await page.locator('.tl-canvas').waitFor({ state: 'visible' })
      await page.locator('[data-testid="tools.draw"][aria-pressed="true"], [data-testid="tools.draw"][aria-checked="true"]').waitFor()
      toCanvas.push(Date.now() - t0)

      await writeInk(page, page10)
      await page.waitForTimeout(1500) // the candidate looks over the page before pressing Done
      const t1 = Date.now()
      await page.getByRole('button', { name: 'Done' }).click()
      await page.getByRole('textbox', { name: 'Transcript of your answer' }).waitFor({ timeout: 120_000 })
      doneToText.push(Date.now() - t1)
      await context.close()

      // 20 lines, on a board tall enough that the whole page stays above the band where the
      // view moves on (strokes go to fixed screen points: a moved view would displace the rest).
      const c20 = await browser.newContext({ viewport: { width: 1280, height: 1800 } })
      const p20 = await c20.newPage()
      await p20.goto(`${base}/#/problem/two-sum`)
      await p20.getByRole('button', { name: 'Start' }).click()
      await p20.locator('[data-testid="tools.draw"][aria-pressed="true"], [data-testid="tools.draw"][aria-checked="true"]').waitFor()
      await writeInk(p20, page20 as never, { margin: 40, scale: 0.85, speed: WRITE_SPEED })
      await p20.waitForTimeout(1500)
      const t2 = Date.now()
      await p20.getByRole('button', { name: 'Done' }).click()
      await p20.getByRole('textbox', { name: 'Transcript of your answer' }).waitFor({ timeout: 120_000 })
      doneToText20.push(Date.now() - t2)
      const lines = (await p20.getByRole('textbox', { name: 'Transcript of your answer' }).innerText()).split('\n').length
      if (lines < 18) throw new Error(`20-line page read as ${lines} lines`)
      const m = await p20.evaluate(() => {
        const e = performance.getEntriesByName('inkterview:recognise').at(-1) as PerformanceMeasure | undefined
        return { ms: e?.duration ?? NaN, detail: e?.detail as Record<string, number> | undefined }
      })
      recognise20.push(Math.round(m.ms))
      if (m.detail) parts20.push(m.detail)
      await c20.close()
    }
    await browser.close()
    const js = initialJsGzip()
    const fr = (k: FrameCase) => ({
      frameP50: round1(pct(frames[k].frames, 0.5)),
      frameP95: round1(pct(frames[k].frames, 0.95)),
      inputToPaintP50: round1(pct(frames[k].lat, 0.5)),
      inputToPaintP95: round1(pct(frames[k].lat, 0.95)),
      frames: frames[k].frames.length,
      // p95 lands on a multiple of the frame interval and flips between 33 and 50 ms with noise: the share of frames that missed their slot is steadier.
      longFramesPct: round1((100 * frames[k].frames.filter((f) => f > 20).length) / Math.max(1, frames[k].frames.length)),
      // The longest frame in the pause after each stroke, where the stroke joins the page.
      penUpFrameP50: round1(pct(frames[k].penUp, 0.5)),
      penUpFrameMax: frames[k].penUp.length ? round1(Math.max(...frames[k].penUp)) : NaN,
    })
    const result = {
      ...sizes,
      startToBoardMs: median(startWarm),
      startToBoardAfterReadingMs: Object.fromEntries(LONGER_READS.map((ms) => [`${ms / 1000}s`, median(startAfter[ms]!)])),
      coldNavToBoardMs: median(startCold),
      drawStrokes: DRAW_STROKES,
      drawing3000LiveOn: fr('on'),
      drawing3000LiveOff: fr('off'),
      drawing3000Recording: fr('rec'),
      navToCanvasMs: median(toCanvas),
      doneToTranscriptMs: median(doneToText),
      doneToTranscript20Ms: median(doneToText20),
      recognise20Ms: median(recognise20),
      writeSpeed: WRITE_SPEED,
      runs: RUNS,
    }
    console.log(`initial JS (gzip)        ${result.initialJsGzipKB} kB   (${js.files.join(', ')})`)
    console.log(`precached (sw.js)        ${result.precachedMB} MB`)
    console.log(`Start -> board takes ink median ${result.startToBoardMs} ms   runs ${startWarm.join(', ')} (problem page open 2 s first)`)
    for (const ms of LONGER_READS) console.log(`Start -> board takes ink median ${median(startAfter[ms]!)} ms   runs ${startAfter[ms]!.join(', ')} (problem page open ${ms / 1000} s first)`)
    console.log(`cold nav -> board        median ${result.coldNavToBoardMs} ms   runs ${startCold.join(', ')} (from navigation start, Start pressed at once)`)
    for (const k of FRAME_CASES) {
      const f = fr(k)
      console.log(`drawing, ${DRAW_STROKES} strokes, ${k === 'rec' ? 'recording, aid off' : `live aid ${k.padEnd(3)}`}: frame p50 ${f.frameP50} / p95 ${f.frameP95} ms; input-to-paint p50 ${f.inputToPaintP50} / p95 ${f.inputToPaintP95} ms; ${f.longFramesPct}% of ${f.frames} frames over 20 ms; longest frame after a stroke is lifted: p50 ${f.penUpFrameP50} / max ${f.penUpFrameMax} ms (${frames[k].penUp.length} strokes)`)
    }
    console.log(`navigation -> canvas     median ${result.navToCanvasMs} ms   runs ${toCanvas.join(', ')}`)
    console.log(`Done -> transcript       median ${result.doneToTranscriptMs} ms   runs ${doneToText.join(', ')} (11-line page)`)
    console.log(`Done -> transcript       median ${result.doneToTranscript20Ms} ms   runs ${doneToText20.join(', ')} (20-line page, written live at ${WRITE_SPEED}x)`)
    console.log(`  of which recognising   median ${result.recognise20Ms} ms   runs ${recognise20.join(', ')} (20-line page)`)
    const part = (k: string) => Math.round(median(parts20.map((p) => p[k] ?? NaN)))
    if (parts20.length)
      console.log(`    medians: waiting for live reading ${part('waitLiveMs')} ms, lines ${part('prepareMs')} ms, ${part('reads')} readings ${part('readMs')} ms, finishing ${part('finishMs')} ms`)
    console.log(JSON.stringify(result))
  } finally {
    server.stop()
  }
}

await main()
