// npm run bench:app — what a candidate feels, measured in headless Chromium
// against the production build (run `npm run build` first):
//  - initial JS (gzip) the home page loads before it is usable;
//  - navigation to a usable canvas (problem page opened, Start pressed, draw tool live);
//  - Done to transcript for a written page (py8: 11 lines of Python), live OCR included.
// Medians over RUNS fresh browser contexts; prints a table, then one JSON line.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
import { writeInk } from '../tests/e2e/drawing.ts'

const RUNS = Number(process.env.RUNS ?? 5)
const PORT = 4179
const base = `http://127.0.0.1:${PORT}`
const page10 = JSON.parse(readFileSync('tests/fixtures/ink/synthetic-neat/py8.ink.json', 'utf8'))

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
    }
    await browser.close()
    const js = initialJsGzip()
    const result = {
      initialJsGzipKB: Math.round(js.bytes / 102.4) / 10,
      navToCanvasMs: median(toCanvas),
      doneToTranscriptMs: median(doneToText),
      runs: RUNS,
    }
    console.log(`initial JS (gzip)        ${result.initialJsGzipKB} kB   (${js.files.join(', ')})`)
    console.log(`navigation -> canvas     median ${result.navToCanvasMs} ms   runs ${toCanvas.join(', ')}`)
    console.log(`Done -> transcript       median ${result.doneToTranscriptMs} ms   runs ${doneToText.join(', ')} (11-line page)`)
    console.log(JSON.stringify(result))
  } finally {
    server.kill()
  }
}

await main()
