// Thinking aloud, on the record (issue 13), in the production build with
// Chromium's fake microphone: the switch, recording while the clock runs with
// chunks stored as they come, a reload that keeps what was said and records on
// into the same attempt, the review playing it with talk figures; and a
// refused or missing microphone that leaves the attempt to go on and save.
import type { Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'
import { expect, test } from './fixtures'
import { audioMetaInPage } from '../audio-meta'

test.use({
  launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] },
})

/** The audio-meta record of the attempt in the page's URL (null: nothing recorded). */
const audioMeta = (page: Page) => page.evaluate(audioMetaInPage)

async function draw(page: Page, dx = 0) {
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const box = (await page.locator('.tl-canvas').boundingBox())!
  await page.mouse.move(box.x + 120 + dx, box.y + 120)
  await page.mouse.down()
  await page.mouse.move(box.x + 200 + dx, box.y + 160, { steps: 6 })
  await page.mouse.move(box.x + 220 + dx, box.y + 220, { steps: 6 })
  await page.mouse.up()
}

test('records the voice during an attempt, keeps it across a reload, and the review plays it with talk figures', async ({ page }) => {
  test.slow() // two boards, OCR at Done and real-time recording, on a shared machine
  await page.goto('/#/problem/two-sum')
  const mic = page.getByRole('switch', { name: /Record my voice/ })
  await expect(mic).not.toBeChecked() // off until the candidate turns it on
  await mic.check()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const t0 = Date.now()
  await draw(page)

  // Chunks are stored as they come (one each 2 s), not at the end.
  await expect.poll(async () => (await audioMeta(page))?.chunks ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
  const first = (await audioMeta(page))!
  const seconds = (Date.now() - t0) / 1000
  const lags = await page.evaluate(() => performance.getEntriesByName('inkterview:audio-save').map((e) => e.duration))
  console.log(
    `[voice] fake microphone: ${first.bytes} bytes in ${first.chunks} chunks over ~${seconds.toFixed(1)} s = ~${Math.round((first.bytes / seconds) * 60)} bytes/min; ` +
      `save lag after the recorder hands a chunk over: median ${median(lags).toFixed(1)} ms, max ${Math.max(...lags).toFixed(1)} ms (${lags.length} chunks)`,
  )
  expect(first.sessions).toHaveLength(1)
  expect(first.bytes).toBeGreaterThan(1000)
  // Loudness is measured while recording (20 ms frames), so the review need not decode the audio.
  const s0 = first.sessions[0]!
  console.log(`[voice] energy frames: ${s0.frames} (${s0.frames * 20} ms) for ${s0.endMs} ms of audio`)
  expect(s0.frames * 20).toBeGreaterThan(s0.endMs * 0.8)

  // A reload ends that recording; the board comes back and records on into the same attempt.
  await page.reload()
  await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
  await expect.poll(async () => (await audioMeta(page))?.sessions.length ?? 0, { timeout: 20_000 }).toBe(2)
  const afterReload = (await audioMeta(page))!
  expect(afterReload.sessions[0]!.bytes).toBeGreaterThanOrEqual(first.sessions[0]!.bytes) // what was said before the reload is kept
  await draw(page, 150)
  await page.waitForTimeout(3000)

  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
  await expect(page.getByTestId('recording-facts')).toContainText('2 recordings', { timeout: 30_000 })
  const talk = page.getByTestId('talk-figures')
  await expect(talk).toContainText(/Speaking \d+% of the \d+:\d\d recorded/)
  await expect(talk).toContainText('Longest silence')
  console.log(`[voice] talk figures on the fake microphone's beeps: ${(await talk.locator('ul').innerText()).replace(/\n/g, '; ')}`)
  await expect(page.getByTestId('timeline-speaking')).toBeAttached()
  const analysis = await page.evaluate(() => performance.getEntriesByName('inkterview:voice-analysis').map((e) => e.duration))
  console.log(`[voice] decoding and measuring the recordings on the review: ${analysis.map((d) => d.toFixed(0)).join(', ')} ms`)

  // Play: the voice plays along with the ink from where the replay stands, at the chosen speed, pitch kept.
  const replay = page.getByRole('region', { name: /Replay of the writing and your voice/ }).or(page.locator('.replay'))
  await replay.getByRole('combobox', { name: 'Speed' }).selectOption('2')
  await replay.getByRole('button', { name: /^(Play|Replay)$/ }).click()
  const audio = page.getByTestId('replay-audio')
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => (el.paused ? -1 : el.currentTime)), { timeout: 10_000 }).toBeGreaterThan(0.2)
  expect(await audio.evaluate((el: HTMLAudioElement) => [el.playbackRate, el.preservesPitch])).toEqual([2, true])
  await replay.getByRole('button', { name: 'Pause' }).click()
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.paused)).toBe(true)

  // The switch is remembered, and Settings counts the recordings.
  await page.goto('/#/problem/two-sum')
  await expect(page.getByRole('switch', { name: /Record my voice/ })).toBeChecked()
  await page.goto('/#/settings')
  await expect(page.getByTestId('recordings-usage')).toContainText(/KB in the recordings of 1 attempt/)
})

