// Store benchmark page, driven by scripts/bench-store/run.mjs in headless Chromium.
// ?phase=save     time saveAttempt of a realistic attempt (finished, and an
//                 unfinished one as autosave writes it), many times
// ?phase=seed     fill the store with N attempts, one in 20 unfinished
// ?phase=history  mount the app's real History page on a fresh page load and time
//                 until the list of N attempts is painted
// ?phase=progress the same for the Progress page, until its charts are painted
// Each phase leaves its result in window.__bench.
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { createAttempt } from '../../../src/core/attempts/attempt'
import type { Attempt, AttemptSummary } from '../../../src/core/attempts/schema'
import type { InkStroke } from '../../../src/core/ink/ink'
import { HistoryPage } from '../../../src/features/history/HistoryPage'
import { ProgressPage } from '../../../src/features/progress/ProgressPage'
import { addAttemptsIfAbsent, deleteAllAttempts, listAttemptIds, listAttemptSummariesChecked, saveAttempt } from '../../../src/storage/attempts'
import '../../../src/app/app.css'

declare global {
  interface Window {
    __bench?: unknown
  }
}

const params = new URLSearchParams(location.search)
const phase = params.get('phase')
const n = Number(params.get('n') ?? '1000')

// A seeded PRNG, so every run writes the same bytes.
let rngState = 12345
const rand = () => ((rngState = (rngState * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)

/** A 10-line hand-written answer: ~300 strokes of ~30 points with t, and a ~150 KB PNG-sized image. */
function realisticAttempt(i: number, image: Blob | null): Attempt {
  const a = createAttempt({ problemId: `problem-${i % 40}`, problemTitle: `Problem number ${i % 40}`, language: 'python', suggestedMs: 1_200_000, now: 1_700_000_000_000 + i * 60_000, id: `bench-${i}` })
  const strokes: InkStroke[] = []
  let t = 0
  for (let s = 0; s < 300; s++) {
    const x0 = 20 + (s % 30) * 25
    const y0 = 40 + Math.floor(s / 30) * 60
    const points: [number, number, number, number][] = []
    for (let p = 0; p < 30; p++) {
      t += 8
      points.push([Math.round((x0 + p * 0.7 + rand() * 3) * 100) / 100, Math.round((y0 + Math.sin(p / 3) * 12) * 100) / 100, 0.5, t])
    }
    t += 120
    strokes.push({ points })
  }
  const code = Array.from({ length: 10 }, (_, k) => `${'    '.repeat(k % 3)}line ${k} of the answer = value[${k}]`).join('\n')
  return {
    ...a,
    status: 'finished',
    endedAt: a.startedAt + 900_000,
    timer: { suggestedMs: 1_200_000, elapsedMs: 900_000, runningSince: null },
    ink: { format: 'ink/v1', strokes, language: 'python' },
    image,
    transcript: {
      recognised: code,
      edited: code,
      lines: code.split('\n').map((text, k) => ({ text, indent: 0, confidence: 80 + k, bbox: { minX: 0, minY: k * 60, maxX: 700, maxY: k * 60 + 40 }, strokeIds: [], doubtful: [] })),
      ocrMs: 2400,
    },
    rating: { correctness: 3, clarity: 3, notes: 'ok' },
    outcome: 'solved',
    updatedAt: a.startedAt + 960_000,
  }
}

/** One attempt in 20 is left unfinished (as autosave stores it: no image, no transcript yet). */
function seededAttempt(i: number, image: Blob | null): Attempt {
  const a = realisticAttempt(i, image)
  if (i % 20 !== 7) return a
  return { ...a, status: 'in-progress', endedAt: null, image: null, transcript: null, rating: null, outcome: 'unrated', timer: { ...a.timer, runningSince: a.updatedAt } }
}

function fakePng(bytes: number): Blob {
  const b = new Uint8Array(bytes)
  for (let i = 0; i < bytes; i++) b[i] = (rand() * 256) | 0
  b.set([137, 80, 78, 71, 13, 10, 26, 10])
  return new Blob([b], { type: 'image/png' })
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}
const round = (x: number) => Math.round(x * 100) / 100

async function benchSave() {
  await deleteAllAttempts()
  const image = fakePng(150_000)
  const warmup = 10
  const saves: number[] = []
  const drafts: number[] = []
  for (let i = 0; i < n + warmup; i++) {
    const a = realisticAttempt(i, image)
    const t0 = performance.now()
    await saveAttempt(a)
    const t1 = performance.now()
    await saveAttempt({ ...a, id: `unfinished-${i}`, status: 'in-progress', endedAt: null, image: null, transcript: null })
    const t2 = performance.now()
    if (i >= warmup) {
      saves.push(t1 - t0)
      drafts.push(t2 - t1)
    }
  }
  const points = realisticAttempt(0, null).ink.strokes.reduce((s, k) => s + k.points.length, 0)
  return {
    saves: saves.length,
    inkPoints: points,
    imageBytes: image.size,
    saveP50Ms: round(quantile(saves, 0.5)),
    saveP95Ms: round(quantile(saves, 0.95)),
    draftSaveP50Ms: round(quantile(drafts, 0.5)),
    draftSaveP95Ms: round(quantile(drafts, 0.95)),
  }
}

async function seed() {
  await deleteAllAttempts()
  const image = fakePng(150_000)
  for (let start = 0; start < n; start += 50) {
    const batch: Attempt[] = []
    for (let i = start; i < Math.min(n, start + 50); i++) batch.push(seededAttempt(i, image))
    await addAttemptsIfAbsent(batch)
  }
  return { seeded: n, unfinished: Array.from({ length: n }, (_, i) => i).filter((i) => i % 20 === 7).length }
}

/**
 * First render = the frame in which History first shows attempts. If the page
 * renders the list in steps, "full" is when all N are in the DOM (or the count
 * stopped growing for 1 s).
 */
function benchHistory(): Promise<unknown> {
  return new Promise((resolve) => {
    const root = document.getElementById('root')!
    const count = () => root.querySelectorAll('.history-list li').length
    const t0 = performance.now()
    createRoot(root).render(
      <Router hook={useHashLocation}>
        <HistoryPage />
      </Router>,
    )
    let first: number | null = null
    let firstItems = 0
    let last = 0
    let lastChange = 0
    // The frame after the items are in the DOM is when they are on screen.
    const painted = (fn: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => fn(performance.now()), 0))
    const poll = () => {
      const c = count()
      if (c > 0 && first === null) {
        first = -1
        firstItems = c
        painted((t) => (first = t))
      }
      if (c !== last) {
        last = c
        lastChange = performance.now()
      }
      if (first !== null && first > 0 && (c >= n || performance.now() - lastChange > 1000)) {
        painted((t) =>
          resolve({ historyFirstRenderMs: round(first! - t0), firstItems, fullListMs: round(t - t0), items: c, sinceNavigationMs: round(first!) }),
        )
        return
      }
      requestAnimationFrame(poll)
    }
    poll()
  })
}

/** First render of Progress: from mount to the frame where its charts are painted. */
function benchProgress(): Promise<unknown> {
  return new Promise((resolve) => {
    const root = document.getElementById('root')!
    const t0 = performance.now()
    createRoot(root).render(
      <Router hook={useHashLocation}>
        <ProgressPage />
      </Router>,
    )
    const poll = () => {
      // Both week and time charts drawn (recharts renders an svg per chart once it has data and size).
      if (root.querySelectorAll('.recharts-surface').length >= 2)
        requestAnimationFrame(() => setTimeout(() => resolve({ progressFirstRenderMs: round(performance.now() - t0) }), 0))
      else requestAnimationFrame(poll)
    }
    poll()
  })
}

/** For comparison: the same summaries as a plain list (no router links, no previews), store read included; `limit` rows only when given. */
function PlainList({ onDone, limit }: { onDone: () => void; limit: number }) {
  const [items, setItems] = useState<AttemptSummary[] | null>(null)
  useEffect(() => void listAttemptSummariesChecked().then((r) => setItems(r.summaries)), [])
  useEffect(() => {
    if (items) onDone()
  }, [items, onDone])
  if (!items) return <p>Loading…</p>
  return (
    <ol className="history-list">
      {items.slice(0, limit).map((s) => (
        <li key={s.id}>
          <a href={`#/attempt/${s.id}`}>{s.problemTitle}</a> {s.outcome}
        </li>
      ))}
    </ol>
  )
}

function benchPlain(): Promise<unknown> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    createRoot(document.getElementById('root')!).render(
      <PlainList limit={Number(params.get('limit') ?? Infinity)} onDone={() => requestAnimationFrame(() => setTimeout(() => resolve({ plainListMs: round(performance.now() - t0) }), 0))} />,
    )
  })
}

