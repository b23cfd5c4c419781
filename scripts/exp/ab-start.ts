// Start to a board, two builds alternated run by run on one machine (a noisy one: only a
// same-session A/B is worth comparing). OLD=dir NEW=dir (vite build --outDir), RUNS, READ_MS (reading time before Start).
import { serve, turns, median } from './builds.ts'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.ts'

const dirs = { A: process.env.OLD!, B: process.env.NEW! }
const stops = [await serve(dirs.A, 4191), await serve(dirs.B, 4192)]
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const res: Record<string, number[]> = { A: [], B: [] }
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 6); run++) {
    for (const [k, port] of turns(run)) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      const page = await ctx.newPage()
      await page.goto(`http://127.0.0.1:${port}/#/problem/two-sum`)
      await page.getByRole('button', { name: 'Start' }).waitFor()
      await page.waitForTimeout(Number(process.env.READ_MS ?? 2000))
      const ms = await page.evaluate(() => {
        const ready = () => !!document.querySelector('.practice-board .tl-canvas') && !!document.querySelector('.practice-board [data-testid="tools.draw"][aria-pressed="true"]')
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')!
        const t0 = performance.now()
        button.click()
        return new Promise<number>((res) => {
          const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); res(performance.now() - t0) } })
          mo.observe(document.body, { subtree: true, childList: true, attributes: true })
        })
      })
      res[k]!.push(Math.round(ms))
      await ctx.close()
    }
  }
  console.log(`A ${dirs.A}: median ${median(res.A!)} runs ${res.A!.join(', ')}`)
  console.log(`B ${dirs.B}: median ${median(res.B!)} runs ${res.B!.join(', ')}`)
} finally {
  await browser.close()
  for (const s of stops) s()
}
