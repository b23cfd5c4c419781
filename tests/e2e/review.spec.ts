// The review of an attempt in the production build: transcript lines linked to
// their ink both ways, doubtful words and their alternatives, the diff against
// the reference (with and without whitespace), the replay controls and the
// timeline, the self-assessment, Run tests, Compare, History filters, the
// Progress page, and the layouts of an iPad and a phone. Attempts are imported
// as a backup, built here from a synthetic ink fixture.
import { readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'
import { readInk, type InkDocument } from '../../src/core/ink/ink'
import { segmentLines } from '../../src/ocr/lines/lines'

const MIN = 60_000
const DAY = 86_400_000
const fixture = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py3.ink.json', import.meta.url), 'utf8')), 'py3.ink.json')
const solutionJs = readFileSync('problems/two-sum/solution.js', 'utf8')
const twoSumTitle = 'Pair with a given sum'
const sqlProblem = JSON.parse(readFileSync('problems/sql-duplicate-emails/problem.json', 'utf8')) as { id: string; title: string }

// The OCR's lines for the fixture: its own segmentation, with the true text
// except two misreadings: no space after a comma (whitespace only) and an
// "l" for an "i" that the reading marked as doubtful.
const ocrLines = segmentLines(fixture.strokes)
const trueLines = fixture.text!.split('\n')
if (ocrLines.length !== trueLines.length) throw new Error(`fixture segments into ${ocrLines.length} lines, expected ${trueLines.length}`)
const readLines = trueLines.map((l) => l.replace('(nums, target)', '(nums,target)').replace('seen[x] = i', 'seen[x] = l'))
const DOUBT_LINE = readLines.findIndex((l) => l.endsWith('seen[x] = l'))
const lines = ocrLines.map((l, i) => {
  const text = readLines[i]!.trimStart()
  const indent = (readLines[i]!.length - text.length) / 4
  return {
    text,
    indent,
    confidence: 80,
    bbox: { minX: l.minX, minY: l.minY, maxX: l.maxX, maxY: l.maxY },
    strokeIds: l.strokeIds,
    doubtful: i === DOUBT_LINE ? [{ start: text.length - 1, end: text.length, alternatives: ['i'] }] : [],
  }
})
const recognised = readLines.join('\n')

// A 40 s pause before the third line; the first stroke 20 s after Start.
const PAUSE_BEFORE_LINE = 2
const firstOfLine2 = Math.min(...ocrLines[PAUSE_BEFORE_LINE]!.strokeIds)
const ink: InkDocument = {
  ...fixture,
  strokes: fixture.strokes.map((s, i) => ({ points: s.points.map((p) => [p[0], p[1], p[2] ?? 0.5, (p[3] ?? 0) + (i >= firstOfLine2 ? 40_000 : 0)] as [number, number, number, number]) })),
}
const strokesBeforePause = firstOfLine2

const NOW = Date.now()
function attempt(id: string, init: { problemId?: string; title?: string; language?: Attempt['language']; daysAgo: number; usedMs: number }, extra: Partial<Attempt> = {}): Attempt {
  const startedAt = NOW - init.daysAgo * DAY
  const a = createAttempt({ problemId: init.problemId ?? 'two-sum', problemTitle: init.title ?? twoSumTitle, language: init.language ?? 'python', suggestedMs: 15 * MIN, now: startedAt, id })
  return {
    ...a,
    status: 'finished',
    endedAt: startedAt + init.usedMs,
    timer: { suggestedMs: 15 * MIN, elapsedMs: init.usedMs, runningSince: null },
    updatedAt: startedAt + init.usedMs,
    ...extra,
  }
}
const first = attempt('rv-first', { daysAgo: 6, usedMs: 16 * MIN }, {
  ink: { ...ink, language: 'python', startedAt: NOW - 6 * DAY + 20_000 },
  transcript: { recognised, edited: recognised, lines, ocrMs: 900 },
  hintsRevealed: [{ index: 0, atMs: 3 * MIN }],
})
const second = attempt('rv-second', { daysAgo: 2, usedMs: 9 * MIN }, {
  ink: { ...ink, language: 'python', startedAt: NOW - 2 * DAY + 5_000 },
  transcript: { recognised: fixture.text!, edited: fixture.text!, lines: [], ocrMs: 900 },
  rating: { correctness: 4, edgeCases: 3, complexity: 4, clarity: 3, communication: 2, notes: 'faster this time' },
  outcome: 'solved',
})
const js = attempt('rv-js', { language: 'javascript', daysAgo: 1, usedMs: 7 * MIN }, {
  transcript: { recognised: solutionJs, edited: solutionJs, lines: [], ocrMs: 500 },
})
const sql = attempt('rv-sql', { problemId: sqlProblem.id, title: sqlProblem.title, language: 'sql', daysAgo: 5, usedMs: 12 * MIN })
const all = [first, second, js, sql]

async function importAttempts(page: Page) {
  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'review.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(all)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${all.length} attempts`)
}

const transcript = (page: Page) => page.getByRole('textbox', { name: 'Transcript of your answer' })
const linked = (page: Page) => page.getByTestId('linked-ink')
const replayStrokes = (page: Page) => page.getByTestId('replay-ink').locator('path.ink-stroke')

test.beforeEach(async ({ page }) => {
  await importAttempts(page)
})

test('transcript lines light up their strokes, and strokes find their line', async ({ page }) => {
  await page.goto(`/#/attempt/${first.id}`)
  await expect(transcript(page)).toContainText('def two_sum(nums,target):')
  await expect(linked(page).locator('path.ink-stroke')).toHaveCount(ink.strokes.length)

  // Pointing at a line of the transcript lights exactly that line's strokes.
  const cmLines = transcript(page).locator('.cm-line')
  await cmLines.nth(1).hover()
  await expect(linked(page).locator('path.ink-stroke.lit')).toHaveCount(ocrLines[1]!.strokeIds.length)
  for (const id of ocrLines[1]!.strokeIds) await expect(linked(page).locator(`path[data-stroke="${id}"]`)).toHaveClass(/lit/)
  await cmLines.nth(3).hover()
  await expect(linked(page).locator('path.ink-stroke.lit')).toHaveCount(ocrLines[3]!.strokeIds.length)

  // The other way, from the keyboard: a line of ink is a button (one tab stop, arrows move between
  // lines); focus marks its line in the transcript, Enter goes there.
  await page.mouse.move(0, 0)
  await linked(page).getByRole('button', { name: /^Line 1 of the transcript/ }).focus()
  await expect(transcript(page).locator('.cm-linked-line')).toHaveText(readLines[0]!)
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown')
  await expect(linked(page).getByRole('button', { name: /^Line 5 of the transcript/ })).toBeFocused()
  await expect(transcript(page).locator('.cm-linked-line')).toHaveText(trueLines[4]!)
  await expect(linked(page).locator('g.ink-line[tabindex="0"]')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(transcript(page)).toBeFocused()
  await expect(linked(page).locator('path.ink-stroke.lit')).toHaveCount(ocrLines[4]!.strokeIds.length)

  // A click or tap on the writing itself shows its line without moving focus (no on-screen keyboard).
  await transcript(page).blur()
  const stroke = ocrLines[2]!.strokeIds[3]!
  const at = await linked(page).locator(`path.ink-hit`).nth(0).evaluate((_, id) => {
    const path = document.querySelector<SVGPathElement>(`[data-testid="linked-ink"] path.ink-stroke[data-stroke="${id}"]`)!
    const p = path.getPointAtLength(path.getTotalLength() / 2)
    const m = path.getScreenCTM()!
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f }
  }, stroke)
  await page.mouse.click(at.x, at.y)
  await page.mouse.move(0, 0)
  await expect(transcript(page).locator('.cm-linked-line')).toHaveText(readLines[2]!)
  await expect(linked(page).locator('path.ink-stroke.lit')).toHaveCount(ocrLines[2]!.strokeIds.length)
  await expect(transcript(page)).not.toBeFocused()

  // Lines added above keep the links of the lines below.
  await transcript(page).focus()
  await page.keyboard.press('ControlOrMeta+Home')
  await page.keyboard.type('# my answer\n')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await cmLines.nth(2).hover()
  await expect(linked(page).locator('path.ink-stroke.lit')).toHaveCount(ocrLines[1]!.strokeIds.length)
})

test('a doubtful word offers its alternative; the diff against the reference follows, with and without whitespace', async ({ page }) => {
  await page.goto(`/#/attempt/${first.id}`)
  const summary = page.getByTestId('diff-summary')
  const ignore = page.getByRole('checkbox', { name: 'Ignore whitespace-only differences' })
  await expect(ignore).toBeChecked()
  // Ignoring whitespace: the misread "l" and the extra `return []` line.
  await expect(summary).toHaveText('2 lines only in your transcript (−), 1 only in the reference (+).')
  const diff = page.getByRole('list', { name: 'Differences between your transcript and the reference' })
  await expect(diff.locator('.diff-removed')).toHaveCount(2)
  await expect(diff.locator('.diff-added')).toContainText('seen[x] = i')
  // The changed character itself is marked.
  await expect(diff.locator('.diff-added ins')).toHaveText('i')
  await ignore.uncheck()
  await expect(summary).toHaveText('3 lines only in your transcript (−), 2 only in the reference (+).')
  await expect(diff.locator('.diff-added').first()).toContainText('def two_sum(nums, target):')
  await ignore.check()

  // The doubtful "l" is marked; putting the cursor in it offers "i".
  const doubt = transcript(page).locator('.cm-doubt')
  await expect(doubt).toHaveCount(1)
  await expect(doubt).toHaveText('l')
  await doubt.click()
  const picker = page.getByTestId('doubt-picker')
  await expect(picker).toContainText(`Line ${DOUBT_LINE + 1}: unsure of “l”`)
  // From the keyboard: Tab leaves the editor for the choices, Enter picks one.
  await page.keyboard.press('Tab')
  await expect(picker.getByRole('button', { name: 'Use “i”' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(transcript(page)).toContainText('seen[x] = i')
  await expect(doubt).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(summary).toHaveText('1 line only in your transcript (−), 0 only in the reference (+).')

  // The correction was stored.
  await page.reload()
  await expect(transcript(page)).toContainText('seen[x] = i')
  await expect(page.getByTestId('diff-summary')).toHaveText('1 line only in your transcript (−), 0 only in the reference (+).')
})

test('replay: play, pause, speed, scrubbing from the keyboard, and the timeline', async ({ page }) => {
  await page.goto(`/#/attempt/${first.id}`)
  const total = ink.strokes.length
  await expect(replayStrokes(page)).toHaveCount(total)

  // The timeline: 20 s to the first stroke, the 40 s pause, the warning and overtime.
  const facts = page.getByTestId('timeline-facts')
  await expect(facts).toContainText('First stroke after 0:20')
  await expect(facts).toContainText('5-minute warning at 10:00')
  await expect(facts).toContainText('Overtime from 15:00')
  await expect(facts).toContainText('Hint 1 at 3:00')
  await expect(page.getByTestId('timeline-bar').locator('.seg-pause.seg-long')).toHaveCount(1)
  await expect(page.getByTestId('timeline-bar').locator('.seg-writing')).toHaveCount(2)

  // Scrub from the keyboard: Home empties the page, End fills it.
  const scrub = page.getByRole('slider', { name: 'Replay position' })
  await scrub.focus()
  await page.keyboard.press('Home')
  // At the very start only the first point of the first stroke is down.
  await expect.poll(async () => replayStrokes(page).count()).toBeLessThanOrEqual(1)
  await expect(page.getByTestId('replay-time')).toHaveText(/^0:20 \//)
  await page.keyboard.press('End')
  await expect(replayStrokes(page)).toHaveCount(total)

  // A long pause in the timeline is a button that jumps there: everything before it is drawn, nothing after.
  await facts.getByRole('button', { name: /^0:4\d at 0:3\d$/ }).click()
  await expect(replayStrokes(page)).toHaveCount(strokesBeforePause)

  // Skipping pauses: from the start of the 40 s pause, playing at 1x reaches the next line at once.
  await page.getByLabel('Speed').selectOption('1')
  await page.getByRole('checkbox', { name: 'Skip pauses' }).check()
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect.poll(async () => replayStrokes(page).count(), { timeout: 4_000 }).toBeGreaterThan(strokesBeforePause)
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Skip pauses' }).uncheck()

  // Play at 1x: strokes appear over time; Pause stops it.
  await scrub.focus()
  await page.keyboard.press('Home')
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect.poll(async () => replayStrokes(page).count(), { timeout: 10_000 }).toBeGreaterThan(3)
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  const paused = await replayStrokes(page).count()
  expect(paused).toBeLessThan(total)
  await page.waitForTimeout(500)
  await expect(replayStrokes(page)).toHaveCount(paused)
  // At 16x, played on with Space on the focused button, the 80 s of ink take 5 s and end with everything drawn.
  await page.getByLabel('Speed').selectOption('16')
  await page.getByRole('button', { name: 'Play', exact: true }).focus()
  await page.keyboard.press('Space')
  await expect(replayStrokes(page)).toHaveCount(total, { timeout: 20_000 })
  await expect(page.getByRole('button', { name: 'Replay', exact: true })).toBeVisible()
})

test('self-assessment sets the outcome and is kept; Run tests shows each test', async ({ page }) => {
  await page.goto(`/#/attempt/${first.id}`)
  const correctness = page.getByRole('group', { name: 'Correctness' })
  await correctness.getByRole('radio', { name: /^3/ }).check()
  await expect(page.getByTestId('outcome-text')).toHaveText('Outcome: partly solved (correctness 2 or 3).')
  await page.getByRole('group', { name: 'Communication' }).getByRole('radio', { name: /^2/ }).check()
  await page.getByLabel('Notes for next time').fill('Forgot the not-found case')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('group', { name: 'Correctness' }).getByRole('radio', { name: /^3/ })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Communication' }).getByRole('radio', { name: /^2/ })).toBeChecked()
  await expect(page.getByLabel('Notes for next time')).toHaveValue('Forgot the not-found case')
  await page.goto('/#/history')
  await expect(page.getByRole('listitem').filter({ hasText: twoSumTitle }).filter({ hasText: 'partial' })).toHaveCount(1)

  await page.goto(`/#/attempt/${js.id}`)
  await page.getByRole('button', { name: 'Run tests' }).click()
  const summary = page.getByTestId('tests-summary')
  await expect(summary).toContainText(/(\d+) of \1 tests passed/)
  await expect(page.getByRole('list', { name: 'Test results' }).getByRole('listitem').first()).toHaveClass('test-pass')
  await page.reload()
  await expect(page.getByTestId('tests-summary')).toContainText(/(\d+) of \1 tests passed/)
})

test('History filters and Compare with previous', async ({ page }) => {
  await page.goto('/#/history')
  const items = page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('listitem')
  await expect(items).toHaveCount(4)
  await page.getByLabel('Category').selectOption({ label: 'SQL' })
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText(sqlProblem.title)
  await page.getByLabel('Category').selectOption('')
  await page.getByLabel('Outcome').selectOption('solved')
  await expect(items).toHaveCount(1)
  await page.getByLabel('Outcome').selectOption('')
  await page.getByLabel('Problem').selectOption({ label: twoSumTitle })
  await expect(items).toHaveCount(3)
  const day = (daysAgo: number) => {
    const d = new Date(NOW - daysAgo * DAY)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  }
  await page.getByLabel('From').fill(day(3))
  await expect(items).toHaveCount(2)
  await page.getByLabel('To').fill(day(2))
  await expect(items).toHaveCount(1)
  await expect(page.getByTestId('history-count')).toHaveText('Showing 1 of 4 finished attempts')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(items).toHaveCount(4)

  // The later Python attempt compares with the earlier one.
  await items.filter({ hasText: '9 min' }).getByRole('button', { name: /Compare with previous attempt/ }).click()
  await expect(page).toHaveURL(new RegExp(`#/compare/${first.id}/${second.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Compare attempts: ${twoSumTitle}`)
  await expect(page.getByRole('region', { name: /^Earlier attempt/ })).toContainText('16 min used')
  await expect(page.getByRole('region', { name: /^Later attempt/ })).toContainText('faster this time')
  await expect(page.getByTestId('diff-summary')).toHaveText('1 line only in the earlier attempt (−), 1 only in the later attempt (+).')

  // From an attempt's own page too.
  await page.goto(`/#/attempt/${second.id}`)
  await page.getByLabel('Compare with').selectOption(first.id)
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`#/compare/${first.id}/${second.id}$`))
  await expect(page.getByRole('region', { name: /^Earlier attempt/ })).toContainText('16 min used')
})

test('Progress: charts and the problems due for another try', async ({ page }) => {
  await page.goto('/#/progress')
  await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible()
  await expect(page.getByTestId('chart-weekly').locator('svg.recharts-surface').first()).toBeVisible()
  await expect(page.getByTestId('chart-time').locator('.recharts-bar-rectangle')).toHaveCount(4)
  await expect(page.getByTestId('chart-category')).toBeVisible()
  // Unrated 5 days ago (due after 3) and JS unrated 1 day ago (not yet); Python solved 2 days ago (not yet).
  const due = page.getByRole('list', { name: 'Problems due for another try' }).getByRole('listitem')
  await expect(due).toHaveCount(1)
  await expect(due.first()).toContainText(sqlProblem.title)
  // The numbers are there as a table too.
  await page.getByText('Show as a table').first().click()
  await expect(page.getByRole('table', { name: 'Attempts per week' })).toBeVisible()
})

for (const [name, size] of [
  ['iPad portrait', { width: 820, height: 1180 }],
  ['iPad landscape', { width: 1180, height: 820 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`the review fits a ${name} without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize(size)
    await page.goto(`/#/attempt/${first.id}`)
    await expect(transcript(page)).toBeVisible()
    await expect(page.getByTestId('replay-ink')).toBeVisible()
    // The page does not scroll sideways, and nothing in the review reaches past the right edge.
    const overflow = await page.evaluate(() => {
      let worst = 0
      const clipped = (el: Element) => {
        // Content inside its own scroller (code, the diff) scrolls there, not the page.
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)) return true
        return false
      }
      const bad: string[] = []
      for (const el of document.querySelectorAll('.review, .review *')) {
        const over = el.getBoundingClientRect().right - window.innerWidth
        if (over > 0.5 && !clipped(el)) bad.push(`${el.tagName}.${el.getAttribute('class')} +${Math.round(over)}`)
        if (!clipped(el)) worst = Math.max(worst, over)
      }
      if (bad.length) console.log(bad.slice(0, 10))
      return Math.round(worst)
    })
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    const boxes = await Promise.all(['Handwriting', 'Transcript', 'Reference'].map((n) => page.getByRole('region', { name: n, exact: true }).boundingBox()))
    if (name === 'phone') {
      // One readable column: every pane starts at the same x and is nearly full width.
      for (const b of boxes) {
        expect(Math.round(b!.x)).toBe(Math.round(boxes[0]!.x))
        expect(b!.width).toBeGreaterThan(size.width * 0.85)
      }
    } else {
      // Handwriting and transcript side by side.
      expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + 100)
    }
  })
