// OCR in the production build (CSP on, assets from our own origin): a
// six-line handwritten Python function written with real pointer events is
// read line by line while writing; after Done the transcript is close to what
// was written, indentation included. Done-to-transcript time is reported.
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { readInk } from '../../src/core/ink/ink'
import { cer } from '../../src/core/ink/cer'
import { writeInk } from './drawing'

const page6 = readInk(
  JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py2.ink.json', import.meta.url), 'utf8')),
  'py2.ink.json',
)

test('a handwritten function is read in the browser with its indentation', async ({ page }) => {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.tl-canvas')).toBeVisible()
  await writeInk(page, page6)
  // Let the live reader catch up with the finished lines, as a writer pausing would.
  await page.waitForTimeout(3000)
  const t0 = Date.now()
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page).toHaveURL(/#\/attempt\//, { timeout: 90_000 })
  // The attempt's URL is the board's too; the review's panes mean Done has finished.
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  const transcript = page.getByRole('textbox', { name: 'Transcript of your answer' })
  await expect(transcript).toBeVisible()
  await expect.poll(async () => (await transcript.innerText()).trim().length, { timeout: 60_000 }).toBeGreaterThan(10)
  const ms = Date.now() - t0
  const read = (await transcript.innerText()).replace(/\u00a0/g, ' ')
  // The recogniser's own time after Done (the attempt keeps it as transcript.ocrMs).
  const ocrMs = await page.evaluate(async () => {
    const found: number[] = []
    for (const d of await indexedDB.databases()) {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open(d.name!)
        r.onsuccess = () => res(r.result)
        r.onerror = () => rej(r.error)
      })
      for (const name of Array.from(db.objectStoreNames)) {
        const all: unknown[] = await new Promise((res) => {
          const r = db.transaction(name).objectStore(name).getAll()
          r.onsuccess = () => res(r.result)
          r.onerror = () => res([])
        })
        for (const v of all) {
          const m = /"ocrMs":(\d+)/.exec(typeof v === 'string' ? v : JSON.stringify(v) ?? '')
          if (m) found.push(Number(m[1]))
        }
      }
      db.close()
    }
    return found.length ? found[found.length - 1] : null
  })
  test.info().annotations.push({ type: 'done-to-review-ms', description: String(ms) }, { type: 'ocr-ms', description: String(ocrMs) })
  console.log(`OCR e2e: Done -> review screen ${ms} ms (recogniser ${ocrMs} ms); CER ${(100 * cer(read, page6.text!)).toFixed(1)}%\n${read}`)
  // Measured 0-3% in Node on this page; the canvas resamples strokes, so allow more.
  expect(cer(read, page6.text!)).toBeLessThan(0.2)
  expect(read).toMatch(/\n {8}if /)
})
