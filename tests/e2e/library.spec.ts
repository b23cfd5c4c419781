// The Library in the production build: search, filters, sort, statuses from
// stored attempts, "Surprise me" within the filters, keyboard use, and both
// tablet orientations.
import { readdirSync, readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'

interface Meta {
  id: string
  title: string
  category: string
  difficulty: string
  tags: string[]
  minutes: number
}
const bank: Meta[] = readdirSync('problems', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => JSON.parse(readFileSync(`problems/${d.name}/problem.json`, 'utf8')) as Meta)
const linkedLists = bank.filter((p) => p.category === 'linked-lists')

const cards = (page: Page) => page.getByRole('list', { name: 'Problems' }).locator(':scope > li')
const count = (page: Page) => page.locator('.library-count')

async function openLibrary(page: Page) {
  await page.goto('/#/')
  await expect(page.getByRole('heading', { name: 'Problems', level: 1 })).toBeVisible()
  await expect(count(page)).toHaveText(`Showing ${bank.length} of ${bank.length} problems`)
}

function attempt(problemId: string, outcome: Attempt['outcome'], i: number): Attempt {
  const a = createAttempt({ problemId, problemTitle: problemId, language: 'python', suggestedMs: 600_000, now: Date.UTC(2026, 0, 1, 0, i), id: `lib-${i}` })
  return { ...a, status: 'finished', endedAt: a.startedAt + 60_000, outcome, updatedAt: a.startedAt + 60_000 }
}

test('search and filters narrow the list, and clearing them brings everything back', async ({ page }) => {
  await openLibrary(page)
  expect(bank.length).toBeGreaterThanOrEqual(60)

  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Linked lists' })
  await expect(count(page)).toHaveText(`Showing ${linkedLists.length} of ${bank.length} problems`)
  await expect(cards(page)).toHaveCount(linkedLists.length)
  for (const card of await cards(page).all()) await expect(card).toContainText('Linked lists')

  await page.getByLabel('Difficulty', { exact: true }).selectOption('medium')
  const mediumLists = linkedLists.filter((p) => p.difficulty === 'medium')
  await expect(cards(page)).toHaveCount(mediumLists.length)
  await expect(cards(page).first()).toContainText('medium')

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(cards(page)).toHaveCount(bank.length)
  await expect(page.getByLabel('Search', { exact: true })).toBeFocused()

  await page.getByLabel('Tag', { exact: true }).selectOption('fast-slow-pointers')
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first().getByRole('link')).toHaveText('Middle of a linked list')
  await page.getByLabel('Tag', { exact: true }).selectOption('')

  await page.getByLabel('Search', { exact: true }).fill('rate LIMITER')
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first().getByRole('link')).toHaveText('Rate limiter per client')
  await page.getByLabel('Search', { exact: true }).fill('no problem mentions this')
  await expect(cards(page)).toHaveCount(0)
  await expect(page.getByText('No problem matches.')).toBeVisible()
  await page.getByLabel('Search', { exact: true }).fill('')

  // Sorting by suggested time puts the shortest first.
  await page.getByLabel('Sort by', { exact: true }).selectOption('minutes')
  await expect(cards(page).first()).toContainText(`${Math.min(...bank.map((p) => p.minutes))} min`)
})

test('from the keyboard: search, tab to a problem, open it; filters are kept on return', async ({ page }) => {
  await openLibrary(page)
  await page.getByLabel('Search', { exact: true }).focus()
  await page.keyboard.type('mirror a category')
  await expect(cards(page)).toHaveCount(1)
  // Tab through the remaining controls until the problem link has focus.
  const link = cards(page).first().getByRole('link')
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/problem\/invert-tree$/)
  await page.goBack()
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('mirror a category')
  await expect(cards(page)).toHaveCount(1)
})

test('statuses come from stored attempts; Surprise me picks an unsolved problem within the filters', async ({ page }) => {
  // All linked-list problems but one are solved; one more is attempted.
  const keep = 'palindrome-list'
  const solved = linkedLists.filter((p) => p.id !== keep)
  const attempts = [
    ...solved.map((p, i) => attempt(p.id, 'solved', i)),
    attempt(keep, 'failed', 50),
    attempt('two-sum', 'partial', 51),
  ]
  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'lib.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(attempts)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${attempts.length} attempts`)

  await openLibrary(page)
  await page.getByLabel('Status', { exact: true }).selectOption('solved')
  await expect(cards(page)).toHaveCount(solved.length)
  await page.getByLabel('Status', { exact: true }).selectOption('attempted')
  await expect(cards(page)).toHaveCount(2)
  await page.getByLabel('Status', { exact: true }).selectOption('')

  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Linked lists' })
  await expect(cards(page).filter({ hasText: 'Solved' })).toHaveCount(solved.length)
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Surprise me' }).click()
    await expect(page).toHaveURL(new RegExp(`#/problem/${keep}$`))
    await page.goBack()
    await expect(cards(page)).toHaveCount(linkedLists.length)
  }

  // Within "Solved" there is nothing left to surprise with: say so, stay here.
  await page.getByLabel('Status', { exact: true }).selectOption('solved')
  await page.getByRole('button', { name: 'Surprise me' }).click()
  await expect(count(page)).toHaveText(/already solved/)
  await expect(page).toHaveURL(/#\/$/)

  // Without filters it picks some unsolved problem from the whole bank.
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('button', { name: 'Surprise me' }).click()
  await expect(page).toHaveURL(/#\/problem\/[a-z0-9-]+$/)
  const picked = page.url().split('/').pop()!
  expect(solved.map((p) => p.id)).not.toContain(picked)
})

for (const [name, viewport] of [
  ['tablet portrait', { width: 768, height: 1024 }],
  ['tablet landscape', { width: 1024, height: 768 }],
] as const) {
  test(`fits a ${name} screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await openLibrary(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    for (const label of ['Search', 'Category', 'Difficulty', 'Tag', 'Status', 'Sort by']) {
      const box = (await page.getByLabel(label, { exact: true }).boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
    }
    // Cards sit side by side: more than one per row on a tablet.
    const [a, b] = await cards(page).evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top))
    expect(a).toBe(b)
  })
}
