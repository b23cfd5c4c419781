// The interview day, aloud (issue 15), in the production build with
// Chromium's fake microphone: a spoken answer recorded with the board's
// recorder, played back with its talk figures, counted in Settings and
// deleted with its answer; a refused microphone that leaves the answer to
// save; and a short mock interview of a fix-this-code task (given buggy code,
// corrected in the editor, its tests run), a small build (a backend problem),
// questions aloud and questions asked back (both recorded), whose report plays
// them and which History deletes with its answers and recordings.
import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'
import { expect, test } from './fixtures'

test.use({
  launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] },
})

const QUESTION = 'Tell me about yourself.'

/** The problems on disk, by title: id, category, and their JavaScript reference. */
const BANK = new Map(
  readdirSync('problems', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const p = JSON.parse(readFileSync(`problems/${d.name}/problem.json`, 'utf8')) as { id: string; title: string; category: string }
      let js: string | null = null
      try {
        js = readFileSync(`problems/${d.name}/solution.js`, 'utf8')
      } catch {
        // not every problem has one
      }
      return [p.title, { id: p.id, category: p.category, js }] as const
    }),
)

/** The audio-meta records of these recording ids (null where none is stored). */
function audioMeta(page: Page, ids: string[]): Promise<({ bytes: number; chunks: number } | null)[]> {
  return page.evaluate(async (keys) => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
    const db = await req(indexedDB.open('inkterview'))
    try {
      const store = db.transaction('audio-meta').objectStore('audio-meta')
      return Promise.all(keys.map(async (k) => ((await req(store.get(k))) as { bytes: number; chunks: number } | undefined) ?? null))
    } finally {
      db.close()
    }
  }, ids)
}

/** A stored record of one of the interview's stores. */
function stored<T>(page: Page, store: string, id: string): Promise<T | undefined> {
  return page.evaluate(
    async ([s, key]) => {
      const req = <R,>(r: IDBRequest<R>) => new Promise<R>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
      const db = await req(indexedDB.open('inkterview'))
      try {
        return (await req(db.transaction(s!).objectStore(s!).get(key!))) as T | undefined
      } finally {
        db.close()
      }
    },
    [store, id],
  )
}

const answerIdOf = (page: Page) => /#\/answer\/([^/?#]+)$/.exec(page.url())?.[1] ?? ''

test('a spoken answer is recorded as it is said, played back with its talk figures, counted in Settings, and deleted with its answer', async ({ page }) => {
  test.slow() // real-time recording on a shared machine
  await page.goto('/#/questions')
  await page.getByLabel('Thinking time (seconds)').fill('1')
  await page.getByRole('button', { name: `Answer: ${QUESTION}` }).click()
  await expect(page).toHaveURL(/#\/answer\/ans-/)
  const id = answerIdOf(page)
  const mic = page.getByRole('switch', { name: 'Record my answer' })
  await expect(mic).not.toBeChecked() // off until the candidate turns it on
  await mic.check()
  // Recording starts with the answer, after the thinking time.
  await expect(page.getByTestId('answer-clock')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
  // Chunks are stored as they come (one each 2 s), not at Done.
  await expect.poll(async () => (await audioMeta(page, [id]))[0]?.chunks ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
  expect((await stored<{ recordingId: string | null }>(page, 'interview-answers', id))?.recordingId).toBe(id)
  await page.waitForTimeout(2000)
  await page.getByRole('button', { name: 'Done' }).click()

  // The review plays it back, with figures measured from voice activity.
  await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible()
  const player = page.getByTestId('recording-players').locator('audio')
  await expect(player).toHaveCount(1)
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 10_000 }).toBeGreaterThanOrEqual(1)
  const talk = page.getByTestId('talk-figures')
  await expect(talk).toContainText(/Speaking\s*\d+% of the answer/)
  await expect(talk).toContainText('First word after')
  await expect(talk).toContainText('Longest silence')
  await expect(talk).toContainText(/Speaking rate\s*[\d.]+ phrases a minute/)
  console.log(`[day] spoken answer's figures on the fake microphone: ${(await talk.innerText()).replace(/\n/g, ' ')}`)
  // Measured once, kept on the answer.
  await expect.poll(async () => (await stored<{ talk: { speakingMs?: number } | null }>(page, 'interview-answers', id))?.talk?.speakingMs).toBeGreaterThanOrEqual(0)

  await page.goto('/#/settings')
  await expect(page.getByTestId('recordings-usage')).toContainText(/KB in the recordings of 1 spoken answer$/)

  // Deleting the answer deletes its recording.
  await page.goto(`/#/answer/${id}`)
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Delete this answer' }).click()
  await expect(page).toHaveURL(/#\/questions\/tell-me-about-yourself$/)
  expect(await audioMeta(page, [id])).toEqual([null])
  await page.goto('/#/settings')
  await expect(page.getByTestId('recordings-usage')).toHaveText('No recordings stored.')
})

test('a refused microphone on the answering screen: one line says so, and the answer goes on and saves', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', 'NotAllowedError'))
  })
  await page.goto('/#/questions')
  await page.getByLabel('Thinking time (seconds)').fill('1')
  await page.getByRole('button', { name: `Answer: ${QUESTION}` }).click()
  await page.getByRole('switch', { name: 'Record my answer' }).check()
  await expect(page.getByTestId('recording-message')).toHaveText(/^Microphone permission was denied/, { timeout: 10_000 })
  await page.getByLabel('Notes, a few bullet points').fill('- still here')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible()
  await expect(page.getByText('This answer was not recorded')).toBeVisible()
  const a = await stored<{ status: string; notes: string; recordingId: string | null }>(page, 'interview-answers', answerIdOf(page))
  expect(a).toMatchObject({ status: 'finished', notes: '- still here', recordingId: null })
})

