// A short mock interview in WebKit: set it up, answer its common questions on
// the answering screen, reload mid-answer and come back at the same stage and
// answer with the notes kept, ask back, and find the saved report after a reload.
import { expect, test } from 'vitest'
import { app } from './app'

const text = (css: string) => app.evaluate((c: string) => document.querySelector(c)?.textContent ?? '', css)
const heading = (re: RegExp) => app.byRole('heading', re, 60_000)

test('[webkit] a mock interview of questions aloud and asking back, resumed after a reload, ends in a saved report', async () => {
  await app.goto('/#/mock')
  await app.click('radio', '30 minutes')
  for (const stage of ['Timed coding test', 'Fix this code']) {
    const box = await app.byRole('checkbox', stage)
    if (await box.isSelected()) await box.click()
  }
  const thinking = await app.byRole('textbox', /^Thinking time before each answer/).catch(async () => app.driver.findElement({ css: 'input[type=number]' }))
  await thinking.clear()
  await thinking.sendKeys('0')
  await app.click('button', /^Start the 30-minute mock interview/)
  await app.waitFor('the mock interview page', async () => /#\/mock\/mock-/.test(await app.url()))
  const mockUrl = await app.url()
  await heading(/^Stage 1 of 2: Common questions, aloud/)

  await app.click('button', 'Ask me the first question')
  await app.waitFor('the answer clock', async () => (await app.driver.findElements({ css: '[data-testid="answer-clock"]' })).length > 0)
  const notes = await app.byRole('textbox', 'Notes, a few bullet points')
  await notes.sendKeys('- course, project, why backend')
  await app.driver.sleep(1500) // autosave keeps the store at most a second behind

  await app.reload()
  await heading(/^Stage 1 of 2: Common questions, aloud/)
  expect(await app.url()).toBe(mockUrl)
  await app.waitFor('the notes kept', async () => (await (await app.byRole('textbox', 'Notes, a few bullet points')).getAttribute('value')) === '- course, project, why backend')
  for (let k = 1; k <= 3; k++) {
    if (k > 1) await app.click('button', 'Ask me the next question')
    await app.waitFor(`question ${k} of 3`, async () => (await text('main')).includes(`Question ${k} of 3`))
    await app.click('button', 'Done')
  }
  await app.waitFor('all answered', async () => (await text('main')).includes('All 3 questions answered.'))
  await app.click('button', 'Next stage')

  await heading(/^Stage 2 of 2: Your questions for us/)
  await app.click('button', 'Finish the interview')
  await heading(/^Mock interview report$/)
  const rows = await app.evaluate(() => [...document.querySelectorAll('table tr')].map((r) => r.textContent ?? ''))
  expect(rows.some((r) => /Common questions/.test(r) && /Tell me about yourself/.test(r) && (r.match(/not rated yet/g) ?? []).length === 3), `the report's rows: ${rows.join(' | ')}`).toBe(true)
  await app.reload()
  await heading(/^Mock interview report$/)
})
