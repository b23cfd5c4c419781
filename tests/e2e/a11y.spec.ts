// Accessibility and dark mode on every screen: axe-core finds no serious or
// critical violation in light or dark; dark mode reaches each screen (app,
// CodeMirror, charts, the board); every control of the practice screen is
// reachable by Tab with a visible focus; the clock is announced politely.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'
import { readInk } from '../../src/core/ink/ink'

// tldraw's chunk is large: on a busy 2-core machine the board can take a minute to appear.
test.describe.configure({ timeout: 300_000 })
const BOARD = { timeout: 90_000 }

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')))
const NOW = Date.now()
function attempt(i: number, outcome: Attempt['outcome']): Attempt {
  const a = createAttempt({ problemId: 'two-sum', problemTitle: 'Pair with a given sum', language: 'python', suggestedMs: 900_000, now: NOW - i * 86_400_000, id: `a11y-${i}` })
  const text = ink.text ?? 'def f():\n    return 1'
  return {
    ...a,
    status: 'finished',
    endedAt: a.startedAt + 600_000,
    timer: { ...a.timer, elapsedMs: 600_000, runningSince: null },
    ink: { ...ink, startedAt: a.startedAt },
    transcript: { recognised: text, edited: text, lines: [], ocrMs: 1 },
    rating: { correctness: 3 },
    outcome,
  }
}

async function seed(page: Page) {
  await page.goto('/#/settings')
  const zip = await buildBackup([attempt(1, 'solved'), attempt(8, 'partial')])
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'a11y.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) })
  await expect(page.getByTestId('settings-result')).toContainText(/2/)
}

/** Serious and critical violations on the page, one line each (with up to four of the elements). */
async function axe(page: Page, screen: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  return bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n  ')}`)
}

/** The screens, each reached as a user would, ready to check. */
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'Library', open: async (p) => (await p.goto('/'), await expect(p.getByRole('heading', { name: 'Problems' })).toBeVisible()) },
  { name: 'problem', open: async (p) => (await p.goto('/#/problem/two-sum'), await expect(p.getByRole('button', { name: 'Start' })).toBeVisible()) },
  {
    name: 'practice',
    open: async (p) => {
      await p.goto('/#/problem/two-sum')
      await p.getByRole('button', { name: 'Start' }).click()
      await expect(p.getByTestId('tools.draw')).toHaveAttribute('aria-pressed', 'true', BOARD)
    },
  },
  {
    name: 'review',
    open: async (p) => {
      await p.goto('/#/attempt/a11y-1')
      await expect(p.getByRole('textbox', { name: 'Transcript of your answer' })).toBeVisible()
    },
  },
  { name: 'History', open: async (p) => (await p.goto('/#/history'), await expect(p.getByRole('link', { name: 'Pair with a given sum', exact: true }).first()).toBeVisible()) },
  { name: 'Progress', open: async (p) => (await p.goto('/#/progress'), await expect(p.getByTestId('chart-weekly')).toBeVisible()) },
  { name: 'Settings', open: async (p) => (await p.goto('/#/settings'), await expect(p.getByRole('heading', { name: 'Settings' })).toBeVisible()) },
]

/** The page's own background colour, as the user sees it. */
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number)
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 60
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any screen, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await seed(page)
    const found: string[] = []
    for (const s of screens) {
      await s.open(page)
      // Dark mode follows the system on every screen (and light stays light).
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
      expect(isDark(await bodyBackground(page)), `${s.name} background`).toBe(scheme === 'dark')
      found.push(...(await axe(page, `${s.name} (${scheme})`)))
    }
    expect(found, found.join('\n')).toEqual([])
  })
}

test('dark mode reaches CodeMirror, the charts and the board; forced in Settings, it overrides the system', async ({ page }) => {
  await seed(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByLabel('Theme').selectOption({ label: 'Dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  await page.goto('/#/attempt/a11y-1')
  const editor = page.locator('.cm-editor').first()
  await expect(editor).toBeVisible()
  expect(isDark(await editor.evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(true)

  await page.goto('/#/progress')
  const tick = page.locator('.recharts-cartesian-axis-tick-value').first()
  await expect(tick).toBeVisible()
  expect(isDark(await tick.evaluate((e) => getComputedStyle(e).fill))).toBe(false) // light text on dark

  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  const paper = page.locator('.board-paper')
  await expect(paper).toHaveClass(/board-paper-dark/, BOARD)
  expect(isDark(await paper.evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(true)
  // Light ink on the dark paper.
  const box = (await page.locator('.tl-canvas').boundingBox())!
  await page.mouse.move(box.x + 100, box.y + 150)
  await page.mouse.down()
  await page.mouse.move(box.x + 300, box.y + 160, { steps: 6 })
  await page.mouse.up()
  const stroke = page.locator('.tl-shape[data-shape-type="draw"] path').first()
  await expect(stroke).toBeVisible()
  const color = await stroke.evaluate((e) => getComputedStyle(e).fill !== 'none' ? getComputedStyle(e).fill : getComputedStyle(e).stroke)
  expect(isDark(color)).toBe(false)
})

test('every control of the practice screen is reachable by Tab, with a visible focus; the clock is announced politely', async ({ page }) => {
  await page.goto('/#/problem/two-sum')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByTestId('tools.draw')).toHaveAttribute('aria-pressed', 'true', BOARD)
  const controls = page.locator('header a, .practice-bar button, .board-toolbar button:not([disabled])')
  const names = await controls.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent!.trim()))
  expect(names.length).toBeGreaterThan(12)
  await page.locator('body').focus()
  const reached = new Map<string, boolean>()
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const f = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null
      if (!e || e === document.body) return null
      const s = getComputedStyle(e)
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'
      return { name: e.getAttribute('aria-label') ?? e.textContent!.trim(), visible }
    })
    if (f) reached.set(f.name, (reached.get(f.name) ?? true) && f.visible)
  }
  for (const n of names) {
    expect(reached.has(n), `Tab reaches "${n}"`).toBe(true)
    expect(reached.get(n), `"${n}" shows its focus`).toBe(true)
  }
  // The clock: heard in a polite live region that does not change every second.
  const live = page.getByTestId('timer-announcement')
  await expect(live).toHaveAttribute('aria-live', 'polite')
  await expect(live).toHaveText(/\d+ minutes left/)
  const said = await live.innerText()
  const clock = await page.getByTestId('timer-clock').innerText()
  await expect(page.getByTestId('timer-clock')).not.toHaveText(clock)
  await expect(live).toHaveText(said)
})
