// Thinking aloud in WebKit (the iPad's engine): WebKit records AAC in MP4, not
// Opus in WebM as Chromium does, so the recorder takes its other path here.
// MiniBrowser's mock microphone (--enable-mock-capture-devices, set in app.ts)
// stands in for a real one: record while writing, find the chunks stored as
// they come, keep them across a reload, and play them back on the review.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { app } from './app'
import { audioMetaInPage } from '../audio-meta'

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')
// Two strokes are enough to make an attempt; the loop spec writes a whole page.
const twoStrokes = { ...ink, strokes: ink.strokes.slice(0, 2) }

const audioMeta = () => app.evaluate(audioMetaInPage)

test('[webkit] records the voice as AAC while writing, keeps it across a reload, and the review plays it', async () => {
  await app.goto('/#/problem/two-sum')
  const mic = await app.byRole('switch', /Record my voice/)
  expect(await mic.isSelected(), 'the microphone is off until turned on').toBe(false)
  await mic.click()
  await app.click('button', 'Start')
  await app.waitFor('the board', () => app.evaluate(() => !!document.querySelector('.tl-canvas')), 90_000)
  await app.waitFor('the recording to run', async () => /Recording/.test(await (await app.driver.findElement({ css: '[data-testid="recording-status"]' })).getText()), 30_000)
  await app.waitFor('the board to take ink', () => app.evaluate(() => !!document.querySelector('[role="timer"].timer-running')), 60_000)
  await app.writeInk(twoStrokes, { pointer: 'pen' })

  // Chunks are stored as they come, in the codec WebKit records.
  const first = await app.waitFor('three stored chunks', async () => {
    const m = await audioMeta()
    return m && m.chunks >= 3 ? m : null
  }, 30_000)
  expect(first.bytes).toBeGreaterThan(1000)
  expect(first.sessions[0]!.mimeType, 'WebKit records AAC in MP4').toMatch(/^audio\/mp4/)

  // A reload keeps what was said and records on into the same attempt.
  await app.reload()
  await app.waitFor('the recording to run again', async () => /Recording/.test(await (await app.driver.findElement({ css: '[data-testid="recording-status"]' })).getText()), 60_000)
  const again = await app.waitFor('a second recording', async () => {
    const m = await audioMeta()
    return m && m.sessions.length === 2 && m.sessions[1]!.bytes > 0 ? m : null
  }, 30_000)
  expect(again.sessions[0]!.bytes).toBeGreaterThanOrEqual(first.sessions[0]!.bytes)

  await app.click('button', 'Done')
  await app.waitFor('the review', async () => !!(await app.driver.findElements({ css: '[data-testid="talk-figures"]' }))[0], 120_000)
  await app.waitForText(await app.driver.findElement({ css: '[data-testid="recording-facts"]' }), '2 recordings', 30_000)
  await app.waitForText(await app.driver.findElement({ css: '[data-testid="talk-figures"]' }), /of the \d+:\d\d recorded/, 30_000)

  // Play: the voice plays along with the ink at the chosen speed, its pitch kept.
  const speed = await app.byRole('combobox', /^Speed/)
  await speed.findElement({ css: 'option[value="2"]' }).click()
  await app.click('button', /^(Play|Replay)$/)
  const playing = await app.waitFor('the voice to play', () =>
    app.evaluate(() => {
      const a = document.querySelector<HTMLAudioElement>('[data-testid="replay-audio"]')
      return a && !a.paused && a.currentTime > 0.2 ? { rate: a.playbackRate, pitch: a.preservesPitch } : null
    }), 20_000)
  expect(playing).toEqual({ rate: 2, pitch: true })
  await app.click('button', 'Pause')
})
