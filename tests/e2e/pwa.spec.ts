// Installable and current: the manifest is served and valid (icons fetchable at
// the sizes they claim), and a new deployment is offered in one line whose
// reload keeps the attempt in progress.
import { readFileSync, writeFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'
import { penLine } from './pointers'

/** Width and height from a PNG's IHDR chunk (throws if it is not a PNG). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString() !== 'IHDR') throw new Error('not a PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function fetchPng(request: APIRequestContext, url: string) {
  const r = await request.get(url)
  expect(r.status(), url).toBe(200)
  expect(r.headers()['content-type'], url).toMatch(/image\/png/)
  return pngSize(await r.body())
}

test('the web app manifest is linked, served and valid; every icon is there at its size', async ({ page, request, baseURL }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const manifestUrl = new URL(href!, page.url()).href
  const res = await request.get(manifestUrl)
  expect(res.status()).toBe(200)
  const m = (await res.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] }
  expect(m).toMatchObject({ name: expect.stringContaining('Inkterview'), short_name: 'Inkterview', display: 'standalone' })
  expect(String(m.short_name).length).toBeLessThanOrEqual(12)
  for (const k of ['theme_color', 'background_color']) expect(m[k]).toMatch(/^#[0-9a-f]{6}$/i)
  // Start URL and scope inside our origin, the start URL within the scope.
  const start = new URL(String(m.start_url), manifestUrl)
  const scope = new URL(String(m.scope), manifestUrl)
  expect(start.origin).toBe(new URL(baseURL!).origin)
  expect(start.href.startsWith(scope.href)).toBe(true)
  // Android and desktop need 192 and 512, each also maskable.
  const have = new Set(m.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`))
  for (const need of ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']) expect(have, need).toContain(need)
  for (const icon of m.icons) {
    expect(icon.type).toBe('image/png')
    const [w, h] = icon.sizes.split('x').map(Number)
    expect(await fetchPng(request, new URL(icon.src, manifestUrl).href)).toEqual({ width: w, height: h })
  }
  // iOS: the Apple touch icon (180 px) and the full-screen status bar.
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  expect(await fetchPng(request, new URL(apple!, page.url()).href)).toEqual({ width: 180, height: 180 })
  await expect(page.locator('meta[name="apple-mobile-web-app-status-bar-style"]')).toHaveAttribute('content', /black|default/)
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/)
})

test('a new version is offered in one line, and its reload keeps the attempt in progress', async ({ page }) => {
  test.setTimeout(240_000)
  const swFile = new URL('../../dist/sw.js', import.meta.url)
  const original = readFileSync(swFile, 'utf8')
  try {
    await page.goto('/#/problem/two-sum')
    await page.getByRole('button', { name: 'Start' }).click()
    await page.locator('[data-testid="tools.draw"][aria-pressed="true"]').waitFor({ timeout: 90_000 })
    const box = (await page.locator('.tl-canvas').boundingBox())!
    for (const dy of [120, 200, 280]) await penLine(page, { x: box.x + 100, y: box.y + dy }, { x: box.x + 320, y: box.y + dy + 8 })
    await expect(page.locator('.tl-shape[data-shape-type="draw"]')).toHaveCount(3)
    const attemptUrl = page.url()
    expect(attemptUrl).toMatch(/#\/attempt\/a-/)
    // The offline copy is installed and controls the page: no prompt for a first install.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 120_000 })
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' })
    await expect(prompt).toHaveCount(0)

    // Deploy a new version (a changed worker), and let the app look for it as it does when shown again.
    writeFileSync(swFile, `${original}\n// next deployment ${Date.now()}\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
    await expect(prompt).toBeVisible({ timeout: 120_000 })
    await expect(prompt).toHaveText(/A new version is ready — reload/)
    await prompt.getByRole('button', { name: 'reload' }).click()

    // The page reloads under the new worker, back on the attempt, ink and all.
    await page.waitForEvent('load', { timeout: 60_000 })
    await expect(page).toHaveURL(attemptUrl)
    await expect(page.locator('.tl-shape[data-shape-type="draw"]')).toHaveCount(3, { timeout: 60_000 })
    await expect(prompt).toHaveCount(0)
  } finally {
    writeFileSync(swFile, original)
  }
})
