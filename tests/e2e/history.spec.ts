// History with many attempts: opens with the newest page of them, deletes with
// undo, exports a selection.
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { unzipSync } from 'fflate'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'

const NOW = Date.now()
function attempt(i: number): Attempt {
  const a = createAttempt({ problemId: 'two-sum', problemTitle: 'Pair with a given sum', language: 'python', suggestedMs: 900_000, now: NOW - i * 3_600_000, id: `h-${String(i).padStart(4, '0')}` })
  return { ...a, status: 'finished', endedAt: a.startedAt + 600_000, timer: { ...a.timer, elapsedMs: 600_000, runningSince: null }, transcript: { recognised: `attempt ${i}`, edited: `attempt ${i}`, lines: [], ocrMs: 1 } }
}
const many = Array.from({ length: 120 }, (_, i) => attempt(i))

async function importAll(page: Page) {
  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'many.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(many)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${many.length} attempts`)
}

const rows = (page: Page) => page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('listitem')

test('a long history opens with its newest attempts and shows more on demand', async ({ page }) => {
  await importAll(page)
  await page.goto('/#/history')
  await expect(page.getByTestId('history-count')).toContainText('Showing 120 of 120 finished attempts')
  await expect(rows(page)).toHaveCount(50)
  await expect(rows(page).first()).toContainText('attempt 0')
  await page.getByRole('button', { name: /Show more \(70 older\)/ }).click()
  await expect(rows(page)).toHaveCount(120)
  await expect(rows(page).last()).toContainText('attempt 119')
})

test('delete an attempt, then undo', async ({ page }) => {
  await importAll(page)
  await page.goto('/#/history')
  const first = rows(page).first()
  await expect(first).toContainText('attempt 0')
  await first.getByRole('button', { name: /^Delete the attempt/ }).click()
  await expect(page.getByTestId('history-count')).toContainText('of 119 finished attempts')
  await expect(rows(page).first()).toContainText('attempt 1')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('history-count')).toContainText('of 120 finished attempts')
  await page.reload()
  await expect(rows(page).first()).toContainText('attempt 0')
})

test('export only the selected attempts', async ({ page }) => {
  await importAll(page)
  await page.goto('/#/history')
  await rows(page).nth(0).getByRole('checkbox').check()
  await rows(page).nth(2).getByRole('checkbox').check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export selected' }).click()
  const file = await (await download).path()
  const { readFileSync } = await import('node:fs')
  const names = Object.keys(unzipSync(new Uint8Array(readFileSync(file))))
  expect(names.filter((n) => n.endsWith('.ink.json')).length).toBe(2)
  expect(names.some((n) => n.includes('h-0000'))).toBe(true)
  expect(names.some((n) => n.includes('h-0002'))).toBe(true)
  expect(names.some((n) => n.includes('h-0001'))).toBe(false)
})