/** The store part of History alone: open the database and read every summary, on a fresh page load. */
async function benchList() {
  const tOpen = performance.now()
  await listAttemptIds()
  const t0 = performance.now()
  const { summaries } = await listAttemptSummariesChecked()
  const t1 = performance.now()
  const fmt = summaries.map((s) => new Date(s.startedAt).toLocaleString())
  const t2 = performance.now()
  return { openMs: round(t0 - tOpen), listMs: round(t1 - t0), toLocaleStringMs: round(t2 - t1), items: summaries.length + fmt.length * 0 }
}

async function probe() {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open('inkterview')
    r.onsuccess = () => res(r.result)
    r.onerror = () => rej(r.error)
  })
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
  const out: Record<string, number> = {}
  for (let k = 0; k < 3; k++) {
    let t = performance.now()
    const idx = await req(db.transaction('attempt-index').objectStore('attempt-index').get('summaries'))
    out[`index${k}`] = round(performance.now() - t)
    t = performance.now()
    const all = await req(db.transaction('attempt-meta').objectStore('attempt-meta').getAll())
    out[`getAll${k}`] = round(performance.now() - t)
    t = performance.now()
    await listAttemptSummariesChecked()
    out[`list${k}`] = round(performance.now() - t)
    out.sizes = (idx as { metas: Map<string, unknown> }).metas.size + all.length
  }
  return out
}

const run = phase === 'progress' ? benchProgress : phase === 'plain' ? benchPlain : phase === 'probe' ? probe : phase === 'list' ? benchList : phase === 'save' ? benchSave : phase === 'seed' ? seed : phase === 'history' ? benchHistory : async () => ({ error: `unknown phase ${phase}` })
run().then(
  (r) => (window.__bench = r),
  (e: unknown) => (window.__bench = { error: String((e as Error)?.stack ?? e) }),
)
