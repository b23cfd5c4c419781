#!/usr/bin/env node
// `npm run bench:store`: the attempts store in headless Chromium (Debian's, via
// Playwright, flags as in tests/e2e/chromium.ts). Builds ./page with Vite,
// serves it on 127.0.0.1, then measures
//   - saveAttempt of a realistic attempt (300 strokes x 30 points, 150 KB image): p50 / p95,
//     and of an unfinished one as autosave writes it (no image)
//   - first render of the app's History and Progress pages with 1,000 stored
//     attempts (50 of them unfinished), on fresh page loads (median of 5).
// Prints details, then last one JSON line {"saveP50Ms","saveP95Ms","autosaveP50Ms",
// "historyFirstRenderMs","progressFirstRenderMs"}.
// Targets: saveP95Ms <= 50, historyFirstRenderMs <= 150, progressFirstRenderMs <= 300.
import { execSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const outDir = join(tmpdir(), `inkterview-bench-store-${process.pid}`)
const SAVES = Number(process.env.BENCH_SAVES ?? 200)
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 1000)
const HISTORY_RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 5)

function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH
  if (fromEnv) return fromEnv
  return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim()
}
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

await build({
  root: join(root, 'scripts/bench-store/page'),
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: 'es2022' },
})

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' }
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '')
  const file = join(outDir, path || 'index.html')
  if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}/`

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
try {
  const context = await browser.newContext()
  const page = await context.newPage()
  const phase = async (query, timeout = 300_000) => {
    await page.goto(`${base}?${query}`)
    const r = await page.waitForFunction(() => window.__bench, null, { timeout, polling: 50 }).then((h) => h.jsonValue())
    if (r.error) throw new Error(`${query}: ${r.error}`)
    return r
  }
  const save = await phase(`phase=save&n=${SAVES}`)
  console.log(`save: ${save.saves} saves of an attempt with ${save.inkPoints} ink points and a ${save.imageBytes}-byte image`)
  console.log(`  saveAttempt p50 ${save.saveP50Ms} ms, p95 ${save.saveP95Ms} ms; an unfinished one as autosave writes it (no image) p50 ${save.draftSaveP50Ms} ms, p95 ${save.draftSaveP95Ms} ms`)
  const seeded = await phase(`phase=seed&n=${ATTEMPTS}`)
  console.log(`seeded ${seeded.seeded} attempts, ${seeded.unfinished} of them unfinished`)
  const runs = []
  if (process.env.BENCH_PROBE) for (let i = 0; i < 3; i++) console.log('probe', JSON.stringify(await phase(`phase=probe&run=${i}`)))
  const lists = []
  for (let i = 0; i < HISTORY_RUNS; i++) lists.push(await phase(`phase=list&n=${ATTEMPTS}&run=${i}`))
  console.log(`store alone: open database ${lists.map((r) => r.openMs).join(', ')} ms, then listAttemptSummaries of ${ATTEMPTS}: ${lists.map((r) => r.listMs).join(', ')} ms (Date#toLocaleString x${ATTEMPTS}: ${lists.map((r) => r.toLocaleStringMs).join(', ')} ms)`)
  for (let i = 0; i < HISTORY_RUNS; i++) runs.push(await phase(`phase=history&n=${ATTEMPTS}&run=${i}#/history`))
  console.log(
    `history (${ATTEMPTS} attempts, ${HISTORY_RUNS} fresh loads): mount to first painted items ${runs.map((r) => `${r.historyFirstRenderMs} (${r.firstItems} items)`).join(', ')} ms;` +
      ` to all ${runs[0].items} items ${runs.map((r) => r.fullListMs).join(', ')} ms; since navigation ${runs.map((r) => r.sinceNavigationMs).join(', ')} ms`,
  )
  const progress = []
  for (let i = 0; i < HISTORY_RUNS; i++) progress.push(await phase(`phase=progress&run=${i}#/progress`))
  console.log(`progress (${ATTEMPTS} attempts, ${HISTORY_RUNS} fresh loads): mount to painted charts ${progress.map((r) => r.progressFirstRenderMs).join(', ')} ms`)
  const plain = []
  for (let i = 0; i < HISTORY_RUNS; i++) plain.push(await phase(`phase=plain&run=${i}`))
  console.log(`for comparison, a plain list of the same ${ATTEMPTS} summaries (store read + render): ${plain.map((r) => r.plainListMs).join(', ')} ms`)
  const first50 = []
  for (let i = 0; i < HISTORY_RUNS; i++) first50.push(await phase(`phase=plain&limit=50&run=${i}`))
  console.log(`  and its first 50 rows only (what a list rendered in steps shows first): ${first50.map((r) => r.plainListMs).join(', ')} ms`)
  const usage = await page.evaluate(() => navigator.storage.estimate())
  console.log(`storage used: ${(usage.usage / 1024 / 1024).toFixed(1)} MB`)
  console.log(
    JSON.stringify({
      saveP50Ms: save.saveP50Ms,
      saveP95Ms: save.saveP95Ms,
      autosaveP50Ms: save.draftSaveP50Ms,
      historyFirstRenderMs: median(runs.map((r) => r.historyFirstRenderMs)),
      progressFirstRenderMs: median(progress.map((r) => r.progressFirstRenderMs)),
    }),
  )
} finally {
  await browser.close()
  server.close()
  execSync(`rm -rf '${outDir}'`)
}
