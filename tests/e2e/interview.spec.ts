// The interview questions deck: answer a question aloud (a short thinking
// time set in the deck, then the answer clock and typed notes), find it again
// after a reload mid-answer, review it against its structure and pitfalls,
// rate it so it comes back, and keep a short list of questions to ask back.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const QUESTION = 'Tell me about yourself.'
const DAY_MS = 24 * 60 * 60 * 1000

/** Seconds on the answer clock ("1:05" -> 65). */
async function answerSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('answer-clock').innerText()).trim()
  const m = /^(\d+):(\d\d)$/.exec(text)
  if (!m) throw new Error(`unexpected clock text ${text}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** The answer record as stored in IndexedDB, read directly. */
async function storedAnswer(page: Page, id: string): Promise<{ notes: string; status: string; phase: string; rating: number | null } | undefined> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('inkterview')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const r = db.transaction('interview-answers').objectStore('interview-answers').get(key)
          r.onsuccess = () => {
            db.close()
            resolve(r.result)
          }
          r.onerror = () => reject(r.error)
        }
      }),
    id,
  )
}

const answerId = (page: Page) => /#\/answer\/([^/?#]+)$/.exec(page.url())?.[1] ?? ''

test('the deck lists its questions by group, filters them, and a question page reveals its example answer on demand', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Interview questions' })).toBeVisible()
  for (const group of ['About you', 'Working style']) await expect(page.getByRole('heading', { level: 2, name: new RegExp(group) })).toBeVisible()
  await expect(page.getByRole('link', { name: QUESTION })).toBeVisible()

  await page.getByLabel('Search').fill('index')
  await expect(page.getByRole('link', { name: QUESTION })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /index/i }).first()).toBeVisible()
  await page.getByLabel('Search').fill('')

  await page.getByRole('link', { name: QUESTION }).click()
  await expect(page).toHaveURL(/#\/questions\/tell-me-about-yourself$/)
  await expect(page.getByRole('heading', { name: 'What the interviewer wants to learn' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Structure:/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Pitfalls' })).toBeVisible()
  await expect(page.locator('.example-answer')).toHaveCount(0)
  await page.getByRole('button', { name: /Show the example answer/ }).click()
  await expect(page.locator('.example-answer')).toBeVisible()
})

test('answer a question, reload mid-answer and find it, review it, and rating it reschedules it', async ({ page }) => {
  await page.goto('/#/questions')
  // The thinking time is the deck's setting; 1 s keeps the test short.
  await page.getByLabel('Thinking time (seconds)').fill('1')
  await page.getByRole('button', { name: `Answer: ${QUESTION}` }).click()
  await expect(page).toHaveURL(/#\/answer\/ans-/)
  const id = answerId(page)
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible()

  // The thinking time runs out on its own and the answer clock starts.
  await expect(page.getByTestId('answer-clock')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByText(/target \d+:\d\d–\d+:\d\d/)).toBeVisible()
  await page.getByLabel('Notes, a few bullet points').fill('- backend course\n- built a booking API\n- want to grow in a team')
  await expect.poll(async () => (await storedAnswer(page, id))?.notes).toContain('booking API')
  await expect.poll(() => answerSeconds(page)).toBeGreaterThanOrEqual(2)
  const before = await answerSeconds(page)

  await page.reload()
  await expect(page).toHaveURL(new RegExp(`#/answer/${id}$`))
  await expect(page.getByLabel('Notes, a few bullet points')).toHaveValue(/booking API/)
  // The clock carries on from where it stood, not from zero.
  expect(await answerSeconds(page)).toBeGreaterThanOrEqual(before - 1)
  // The deck's question page lists it as unfinished, and leads back to it.
  await page.goto('/#/questions/tell-me-about-yourself')
  await page.getByRole('list', { name: /Your answers to this question/ }).getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`#/answer/${id}$`))
  await expect(page.getByLabel('Notes, a few bullet points')).toHaveValue(/booking API/)

  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible()
  await expect(page.getByTestId('talk-figures')).toContainText('target')
  await expect(page.getByText('want to grow in a team')).toBeVisible()
  expect((await storedAnswer(page, id))?.status).toBe('finished')

  // Self-check against the structure and the pitfalls.
  const steps = page.getByRole('group', { name: /Which steps did you cover\?/ })
  await steps.getByRole('checkbox').first().check()
  await expect(page.getByRole('group', { name: /\(1 of \d+\)/ })).toBeVisible()
  await page.getByRole('group', { name: /Which pitfalls/ }).getByRole('checkbox').first().check()
  await expect(page.getByRole('group', { name: /Which pitfalls did you fall into\? \(1\)/ })).toBeVisible()

  // Weak comes back the next day, strong in a week: the rating reschedules it.
  const dateIn = (days: number) => page.evaluate((ms) => new Date(Date.now() + ms).toLocaleDateString(), days * DAY_MS)
  await page.getByRole('radio', { name: /^1\. Weak/ }).check()
  await expect(page.getByTestId('comes-back')).toHaveText(`This question comes back on ${await dateIn(1)}.`)
  await page.getByRole('radio', { name: /^4\. Strong/ }).check()
  await expect(page.getByTestId('comes-back')).toHaveText(`This question comes back on ${await dateIn(7)}.`)
  await expect.poll(async () => (await storedAnswer(page, id))?.rating).toBe(4)
  await page.reload()
  await expect(page.getByRole('radio', { name: /^4\. Strong/ })).toBeChecked()
  await expect(page.getByRole('group', { name: /\(1 of \d+\)/ })).toBeVisible()

  // Rated weak, it is due again two days on; rated strong it would not be.
  await page.getByRole('radio', { name: /^1\. Weak/ }).check()
  await expect.poll(async () => (await storedAnswer(page, id))?.rating).toBe(1)
  await page.clock.setFixedTime(Date.now() + 2 * DAY_MS)
  await page.goto('/#/questions')
  const due = page.getByRole('list', { name: 'Questions due for practice' })
  await expect(due.getByRole('link', { name: QUESTION })).toBeVisible()
  await page.getByRole('link', { name: QUESTION }).first().click()
  await page.getByRole('list', { name: /Your answers to this question/ }).getByRole('link').first().click()
  await page.getByRole('radio', { name: /^4\. Strong/ }).check()
  await expect.poll(async () => (await storedAnswer(page, id))?.rating).toBe(4)
  await page.goto('/#/questions')
  await expect(page.getByRole('heading', { name: 'Due for practice' })).toBeVisible()
  await expect(page.getByText('Nothing is due.')).toBeVisible()
})

