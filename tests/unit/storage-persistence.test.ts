import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { StorageWriteError } from '../../src/storage/errors'

function fakeStorage(grant: boolean) {
  const persist = vi.fn(async () => grant)
  const persisted = vi.fn(async () => false)
  const estimate = vi.fn(async () => ({ usage: 12_345, quota: 1_000_000 }))
  vi.stubGlobal('navigator', { storage: { persist, persisted, estimate } })
  return { persist, persisted, estimate }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('persistent storage', () => {
  it('is asked for once, at the first save, with a message for the UI', async () => {
    const s = fakeStorage(true)
    globalThis.indexedDB = new IDBFactory()
    const store = await import('../../src/storage/attempts')
    const persistence = await import('../../src/storage/persistence')
    expect(persistence.persistenceRequestMade()).toBeNull()
    const a = createAttempt({ problemId: 'p', problemTitle: 'P', language: 'sql', suggestedMs: 1, now: 1, id: 'x1' })
    await store.saveAttempt(a)
    await store.saveAttempt({ ...a, id: 'x2' })
    await store.saveAttempt({ ...a, id: 'x3', status: 'finished', endedAt: 2 })
    expect(s.persist).toHaveBeenCalledTimes(1)
    const r = await persistence.persistenceRequestMade()!
    expect(r).toEqual({ persisted: true, message: expect.stringContaining('persistent') })
    // A listener that subscribes late still hears the answer once.
    const heard: unknown[] = []
    persistence.onPersistenceResult((x) => heard.push(x))
    await Promise.resolve()
    expect(heard).toEqual([r])
    await store.closeAttemptsDb()
  })

  it('says what a refusal means', async () => {
    fakeStorage(false)
    const persistence = await import('../../src/storage/persistence')
    const r = await persistence.requestPersistentStorage()
    expect(r.persisted).toBe(false)
    expect(r.message).toContain(persistence.PERSIST_EXPLANATION)
    expect(r.message).toContain('export a backup')
  })

  it('reports usage for Settings, and copes without the API', async () => {
    fakeStorage(true)
    let persistence = await import('../../src/storage/persistence')
    expect(await persistence.storageUsage()).toEqual({ usageBytes: 12_345, quotaBytes: 1_000_000 })
    vi.unstubAllGlobals()
    vi.resetModules()
    vi.stubGlobal('navigator', {})
    persistence = await import('../../src/storage/persistence')
    expect(await persistence.storageUsage()).toEqual({ usageBytes: null, quotaBytes: null })
    expect(await persistence.isStoragePersisted()).toBeNull()
    expect((await persistence.requestPersistentStorage()).persisted).toBe(false)
  })
})

describe('StorageWriteError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota', /full/],
    [new DOMException('Internal error opening backing store', 'UnknownError'), 'unavailable', /not available/],
    [new DOMException('The database connection is closing.', 'InvalidStateError'), 'unavailable', /not available/],
    [new TypeError('Failed to execute put: could not be cloned'), 'other', /could not be cloned/],
  ])('classifies %s', (e, kind, text) => {
    const err = StorageWriteError.from(e)
    expect(err.kind).toBe(kind)
    expect(err.userMessage).toMatch(text)
    expect(err.userMessage).toMatch(/still open here/)
    expect(err.cause).toBe(e)
  })
})
