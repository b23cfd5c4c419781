// `npm run dev` is the README's first command: the dev server must serve a
// working app (its dependency pre-bundling broke once on tldraw's assets).
import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test } from './fixtures'

const PORT = Number(process.env.E2E_DEV_PORT ?? 5183)
let server: ChildProcess

test.beforeAll(async () => {
  server = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the dev server did not start')
})

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid)
})

test('the dev server serves the app: library, a problem, the board', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible({ timeout: 60_000 })
  await page.goto(`http://127.0.0.1:${PORT}/#/problem/two-sum`)
  await page.getByRole('button', { name: 'Start' }).click({ timeout: 60_000 })
  await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 60_000 })
  expect(errors).toEqual([])
})
