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
// Medians over RUNS fresh browser contexts; prints a table, then one JSON line.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
import { writeInk } from '../tests/e2e/drawing.ts'

const RUNS = Number(process.env.RUNS ?? 5)
const WRITE_SPEED = Number(process.env.WRITE_SPEED ?? 2)
const PORT = 4179
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

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  })
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
    const toCanvas: number[] = []
    const doneToText: number[] = []
    const doneToText20: number[] = []
    const recognise20: number[] = []
    const parts20: Record<string, number>[] = []
    for (let run = 0; run < RUNS; run++) {
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

      // 20 lines, on a taller board.
      const c20 = await browser.newContext({ viewport: { width: 1280, height: 1500 } })
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
    const result = {
      initialJsGzipKB: Math.round(js.bytes / 102.4) / 10,
      navToCanvasMs: median(toCanvas),
      doneToTranscriptMs: median(doneToText),
      doneToTranscript20Ms: median(doneToText20),
      recognise20Ms: median(recognise20),
      writeSpeed: WRITE_SPEED,
      runs: RUNS,
    }
    console.log(`initial JS (gzip)        ${result.initialJsGzipKB} kB   (${js.files.join(', ')})`)
    console.log(`navigation -> canvas     median ${result.navToCanvasMs} ms   runs ${toCanvas.join(', ')}`)
    console.log(`Done -> transcript       median ${result.doneToTranscriptMs} ms   runs ${doneToText.join(', ')} (11-line page)`)
    console.log(`Done -> transcript       median ${result.doneToTranscript20Ms} ms   runs ${doneToText20.join(', ')} (20-line page, written live at ${WRITE_SPEED}x)`)
    console.log(`  of which recognising   median ${result.recognise20Ms} ms   runs ${recognise20.join(', ')} (20-line page)`)
    const part = (k: string) => Math.round(median(parts20.map((p) => p[k] ?? NaN)))
    if (parts20.length)
      console.log(`    medians: waiting for live reading ${part('waitLiveMs')} ms, lines ${part('prepareMs')} ms, ${part('reads')} readings ${part('readMs')} ms, finishing ${part('finishMs')} ms`)
    console.log(JSON.stringify(result))
  } finally {
    server.kill()
  }
}

await main()
