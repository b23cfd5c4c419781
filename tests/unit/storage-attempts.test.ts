import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import {
  addAttemptsIfAbsent,
  closeAttemptsDb,
  deleteAllAttempts,
  deleteAttempt,
  listAttemptSummaries,
  listAttemptSummariesChecked,
  loadAttempt,
  loadAttemptChecked,
  patchAttempt,
  restoreDeleted,
  saveAttempt,
  saveUnfinishedAttempt,
} from '../../src/storage/attempts'
import { createAttemptAutosaver } from '../../src/storage/autosave'

function sample(i: number, extra: Partial<Attempt> = {}): Attempt {
  const a = createAttempt({ problemId: `p${i}`, problemTitle: `Problem ${i}`, language: 'python', suggestedMs: 1_200_000, now: 1_700_000_000_000 + i * 1000, id: `att-${i}` })
  a.ink.strokes.push({ points: [[1, 2, 0.5, 0], [3, 4, 0.5, 16]] })
  return { ...a, ...extra }
}

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => closeAttemptsDb())

describe('attempts store', () => {
  it('autosave never turns a finished attempt back into an unfinished one (leaving the board right after Done)', async () => {
    const unfinished = sample(7)
    expect(await saveUnfinishedAttempt(unfinished)).toBe(true)
    const finished: Attempt = { ...unfinished, status: 'finished', endedAt: unfinished.startedAt + 60_000, updatedAt: unfinished.updatedAt + 60_000 }
    await saveAttempt(finished)
    // A late write of the board's unfinished copy is skipped...
    expect(await saveUnfinishedAttempt({ ...unfinished, updatedAt: finished.updatedAt + 1 })).toBe(false)
    const autosaver = createAttemptAutosaver()
    autosaver.schedule({ ...unfinished, updatedAt: finished.updatedAt + 2 })
    await autosaver.flush()
    expect((await loadAttempt('att-7'))!.status).toBe('finished')
    expect((await listAttemptSummaries()).find((s) => s.id === 'att-7')!.status).toBe('finished')
    // ...while the review's autosave of the finished attempt still writes its edits.
    autosaver.schedule({ ...finished, rating: { correctness: 4 }, updatedAt: finished.updatedAt + 3 })
    await autosaver.flush()
    expect((await loadAttempt('att-7'))!.rating).toEqual({ correctness: 4 })
  })

  it('saves and loads an attempt with its ink, image and unknown fields', async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2])], { type: 'image/png' })
    const a = sample(1, { image: png, futureField: { x: 1 }, transcript: { recognised: 'def f', edited: 'def f():', lines: [], ocrMs: 12 } })
    await saveAttempt(a)
    const b = await loadAttempt('att-1')
    expect(b).not.toBeNull()
    expect(b!.ink).toEqual(a.ink)
    expect(b!.futureField).toEqual({ x: 1 })
    expect(b!.transcript?.edited).toBe('def f():')
    expect(new Uint8Array(await b!.image!.arrayBuffer())).toEqual(new Uint8Array(await png.arrayBuffer()))
    expect(b!.image!.type).toBe('image/png')
  })

  it('lists summaries newest first', async () => {
    for (const i of [3, 1, 2]) await saveAttempt(sample(i))
    const list = await listAttemptSummaries()
    expect(list.map((s) => s.id)).toEqual(['att-3', 'att-2', 'att-1'])
    expect(list[0]).toMatchObject({ problemTitle: 'Problem 3', strokeCount: 1, status: 'in-progress' })
  })

  it('patches fields and bumps updatedAt', async () => {
    await saveAttempt(sample(1))
    await patchAttempt('att-1', { outcome: 'solved', rating: { correctness: 4 } })
    const b = await loadAttempt('att-1')
    expect(b!.outcome).toBe('solved')
    expect(b!.updatedAt).toBeGreaterThan(sample(1).updatedAt)
    expect((await listAttemptSummaries())[0]!.outcome).toBe('solved')
  })

  it('deletes one attempt and undoes it', async () => {
    await saveAttempt(sample(1))
    await saveAttempt(sample(2))
    const removed = await deleteAttempt('att-1')
    expect(await loadAttempt('att-1')).toBeNull()
    expect((await listAttemptSummaries()).map((s) => s.id)).toEqual(['att-2'])
    await restoreDeleted(removed!)
    expect((await loadAttempt('att-1'))!.problemId).toBe('p1')
    expect(await deleteAttempt('nope')).toBeNull()
  })

  it('deletes all', async () => {
    for (const i of [1, 2, 3]) await saveAttempt(sample(i))
    expect(await deleteAllAttempts()).toBe(3)
    expect(await listAttemptSummaries()).toEqual([])
  })

  it('keeps any number of unfinished attempts, each to the end of its life: start, autosave, finish, discard, undo', async () => {
    // Two answers started and left unfinished: neither replaces the other.
    const first = sample(1)
    const second = sample(2, { problemId: 'p1' })
    await saveAttempt(first)
    await saveAttempt(second)
    // Autosave writes the same record again as the pen moves.
    const written = { ...first, ink: { ...first.ink, strokes: [...first.ink.strokes, { points: [[5, 6]] as [number, number][] }] }, updatedAt: first.updatedAt + 900 }
    await saveAttempt(written)
    let list = await listAttemptSummaries()
    expect(list.map((s) => [s.id, s.status, s.strokeCount])).toEqual([
      ['att-2', 'in-progress', 1],
      ['att-1', 'in-progress', 2],
    ])
    // Done: the record becomes finished in place.
    await saveAttempt({ ...written, status: 'finished', endedAt: written.updatedAt + 10 })
    expect((await loadAttempt('att-1'))!.status).toBe('finished')
    // Discard the other one, then undo: it comes back exactly as it was.
    const gone = await deleteAttempt('att-2')
    expect((await listAttemptSummaries()).map((s) => s.id)).toEqual(['att-1'])
    await restoreDeleted(gone!)
    list = await listAttemptSummaries()
    expect(list.map((s) => [s.id, s.status])).toEqual([
      ['att-2', 'in-progress'],
      ['att-1', 'finished'],
    ])
    expect(await loadAttempt('att-2')).toEqual(second)
  })

  it('reports an unreadable stored record and skips it without deleting it', async () => {
    await saveAttempt(sample(1))
    // Damage the body behind the store's back.
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('inkterview')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    await new Promise<void>((res, rej) => {
      const tx = db.transaction(['attempt-body', 'attempt-meta'], 'readwrite')
      tx.objectStore('attempt-body').put({ schemaVersion: 2, id: 'att-9', startedAt: 'yesterday' }, 'att-9')
      tx.objectStore('attempt-meta').put({ id: 'att-9', v: 0 }, 'att-9')
      tx.oncomplete = () => res()
      tx.onerror = () => rej(tx.error)
    })
    db.close()
    const r = await loadAttemptChecked('att-9')
    expect(r.attempt).toBeNull()
    expect(r.issues.some((i) => i.key === 'att-9' && i.field === 'startedAt')).toBe(true)
    const list = await listAttemptSummariesChecked()
    expect(list.summaries.map((s) => s.id)).toEqual(['att-1'])
    expect(list.issues.some((i) => i.key === 'att-9')).toBe(true)
    // Still there: never deleted silently.
    expect((await loadAttemptChecked('att-9')).issues.length).toBeGreaterThan(0)
  })

  it('adds imported attempts only when absent', async () => {
    await saveAttempt(sample(1, { problemTitle: 'kept' }))
    const r = await addAttemptsIfAbsent([sample(1, { problemTitle: 'incoming' }), sample(2)])
    expect(r).toEqual({ added: ['att-2'], alreadyPresent: ['att-1'] })
    expect((await loadAttempt('att-1'))!.problemTitle).toBe('kept')
  })

  it('applies quick successive patches of different fields one after another', async () => {
    await saveAttempt(sample(1))
    await Promise.all([
      patchAttempt('att-1', { outcome: 'solved' }),
      patchAttempt('att-1', { rating: { clarity: 2 } }),
      patchAttempt('att-1', { transcript: { recognised: 'a', edited: 'b', lines: [], ocrMs: 1 } }),
    ])
    const b = (await loadAttempt('att-1'))!
    expect(b.outcome).toBe('solved')
    expect(b.rating).toEqual({ clarity: 2 })
    expect(b.transcript?.edited).toBe('b')
  })

  it('rebuilds the summary index when it is missing or out of step, and lists the same', async () => {
    for (const i of [1, 2, 3]) await saveAttempt(sample(i))
    const expected = await listAttemptSummaries()
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('inkterview')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    await new Promise<void>((res) => {
      const tx = db.transaction('attempt-index', 'readwrite')
      tx.objectStore('attempt-index').delete('summaries')
      tx.oncomplete = () => res()
    })
    expect(await listAttemptSummaries()).toEqual(expected)
    // Saves after the rebuild keep it in step.
    await saveAttempt(sample(4))
    await deleteAttempt('att-2')
    expect((await listAttemptSummaries()).map((s) => s.id)).toEqual(['att-4', 'att-3', 'att-1'])
    const idx = await new Promise<{ metas: Map<string, unknown> }>((res) => {
      const r = db.transaction('attempt-index').objectStore('attempt-index').get('summaries')
      r.onsuccess = () => res(r.result)
    })
    expect([...idx.metas.keys()].sort()).toEqual(['att-1', 'att-3', 'att-4'])
    db.close()
  })

  it('delete all takes unfinished attempts too', async () => {
    await saveAttempt(sample(1, { status: 'finished', endedAt: 1_700_000_100_000 }))
    await saveAttempt(sample(2))
    expect(await deleteAllAttempts()).toBe(2)
    expect(await listAttemptSummaries()).toEqual([])
  })
})
