// Done to transcript, two builds alternated run by run on one machine (only a same-session A/B
// is worth comparing here). Each run writes bench:app's 20-line page (py8 and py4 of
// synthetic-neat, one under the other) live at WRITE_SPEED times its pace, waits 1.5 s, presses
// Done, and prints the recogniser's share ('inkterview:recognise' and its timings: readings
// left for Done, waiting for live reading) and the CER of the transcript (blank lines aside) against the two pages' text.
// OLD=dir NEW=dir (vite build --outDir), RUNS (default 3), WRITE_SPEED (default 2).
import { serve, turns, median } from './builds.ts'
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.ts'
import { writeInk } from '../../tests/e2e/drawing.ts'
import { cer } from '../../src/core/ink/cer.ts'

type Pt = number[]
const readInk = (f: string) => JSON.parse(readFileSync(`tests/fixtures/ink/synthetic-neat/${f}.ink.json`, 'utf8')) as { text: string; strokes: { points: Pt[] }[] }
const pages = [readInk('py8'), readInk('py4')]
const strokes: { points: Pt[] }[] = []
let dy = 0, dt = 0
for (const p of pages) {
  const ys = p.strokes.flatMap((s) => s.points.map((q) => q[1]!))
  const ts = p.strokes.flatMap((s) => s.points.map((q) => q[3] ?? 0))
  const top = Math.min(...ys)
  for (const s of p.strokes) strokes.push({ points: s.points.map((q) => [q[0]!, q[1]! - top + dy, q[2] ?? 0.5, (q[3] ?? 0) + dt]) })
  dy += Math.max(...ys) - top + 50
  dt += Math.max(...ts) + 2000
}
const page20 = { format: 'ink/v1', language: 'python', strokes }
const ref = pages.map((p) => p.text.trimEnd()).join('\n')
const written = (t: string) => t.split('\n').filter((l) => l.trim()).join('\n')
const dirs = { A: process.env.OLD!, B: process.env.NEW! }
const stops = [await serve(dirs.A, 4191), await serve(dirs.B, 4192)]
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const res: Record<string, { ms: number; cer: number; detail: Record<string, unknown> }[]> = { A: [], B: [] }
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
    for (const [k, port] of turns(run)) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 1800 } }) // as bench:app: the page stays above the band where the view moves on
      const page = await ctx.newPage()
      await page.goto(`http://127.0.0.1:${port}/#/problem/two-sum`)
      await page.getByRole('button', { name: 'Start' }).click()
      await page.locator('[data-testid="tools.draw"][aria-pressed="true"], [data-testid="tools.draw"][aria-checked="true"]').waitFor()
      await writeInk(page, page20 as never, { margin: 40, scale: 0.85, speed: Number(process.env.WRITE_SPEED ?? 2) })
      await page.waitForTimeout(1500)
      await page.getByRole('button', { name: 'Done' }).click()
      const box = page.getByRole('textbox', { name: 'Transcript of your answer' })
      await box.waitFor({ timeout: 120_000 })
      const text = await box.inputValue().catch(() => box.innerText())
      const m = await page.evaluate(() => {
        const e = performance.getEntriesByName('inkterview:recognise').at(-1) as PerformanceMeasure | undefined
        return { ms: e?.duration ?? NaN, detail: (e?.detail ?? {}) as Record<string, unknown> }
      })
      if (process.env.DUMP) console.log(text)
      const c = cer(written(text), written(ref))
      res[k]!.push({ ms: Math.round(m.ms), cer: c, detail: m.detail })
      console.log(k, Math.round(m.ms), 'ms', `CER ${(100 * c).toFixed(1)}%`, JSON.stringify(m.detail))
      await ctx.close()
    }
  }
  for (const k of ['A', 'B'] as const)
    console.log(`${k} ${dirs[k]}: recogniser median ${median(res[k]!.map((r) => r.ms))} ms, CER median ${(100 * median(res[k]!.map((r) => r.cer))).toFixed(1)}%, readings left median ${median(res[k]!.map((r) => Number(r.detail.reads)))}`)
} finally {
  await browser.close()
  for (const s of stops) s()
}
