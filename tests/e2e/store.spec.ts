// The attempts store in the real browser, through the Settings page: import a
// backup, find it after a reload, export it back byte-for-byte in meaning,
// delete everything with confirmation, and refuse a damaged file without
// touching what is stored.
import { readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup, readBackup } from '../../src/core/backup/backup'

// A real 1x1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

function sample(i: number, title: string): Attempt {
  const a = createAttempt({ problemId: 'two-sum', problemTitle: title, language: 'python', suggestedMs: 1_200_000, now: Date.UTC(2026, 0, i), id: `e2e-${i}` })
  return {
    ...a,
    status: 'finished',
    endedAt: a.startedAt + 300_000,
    timer: { suggestedMs: 1_200_000, elapsedMs: 300_000, runningSince: null },
    ink: { format: 'ink/v1', strokes: [{ points: [[10, 10, 0.5, 0], [20, 25, 0.5, 16]] }, { points: [[30, 10, 0.5, 400]] }], language: 'python' },
    transcript: { recognised: `retum ${i}`, edited: `return ${i}`, lines: [], ocrMs: 900 },
    rating: { correctness: 3, notes: 'fine' },
    outcome: 'solved',
    image: i === 1 ? new Blob([PNG], { type: 'image/png' }) : null,
    updatedAt: a.startedAt + 300_000,
  }
}

const originals = [sample(1, 'Two Sum'), sample(2, '<script>window.__pwned = 1</script>'), sample(3, 'Two Sum again')]

async function openSettings(page: Page) {
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
}
const count = (page: Page) => page.getByTestId('attempt-count')
const result = (page: Page) => page.getByTestId('settings-result')

test('import, reload, export, delete all, import again; a damaged file changes nothing', async ({ page }) => {
  const backup = Buffer.from(await buildBackup(originals))
  await openSettings(page)
  await expect(count(page)).toHaveText('0')
  await expect(page.getByTestId('storage-usage')).toContainText(/B/)

  // Import.
  await page.getByLabel('Import a backup').setInputFiles({ name: 'mine.zip', mimeType: 'application/zip', buffer: backup })
  await expect(result(page)).toHaveText('Imported 3 attempts from mine.zip.')
  await expect(count(page)).toHaveText('3')

  // Still there after a reload, and History lists them; hostile text stays text.
  await page.reload()
  await expect(count(page)).toHaveText('3')
  await page.goto('/#/history')
  const items = page.locator('.history-list li')
  await expect(items).toHaveCount(3)
  await expect(items.first()).toContainText('Two Sum again')
  await expect(page.getByText('<script>window.__pwned = 1</script>')).toBeVisible()
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

  // Export: the same attempts come back out.
  await openSettings(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all attempts' }).click()])
  expect(download.suggestedFilename()).toMatch(/^inkterview-backup-.*\.zip$/)
  await expect(result(page)).toContainText('Exported 3 attempts.')
  const exported = new Uint8Array(readFileSync((await download.path())!))
  const back = readBackup(exported, 'exported.zip')
  if (!back.ok) throw new Error(JSON.stringify(back.issues))
  const byId = new Map(back.attempts.map((a) => [a.id, a]))
  for (const a of originals) {
    const b = byId.get(a.id)!
    expect({ ...b, image: null }).toEqual({ ...a, image: null })
    expect(b.image ? new Uint8Array(await b.image.arrayBuffer()) : null).toEqual(a.image ? new Uint8Array(await a.image.arrayBuffer()) : null)
  }

  // Importing the same file again adds nothing.
  await page.getByLabel('Import a backup').setInputFiles({ name: 'exported.zip', mimeType: 'application/zip', buffer: Buffer.from(exported) })
  await expect(result(page)).toHaveText('Imported 0 attempts from exported.zip. 3 already stored, left as they were.')

  // A truncated file: a message naming the file, nothing changed.
  await page.getByLabel('Import a backup').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from(exported.subarray(0, exported.length - 40)) })
  await expect(page.getByRole('alert').filter({ hasText: 'broken.zip' })).toContainText('Nothing was imported')
  await expect(count(page)).toHaveText('3')

  // Delete all asks first; Cancel keeps everything.
  await page.getByRole('button', { name: 'Delete all attempts…' }).click()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(count(page)).toHaveText('3')
  await page.getByRole('button', { name: 'Delete all attempts…' }).click()
  await page.getByRole('button', { name: 'Yes, delete all 3 attempts' }).click()
  await expect(result(page)).toHaveText('Deleted 3 attempts from this device.')
  await page.reload()
  await expect(count(page)).toHaveText('0')

  // And the exported file brings them all back.
  await page.getByLabel('Import a backup').setInputFiles({ name: 'exported.zip', mimeType: 'application/zip', buffer: Buffer.from(exported) })
  await expect(result(page)).toHaveText('Imported 3 attempts from exported.zip.')
  await page.goto('/#/history')
  await expect(page.locator('.history-list li')).toHaveCount(3)
})
