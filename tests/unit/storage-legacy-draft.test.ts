// Version 2 kept the unfinished attempt in one slot that every Start overwrote.
// On first open the draft found there becomes an unfinished attempt like any
// other, through the restore gate; an unreadable one is reported and left alone.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { closeAttemptsDb, listAttemptSummariesChecked, loadAttempt, saveAttempt, storageIssues } from '../../src/storage/attempts'
import { moveLegacyDraft } from '../../src/storage/legacyDraft'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/attempts/v2-draft-slot.json', import.meta.url), 'utf8')) as Record<string, unknown>
const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))

/** A version-2 database as the previous release left it, with `draft` in the slot. */
async function v2Database(draft: unknown): Promise<void> {
  const open = indexedDB.open('inkterview', 2)
  open.onupgradeneeded = () => {
    for (const n of ['attempt-meta', 'attempt-index', 'attempt-body', 'drafts']) open.result.createObjectStore(n)
  }
  const db = await req(open)
  const tx = db.transaction('drafts', 'readwrite')
  tx.objectStore('drafts').put(draft, 'current')
  await new Promise((r) => (tx.oncomplete = r))
  db.close()
}

async function draftSlot(): Promise<unknown> {
  const db = await req(indexedDB.open('inkterview'))
  const v = await req(db.transaction('drafts').objectStore('drafts').get('current'))
  db.close()
  return v
}

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => closeAttemptsDb())

it('turns the old draft into an unfinished attempt on first open, with its strokes and clock', async () => {
  await v2Database(fixture)
  const { summaries, issues } = await listAttemptSummariesChecked()
  expect(issues).toEqual([])
  expect(summaries).toHaveLength(1)
  expect(summaries[0]).toMatchObject({ id: 'a-draft-slot-0001', problemId: 'binary-search', status: 'in-progress', strokeCount: 5, elapsedMs: 180_000 })
  const a = await loadAttempt('a-draft-slot-0001')
  expect(a!.ink.strokes).toHaveLength(5)
  await closeAttemptsDb()
  expect(await draftSlot()).toBeUndefined()
})

it('keeps a draft it cannot read where it is, untouched, and says why', async () => {
  const broken = { ...fixture, timer: { suggestedMs: 'fifteen minutes' } }
  await v2Database(broken)
  const { summaries } = await listAttemptSummariesChecked()
  expect(summaries).toEqual([])
  expect(storageIssues()).toContainEqual(expect.objectContaining({ key: 'current', field: 'timer.suggestedMs' }))
  await closeAttemptsDb()
  expect(await draftSlot()).toEqual(broken)
})

it('moves the draft once, even when two tabs open at the same time', async () => {
  await v2Database(fixture)
  // Two connections, as two tabs have, both finding the draft.
  const [a, b] = await Promise.all([req(indexedDB.open('inkterview')), req(indexedDB.open('inkterview'))])
  const results = await Promise.all([moveLegacyDraft(a), moveLegacyDraft(b)])
  a.close()
  b.close()
  expect(results.sort()).toEqual(['moved', 'none'])
  expect((await listAttemptSummariesChecked()).summaries.map((s) => s.id)).toEqual(['a-draft-slot-0001'])
})

it('never replaces an attempt already stored under the same id', async () => {
  await v2Database(fixture)
  // Opening the store moves it; put a finished attempt of that id in its place and a draft again.
  const finished = { ...createAttempt({ problemId: 'binary-search', problemTitle: 'Binary search', language: 'python', suggestedMs: 1, now: 5, id: 'a-draft-slot-0001' }), status: 'finished' as const, endedAt: 9 }
  await saveAttempt(finished)
  const db = await req(indexedDB.open('inkterview'))
  const tx = db.transaction('drafts', 'readwrite')
  tx.objectStore('drafts').put(fixture, 'current')
  await new Promise((r) => (tx.oncomplete = r))
  db.close()
  expect(await moveLegacyDraft()).toBe('already-stored')
  expect((await loadAttempt('a-draft-slot-0001'))!.status).toBe('finished')
})
