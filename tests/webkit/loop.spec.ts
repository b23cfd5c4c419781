// The practice loop in WebKit (the iPad's engine), written with a pen: open a
// problem, Start, write with pen pointer events, Done, read the transcript,
// reload, find the attempt in History and open it again.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { app } from './app'

const page = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')
const shapes = () => app.evaluate(() => document.querySelectorAll('.tl-shape[data-shape-type="draw"]').length)

test('[webkit] write an answer with a pen, get a transcript, find it in History after a reload', async () => {
  await app.goto('/#/problem/two-sum')
  const h1 = await app.waitFor('the problem title', async () => (await app.driver.findElements({ css: 'h1' }))[0])
  const title = (await h1.getText()).trim()
  expect(title.length).toBeGreaterThan(3)
  await app.click('button', 'Start')
  await app.waitFor('the clock to run', async () => /^1[45]:\d\d$/.test(await (await app.driver.findElement({ css: '[data-testid="timer-clock"]' })).getText()))

  // What reaches the page: every pointerdown the board sees, with its type and pressure.
  // tldraw is the largest chunk, loaded on Start; give it time on a busy machine.
  await app.waitFor('the board', () => app.evaluate(() => !!document.querySelector('.tl-canvas')), 90_000)
  await app.evaluate(() => {
    const seen: { type: string; pressure: number }[] = []
    ;(window as unknown as { seenPointers: typeof seen }).seenPointers = seen
    // On the document: tldraw may mount its canvas element anew while loading.
    document.addEventListener(
      'pointerdown',
      (e) => {
        if ((e.target as Element | null)?.closest?.('.tl-canvas')) seen.push({ type: e.pointerType, pressure: e.pressure })
      },
      { capture: true },
    )
  })
  await app.writeInk(page, { pointer: 'pen' })
  const seen = await app.evaluate(() => (window as unknown as { seenPointers: { type: string; pressure: number }[] }).seenPointers)
  expect(seen.length, 'one pointerdown per stroke').toBe(page.strokes.length)
  expect(new Set(seen.map((p) => p.type)), 'the board saw a pen, not a mouse').toEqual(new Set(['pen']))
  expect(seen.every((p) => p.pressure > 0), 'a pen touching the board presses on it').toBe(true)
  // Every stroke became ink on the board.
  await app.waitFor(`${page.strokes.length} strokes on the board`, async () => (await shapes()) === page.strokes.length)

  await app.click('button', 'Done')
  await app.waitFor('the review', async () => /#\/attempt\//.test(await app.url()), 120_000)
  const attemptUrl = await app.url()
  const transcript = await app.byRole('textbox', 'Transcript of your answer')
  const read = await app.waitForText(transcript, 'return', 90_000)
  expect(read.trim().length).toBeGreaterThan(10)
  const image = await app.byRole('img', /^Your handwritten answer/)
  await app.waitFor('the picture of the page', async () => Number(await image.getProperty('naturalWidth')) > 50)

  await app.reload()
  await app.goto('/#/history')
  const entry = await app.waitFor('an attempt in History', async () => (await app.driver.findElements({ css: '[aria-label="Attempts, newest first"] li' }))[0])
  await app.waitForText(entry, title)
  await entry.findElement({ css: 'a' }).click()
  await app.waitFor('the attempt again', async () => (await app.url()) === attemptUrl)
  await app.waitForText(await app.byRole('textbox', 'Transcript of your answer'), 'return')
})
