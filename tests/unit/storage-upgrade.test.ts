// A database written by an earlier build (version 1: meta, body and drafts
// stores, no summary index) holding records of older schema versions: the
// store upgrades it in place, lists it, and reads every record through the
// migrations without rewriting or losing anything.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { ATTEMPT_SCHEMA_VERSION } from '../../src/core/attempts/schema'
import { closeAttemptsDb, listAttemptSummariesChecked, loadAttemptChecked } from '../../src/storage/attempts'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/attempts/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => closeAttemptsDb())

it('opens a version-1 database with old records, migrating them on read', async () => {
  const open = indexedDB.open('inkterview', 1)
  open.onupgradeneeded = () => {
    for (const n of ['attempt-meta', 'attempt-body', 'drafts']) open.result.createObjectStore(n)
  }
  const db = await req(open)
  const v0 = fixture('v0-prototype.json')
  const v1 = fixture('v1.json')
  const tx = db.transaction(['attempt-body', 'attempt-meta', 'drafts'], 'readwrite')
  tx.objectStore('attempt-body').put(v0, v0.id as string)
  tx.objectStore('attempt-body').put({ ...v1, ink: JSON.stringify(v1.ink) }, v1.id as string)
  // Summaries in an older shape: rebuilt from the records.
  tx.objectStore('attempt-meta').put({ id: v0.id, title: 'old summary' }, v0.id as string)
  tx.objectStore('attempt-meta').put({ id: v1.id, title: 'old summary' }, v1.id as string)
  tx.objectStore('drafts').put({ ...v1, id: 'draft-1', verdict: null, status: 'in-progress', endedAt: null }, 'current')
  await new Promise((r) => (tx.oncomplete = r))
  db.close()

  const list = await listAttemptSummariesChecked()
  expect(list.issues).toEqual([])
  // The old single draft is now an unfinished attempt like any other.
  expect(list.summaries.map((s) => [s.id, s.problemTitle, s.outcome, s.status])).toEqual([
    ['a-lq2x-0001', 'Valid Parentheses', 'partial', 'finished'],
    ['draft-1', 'Valid Parentheses', 'unrated', 'in-progress'],
    ['p-1699990000', 'Two Sum', 'unrated', 'finished'],
  ])
  const a0 = await loadAttemptChecked(v0.id as string)
  expect(a0.attempt?.ink.strokes).toEqual(v0.strokes)
  expect(a0.attempt?.schemaVersion).toBe(ATTEMPT_SCHEMA_VERSION)
  const draft = await loadAttemptChecked('draft-1')
  expect(draft.attempt).toMatchObject({ id: 'draft-1', status: 'in-progress', outcome: 'unrated', schemaVersion: ATTEMPT_SCHEMA_VERSION })

  // The stored records themselves are left as they were (read-time migration only).
  await closeAttemptsDb()
  const again = await req(indexedDB.open('inkterview'))
  expect(again.version).toBe(4)
  // Version 3 adds the interview's stores, version 4 the audio stores, beside the old ones.
  expect([...again.objectStoreNames].sort()).toEqual(
    [
      'attempt-body',
      'attempt-index',
      'attempt-meta',
      'audio-chunks',
      'audio-meta',
      'drafts',
      'interview-answers',
      'interview-lists',
      'interview-questions',
      'interview-stories',
      'mock-sessions',
    ].sort(),
  )
  expect(await req(again.transaction('attempt-body').objectStore('attempt-body').get(v0.id as string))).toEqual(v0)
  again.close()
})

it('upgrades a version-3 database (the interview stores) to 4, keeping its stores and adding the audio ones', async () => {
  const open = indexedDB.open('inkterview', 3)
  open.onupgradeneeded = () => {
    for (const n of ['attempt-meta', 'attempt-index', 'attempt-body', 'drafts', 'interview-answers']) open.result.createObjectStore(n)
  }
  const v3 = await req(open)
  await req(v3.transaction('interview-answers', 'readwrite').objectStore('interview-answers').put({ kept: true }, 'a1'))
  v3.close()
  expect((await listAttemptSummariesChecked()).summaries).toEqual([])
  await closeAttemptsDb()
  const again = await req(indexedDB.open('inkterview'))
  expect(again.version).toBe(4)
  expect([...again.objectStoreNames]).toEqual(expect.arrayContaining(['interview-answers', 'audio-chunks', 'audio-meta', 'attempt-body']))
  expect(await req(again.transaction('interview-answers').objectStore('interview-answers').get('a1'))).toEqual({ kept: true })
  again.close()
})

it('says so when an older version in another tab blocks the upgrade', async () => {
  const open = indexedDB.open('inkterview', 1)
  open.onupgradeneeded = () => open.result.createObjectStore('attempt-meta')
  const old = await req(open) // never closes: no versionchange handler
  const { saveAttempt, listAttemptSummaries } = await import('../../src/storage/attempts')
  const { createAttempt } = await import('../../src/core/attempts/attempt')
  const err = await saveAttempt(createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 1, now: 1 })).catch((e) => e)
  expect(err.kind).toBe('unavailable')
  expect(err.userMessage).toMatch(/another tab/)
  await expect(listAttemptSummaries()).rejects.toThrow(/another tab/)
  old.close()
  // Once the old tab is gone, the store works again, without a reload.
  await vi.waitFor(async () => expect(await listAttemptSummaries()).toEqual([]), { timeout: 3000, interval: 50 })
})