for (const [what, name, message] of [
  ['permission denied', 'NotAllowedError', 'Microphone permission was denied'],
  ['no microphone', 'NotFoundError', 'No microphone was found'],
] as const) {
  test(`${what}: one line says so, and the attempt goes on and saves`, async ({ page }) => {
    // The refusal as the browser reports it (a real prompt cannot be answered "no" in headless Chromium).
    await page.addInitScript((n) => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', n))
    }, name)
    await page.goto('/#/problem/two-sum')
    await page.getByRole('switch', { name: /Record my voice/ }).check()
    await page.getByRole('button', { name: 'Start' }).click()
    await expect(page.getByTestId('recording-message')).toHaveText(new RegExp(`^${message}`))
    await expect(page.getByTestId('recording-status')).toHaveCount(0)
    await expect(page.locator('.tl-canvas')).toBeVisible()
    await draw(page)
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })
    expect(await audioMeta(page)).toBeNull()
    await page.goto('/#/history')
    await expect(page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('link', { name: 'Pair with a given sum' })).toBeVisible()
  })
}

test('phases move with a tap or Alt+arrow, Clarify answers questions, and the review shows both', async ({ page }) => {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.tl-canvas')).toBeVisible()
  const phases = page.getByRole('group', { name: /Phase of your answer/ })
  await expect(phases.getByRole('button', { name: /^Clarify/ })).toHaveAttribute('aria-pressed', 'true') // a new answer opens in Clarify

  const ask = page.getByRole('region', { name: 'Ask the interviewer' })
  await ask.getByRole('combobox', { name: 'Ask the interviewer' }).fill('can i use one invoice twice, like 500+500?')
  await ask.getByRole('button', { name: 'Ask' }).click()
  await expect(page.getByTestId('ask-replies')).toContainText('Not the same invoice')
  await ask.getByRole('combobox', { name: 'Ask the interviewer' }).fill('Which database will this run on?')
  await ask.getByRole('button', { name: 'Ask' }).click()
  await expect(page.getByTestId('ask-replies')).toContainText('that isn’t specified')

  await phases.getByRole('button', { name: /^Plan/ }).click()
  await expect(phases.getByRole('button', { name: /^Plan/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(ask).toHaveCount(0) // asking belongs to Clarify
  await page.keyboard.press('Alt+ArrowRight')
  await expect(phases.getByRole('button', { name: /^Code/ })).toHaveAttribute('aria-pressed', 'true')
  await draw(page)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('region', { name: 'Handwriting' })).toBeVisible({ timeout: 90_000 })

  const report = page.getByTestId('phase-report')
  await expect(report.getByRole('row')).toHaveCount(6) // a header and the five phases
  await expect(report.getByRole('row', { name: /^Clarify/ })).toContainText('15%')
  await expect(page.getByTestId('timeline-phases')).toBeAttached()
  const questions = page.getByTestId('questions-asked')
  await expect(questions).toContainText('can i use one invoice twice, like 500+500?')
  await expect(questions).toContainText('Which database will this run on?')
  await expect(questions).toContainText('Important questions asked: 1 of')
  await expect(questions.getByRole('list').last()).toContainText('Is there always exactly one matching pair?')
})

test('interview mode states the problem briefly; asking reveals the details', async ({ page }) => {
  await page.goto('/#/problem/binary-search')
  await page.getByRole('checkbox', { name: /Interview mode/ }).check()
  const brief = page.getByTestId('interview-brief')
  await expect(brief).toContainText('find where it sits')
  await expect(page.getByText('ascending', { exact: false })).toHaveCount(0) // the detail is for asking
  await page.getByRole('button', { name: 'Start' }).click()
  const ask = page.getByRole('region', { name: 'Ask the interviewer' })
  await ask.getByRole('combobox', { name: 'Ask the interviewer' }).fill('is the list sorted?')
  await ask.getByRole('button', { name: 'Ask' }).click()
  await expect(page.getByTestId('ask-replies')).toContainText('Yes, ascending.')
  await page.getByRole('button', { name: 'Problem' }).click()
  await expect(page.getByTestId('revealed-details')).toContainText('Yes, ascending.')
  await page.getByTestId('interview-brief').getByRole('button', { name: 'Show the full statement' }).click()
  await expect(page.getByTestId('interview-brief')).toHaveCount(0)
})

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)]! : NaN
}