test('pick, reword, reorder and trim a list of questions to ask back; it survives a reload', async ({ page }) => {
  await page.goto('/#/ask-back')
  await expect(page.getByRole('heading', { name: 'Your questions for the interviewer' })).toBeVisible()
  await expect(page.getByText('Why it lands well:').first()).toBeVisible()
  await expect(page.getByText('When not to ask it:').first()).toBeVisible()

  const list = page.getByRole('list', { name: 'Your list of questions to ask' })
  await page.getByRole('button', { name: /^Add to my list: How do juniors usually learn/ }).click()
  await page.getByRole('button', { name: /^Add to my list: What would you like the person in this role/ }).click()
  await page.getByRole('button', { name: /^Add to my list: Who would I work with most closely/ }).click()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('button', { name: /How do juniors usually learn/ })).toHaveText('In your list')

  // Reword the first in the candidate's own words (saved when the field is left).
  await page.getByLabel('Question 1', { exact: true }).fill('What does a junior’s first month look like here?')
  await page.getByLabel('Question 1', { exact: true }).blur()
  // Move the third up, remove the second (what it was then), add one of their own.
  await page.getByRole('button', { name: 'Move question 3 up' }).click()
  await expect(page.getByLabel('Question 2', { exact: true })).toHaveValue(/Who would I work with/)
  await page.getByRole('button', { name: 'Remove question 3' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await page.getByLabel('A question of your own').fill('What is the on-call rota like for new starters?')
  await page.getByRole('button', { name: 'Add it' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(3)

  await page.reload()
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue('What does a junior’s first month look like here?')
  await expect(page.getByLabel('Question 2', { exact: true })).toHaveValue(/Who would I work with/)
  await expect(page.getByLabel('Question 3', { exact: true })).toHaveValue('What is the on-call rota like for new starters?')
  await expect(page.getByRole('button', { name: /What would you like the person in this role/ })).toHaveText('Add to my list')
})

test('a story copied from an example covers several questions, and each question page lists it', async ({ page }) => {
  await page.goto('/#/stories')
  await page.getByRole('button', { name: /^Copy to my stories: / }).first().click()
  const form = page.getByRole('form', { name: 'Your story' })
  await form.getByLabel('Title').fill('The booking bug I fixed')
  const covers = form.getByRole('group', { name: /Questions it can answer \((\d+)\)/ })
  await expect(covers).toBeVisible()
  const n = Number(/\((\d+)\)/.exec((await covers.locator('legend').innerText()) ?? '')?.[1])
  expect(n).toBeGreaterThanOrEqual(2)
  await form.getByRole('button', { name: 'Save the story' }).click()
  const mine = page.getByRole('list', { name: 'Your stories' })
  await expect(mine.getByText('The booking bug I fixed')).toBeVisible()
  const covered = page.getByRole('list', { name: 'Questions “The booking bug I fixed” covers' }).getByRole('link')
  await expect(covered).toHaveCount(n)
  await page.reload()
  await covered.first().click()
  await expect(page.getByRole('list', { name: 'Your stories that cover this question' })).toContainText('The booking bug I fixed')
})

test('a short mock interview end to end: a coding stage on the board, questions aloud, a reload mid-stage, asking back, the saved report', async ({ page }) => {
  await page.goto('/#/ask-back')
  await page.getByRole('button', { name: /^Add to my list: How do juniors usually learn/ }).click()
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(/How do juniors usually learn/)

  await page.goto('/#/questions')
  await page.getByRole('link', { name: 'a mock interview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview' })).toBeVisible()
  await page.getByRole('radio', { name: '30 minutes' }).check()
  await page.getByRole('checkbox', { name: 'Fix this code' }).uncheck()
  await page.getByLabel('Thinking time before each answer (s)').fill('0')
  const stages = page.getByRole('list', { name: 'Stages' })
  await expect(stages.getByRole('listitem')).toHaveCount(5)
  await page.getByRole('button', { name: 'Start the 30-minute mock interview' }).click()
  await expect(page).toHaveURL(/#\/mock\/mock-/)
  const mockUrl = page.url()
  await expect(page.getByRole('heading', { name: 'Stage 1 of 3: Timed coding test' })).toBeVisible()
  await expect(page.getByTestId('stage-clock')).toBeVisible()

  // The coding stage opens the practice board for its bank problem; the attempt is linked.
  await page.getByRole('button', { name: /^Start writing: / }).click()
  await expect(page).toHaveURL(/#\/attempt\/a-/)
  await expect(page.locator('.tl-canvas')).toBeVisible()
  await page.getByRole('region', { name: 'Mock interview in progress' }).getByRole('link', { name: 'Back to the mock interview' }).click()
  await expect(page).toHaveURL(mockUrl)
  await expect(page.getByRole('link', { name: 'Continue writing' })).toBeVisible()
  await page.getByRole('button', { name: 'Next stage' }).click()

  // Questions aloud, on the answering screen; a reload mid-answer comes back at this stage and this answer.
  await expect(page.getByRole('heading', { name: 'Stage 2 of 3: Common questions, aloud' })).toBeVisible()
  await page.getByRole('button', { name: 'Ask me the first question' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tell me about yourself.' })).toBeVisible()
  await expect(page.getByTestId('answer-clock')).toBeVisible()
  await page.getByLabel('Notes, a few bullet points').fill('- course, project, why backend')
  await page.waitForTimeout(1500) // autosave keeps the store at most a second behind
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Stage 2 of 3: Common questions, aloud' })).toBeVisible()
  await expect(page.getByLabel('Notes, a few bullet points')).toHaveValue('- course, project, why backend')
  await expect(page.getByText('Question 1 of 3')).toBeVisible()
  for (let k = 1; k <= 3; k++) {
    if (k > 1) await page.getByRole('button', { name: 'Ask me the next question' }).click()
    await expect(page.getByText(`Question ${k} of 3`)).toBeVisible()
    await expect(page.getByTestId('answer-clock')).toBeVisible()
    await page.getByRole('button', { name: 'Done', exact: true }).click()
  }
  await expect(page.getByText('All 3 questions answered.')).toBeVisible()
  await page.getByLabel('How did this stage go?').selectOption('3')
  await page.getByRole('button', { name: 'Next stage' }).click()

  // Asking back: the candidate's own list.
  await expect(page.getByRole('heading', { name: 'Stage 3 of 3: Your questions for us' })).toBeVisible()
  await page.getByRole('checkbox', { name: /How do juniors usually learn/ }).check()
  await page.getByRole('button', { name: 'Finish the interview' }).click()

  // The report, saved: every stage against its plan, what each produced, what to practise next.
  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview report' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Stages against the plan' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row', { name: /Timed coding test/ })).toContainText('unfinished')
  await expect(table.getByRole('row', { name: /Common questions/ })).toContainText('3 of 4')
  await expect(table.getByRole('row', { name: /Common questions/ }).getByRole('link')).toHaveCount(3)
  await expect(table.getByRole('row', { name: /Your questions for us/ })).toContainText('Asked 1 of 1 questions')
  await expect(page.getByRole('list', { name: 'What to practise next' })).toContainText('kept unfinished')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview report' })).toBeVisible()
  await page.getByRole('link', { name: 'Mock interviews' }).click()
  await expect(page.getByRole('list', { name: 'Past mock interviews' }).getByRole('link')).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'Mock interview in progress' })).toHaveCount(0)
  // History lists it as one session with its parts, leading to the report.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click()
  const inHistory = page.getByRole('list', { name: 'Mock interviews' }).getByRole('listitem')
  await expect(inHistory).toHaveCount(1)
  await expect(inHistory).toContainText('Common questions, aloud (3)')
  await inHistory.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview report' })).toBeVisible()
  // Progress charts mock interviews over time.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByTestId('chart-mock')).toBeVisible()
  await page.getByText('Show as a table').last().click()
  await expect(page.getByRole('table', { name: 'Mock interviews over time' }).getByRole('row')).toHaveCount(2)
})

test('the interview screens have no serious accessibility violation, in light or dark', async ({ page }) => {
  // axe over a long page (the deck, the stories) is slow on a busy 2-core machine.
  test.setTimeout(420_000)
  const problems: string[] = []
  const check = async (screen: string) => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    for (const v of r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
      problems.push(`${screen}: ${v.id} ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/#/questions')
    await expect(page.getByRole('link', { name: QUESTION })).toBeVisible()
    await check(`${scheme} deck`)
    await page.goto('/#/questions/tell-me-about-yourself')
    await page.getByRole('button', { name: /Show the example answer/ }).click()
    await check(`${scheme} question`)
    await page.getByRole('button', { name: 'Answer it aloud' }).click()
    await expect(page.getByTestId('think-clock')).toBeVisible()
    await check(`${scheme} answering`)
    await page.getByRole('button', { name: 'Done', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible()
    await check(`${scheme} review`)
    await page.goto('/#/stories')
    await expect(page.getByRole('heading', { name: 'Example stories' })).toBeVisible()
    await check(`${scheme} stories`)
    await page.goto('/#/ask-back')
    await expect(page.getByText('Why it lands well:').first()).toBeVisible()
    if (scheme === 'light') for (const name of [/^Add to my list: How do juniors/, /^Add to my list: Who would I work with/]) await page.getByRole('button', { name }).click()
    await expect(page.getByLabel('Question 2', { exact: true })).toBeVisible()
    await check(`${scheme} ask-back`)
    await page.goto('/#/mock')
    await expect(page.getByRole('button', { name: /^Start the/ })).toBeVisible()
    await check(`${scheme} mock setup`)
    // A mock interview of one stage, to reach its running screen and its report.
    for (const stage of ['Timed coding test', 'Fix this code', 'Common questions, aloud']) await page.getByRole('checkbox', { name: stage }).uncheck()
    await page.getByRole('button', { name: /^Start the/ }).click()
    await expect(page.getByRole('heading', { name: 'Stage 1 of 1: Your questions for us' })).toBeVisible()
    await check(`${scheme} mock interview`)
    await page.getByRole('button', { name: 'Finish the interview' }).click()
    await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible()
    await check(`${scheme} mock report`)
  }
  expect(problems).toEqual([])
})