test('a short mock interview: fix given code in the editor and run its tests, a backend build, questions and asking back aloud; the report plays them; History deletes it with its recordings', async ({ page }) => {
  test.slow()
  await page.goto('/#/ask-back')
  await page.getByRole('button', { name: /^Add to my list: How do juniors usually learn/ }).click()
  await page.goto('/#/settings')
  await page.getByRole('switch', { name: /Record my voice/ }).check()

  await page.goto('/#/mock')
  await page.getByRole('radio', { name: '30 minutes' }).check()
  await page.getByRole('checkbox', { name: 'Timed coding test' }).uncheck()
  await page.getByRole('checkbox', { name: 'Small build' }).check()
  // Chosen stages join at the end; the build goes after the fix.
  for (let k = 0; k < 2; k++) await page.getByRole('button', { name: 'Move Small build earlier' }).click()
  await page.getByLabel('Language').selectOption('javascript')
  await page.getByLabel('Thinking time before each answer (s)').fill('0')
  await page.getByRole('button', { name: 'Start the 30-minute mock interview' }).click()
  await expect(page).toHaveURL(/#\/mock\/mock-/)
  const mockUrl = page.url()
  const mockId = /#\/mock\/([^/?#]+)$/.exec(mockUrl)![1]!

  // Fix this code: the given buggy code is in the editor; corrected there, it is the answer (no reading), and its tests pass.
  await expect(page.getByRole('heading', { name: 'Stage 1 of 4: Fix this code' })).toBeVisible()
  await page.getByRole('button', { name: /^Start writing: / }).click()
  await expect(page).toHaveURL(/#\/attempt\/a-/)
  await expect(page.locator('.tl-canvas')).toBeVisible() // Done takes the board's ink, so it waits for the board
  const fixTitle = (await page.locator('.practice-title').innerText()).trim()
  const fix = BANK.get(fixTitle)!
  expect(fix.category).toBe('fix-the-code')
  const buggy = readFileSync(`problems/${fix.id}/buggy.js`, 'utf8').trim()
  const editor = page.getByRole('textbox', { name: 'The code to fix: correct it here' })
  await expect(editor).toContainText(buggy.split('\n')[0]!)
  await editor.fill(fix.js!)
  await expect(page.getByRole('button', { name: 'Back to the code as given' })).toBeVisible()
  await page.getByRole('button', { name: 'Done', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Transcript', exact: true })).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Run tests' }).click()
  await expect(page.getByTestId('tests-summary')).toHaveText(/^(\d+) of \1 tests passed/, { timeout: 60_000 })
  await page.getByRole('region', { name: 'Mock interview in progress' }).getByRole('link', { name: 'Back to the mock interview' }).click()
  await expect(page).toHaveURL(mockUrl)
  await expect(page.getByText(/Done: (\d+) of \1 tests passed/)).toBeVisible()
  await page.getByRole('button', { name: 'Next stage' }).click()

  // The small build is a backend problem.
  await expect(page.getByRole('heading', { name: 'Stage 2 of 4: Small build' })).toBeVisible()
  const buildTitle = (await page.getByRole('list', { name: 'Problems in this stage' }).locator('strong').first().innerText()).trim()
  expect(BANK.get(buildTitle)?.category).toBe('backend')
  await page.getByRole('button', { name: 'Skip this stage' }).click()

  // Questions aloud: each answer recorded on the answering screen.
  await expect(page.getByRole('heading', { name: 'Stage 3 of 4: Common questions, aloud' })).toBeVisible()
  for (let k = 1; k <= 3; k++) {
    await page.getByRole('button', { name: k === 1 ? 'Ask me the first question' : 'Ask me the next question' }).click()
    await expect(page.getByTestId('answer-clock')).toBeVisible()
    await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
    // The candidate speaks: at least two chunks for the first answer, a second for the others. Done
    // pressed within milliseconds of the recorder starting may have nothing to keep, and that is right.
    await page.waitForTimeout(k === 1 ? 4500 : 1000)
    await page.getByRole('button', { name: 'Done', exact: true }).click()
  }
  await expect(page.getByText('All 3 questions answered.')).toBeVisible()
  await page.getByRole('button', { name: 'Next stage' }).click()

  // Asking back, recorded too.
  await expect(page.getByRole('heading', { name: 'Stage 4 of 4: Your questions for us' })).toBeVisible()
  await expect(page.getByTestId('recording-status')).toHaveText(/Recording/)
  await page.getByRole('checkbox', { name: /How do juniors usually learn/ }).check()
  await page.waitForTimeout(4500)
  await page.getByRole('button', { name: 'Finish the interview' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview report' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Stages against the plan' })
  await expect(table.getByRole('row', { name: /Fix this code/ })).toContainText(/(\d+) of \1 tests/)
  await expect(table.getByRole('row', { name: /Your questions for us/ }).locator('audio')).toHaveCount(1)
  // The answers' talk figures were measured at Done, so the report has them.
  await expect(table.getByRole('row', { name: /Common questions/ })).toContainText(/spoke \d+% of it/)
  const session = (await stored<{ stages: { kind: string; answerIds: string[]; recordingId: string | null }[] }>(page, 'mock-sessions', mockId))!
  const answerIds = session.stages.find((s) => s.kind === 'questions')!.answerIds
  const askBack = session.stages.find((s) => s.kind === 'ask-back')!.recordingId
  expect(askBack).not.toBeNull()
  const recordings = [...answerIds, askBack!]
  const metas = await audioMeta(page, recordings)
  expect(metas.every((m) => m !== null && m.bytes > 0)).toBe(true)
  expect(metas[0]!.chunks).toBeGreaterThanOrEqual(2)

  // An answer's review from the report plays it.
  await table.getByRole('row', { name: /Common questions/ }).getByRole('link').first().click()
  await expect(page.getByTestId('recording-players').locator('audio')).toHaveCount(1)
  await expect(page.getByTestId('talk-figures')).toContainText('Speaking')

  // History deletes the mock interview with its answers and every recording; its attempt stays.
  await page.goto('/#/history')
  const inHistory = page.getByRole('list', { name: 'Mock interviews' }).getByRole('listitem')
  await expect(inHistory).toHaveCount(1)
  let asked = ''
  page.once('dialog', (d) => {
    asked = d.message()
    void d.accept()
  })
  await inHistory.getByRole('button', { name: /^Delete/ }).click()
  await expect.poll(() => asked).toMatch(/its 3 spoken answers and the recordings\? Its coding attempt stays in History/)
  await expect(page.getByRole('list', { name: 'Mock interviews' })).toHaveCount(0)
  expect(await audioMeta(page, recordings)).toEqual(recordings.map(() => null))
  expect(await stored(page, 'interview-answers', answerIds[0]!)).toBeUndefined()
  await expect(page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('link', { name: fixTitle })).toBeVisible()
})
