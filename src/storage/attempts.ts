// The attempts store's public API: every attempt, finished or not, is one
// record (body, summary and index written together). Reads pass the restore
// gate; writes go through one path (writeAttempts). See README.md.
import { get } from 'idb-keyval'
import type { RestoreIssue } from '../core/attempts/restore'
import type { Attempt, AttemptSummary } from '../core/attempts/schema'
import { summarizeAttempt } from '../core/attempts/attempt'
import type { AudioChunk } from '../core/voice/audioRecord'
import { audioRange, putChunks } from './audio'
import { readStoredMeta, restoreStored, SOURCE, toStoredBody, toStoredMeta, type LoadResult } from './codec'
import { closeDb, inTransaction, promisifyRequest, storeOf, STORES, type StoreName, type Stores } from './db'
import { StorageWriteError } from './errors'
import { noteIssues } from './issues'
import './legacyDraft'
import { requestPersistentStorage } from './persistence'
import { createSerialQueue } from './serialQueue'
import { readAllMetas, resetIndex, updateIndex } from './summaryIndex'

export { StorageWriteError } from './errors'
export { storageIssues } from './issues'
export type { LoadResult } from './codec'

/** Closes the connection (tests swap the IndexedDB factory between cases). */
export const closeAttemptsDb = closeDb

const bodyStore = storeOf(STORES.body)
const ATTEMPT_STORES = [STORES.meta, STORES.index, STORES.body] as const
/** An attempt with its recordings: deleting and importing one touches all of these at once. */
const WITH_AUDIO = [...ATTEMPT_STORES, STORES.audio, STORES.audioMeta] as const

let askedPersistence = false
function askPersistenceOnce(): void {
  if (askedPersistence) return
  askedPersistence = true
  void requestPersistentStorage()
}

// ---- writing ----

/**
 * The one write path: records, summaries and the index together, in one
 * transaction. `onlyIfAbsent` skips ids already stored (imports). Throws
 * StorageWriteError; the caller keeps the attempts in memory.
 */
async function writeAttempts(
  attempts: readonly Attempt[],
  opts: { onlyIfAbsent?: boolean; notOverFinished?: boolean; what?: string; audio?: readonly AudioChunk[]; also?: AlsoWrite } = {},
): Promise<{ written: string[]; skipped: string[] }> {
  askPersistenceOnce()
  try {
    // Prepared before the transaction: awaiting anything but IndexedDB inside it would end it.
    const prepared = await Promise.all(attempts.map(async (a) => ({ id: a.id, body: await toStoredBody(a), meta: toStoredMeta(a) })))
    const audio = opts.audio ?? []
    return await inTransaction([...new Set([...(audio.length ? WITH_AUDIO : ATTEMPT_STORES), ...(opts.also?.stores ?? [])])], 'readwrite', async (s) => {
      await opts.also?.write(s)
      const existing = opts.onlyIfAbsent ? new Set((await promisifyRequest(s[STORES.body].getAllKeys())).map(String)) : new Set<string>()
      const written: string[] = []
      const skipped: string[] = []
      for (const p of prepared) {
        if (existing.has(p.id)) {
          skipped.push(p.id)
          continue
        }
        if (opts.notOverFinished) {
          const stored = (await promisifyRequest(s[STORES.meta].get(p.id))) as { status?: unknown } | undefined
          if (stored?.status === 'finished') {
            skipped.push(p.id)
            continue
          }
        }
        existing.add(p.id)
        s[STORES.meta].put(p.meta, p.id)
        s[STORES.body].put(p.body, p.id)
        written.push(p.id)
      }
      const keep = new Set(written)
      await updateIndex(s, (m) => {
        for (const p of prepared) if (keep.has(p.id)) m.set(p.id, p.meta)
      })
      // Recordings come with their attempt: an attempt already stored keeps its own.
      const audioOfWritten = audio.filter((c) => keep.has(c.attemptId))
      if (audioOfWritten.length) await putChunks(s, audioOfWritten)
      return { written, skipped }
    })
  } catch (e) {
    throw StorageWriteError.from(e, opts.what)
  }
}

/** Stores an attempt, new or replaced, finished or not. Throws StorageWriteError; the caller keeps `a` in memory. */
export async function saveAttempt(a: Attempt): Promise<void> {
  await writeAttempts([a])
}

/** More records written in the same transaction as the attempts (an import's interview records). */
export interface AlsoWrite {
  stores: readonly StoreName[]
  write(s: Stores): Promise<void>
}

/**
 * Autosave's write: an unfinished attempt, unless the stored one is already
 * finished (a late autosave, say from leaving the board just after Done, must
 * never turn a finished answer back into an unfinished one). True when written.
 */
export async function saveUnfinishedAttempt(a: Attempt): Promise<boolean> {
  return (await writeAttempts([a], { notOverFinished: true })).written.length === 1
}

/**
 * Adds attempts whose id is not stored yet, with their recordings, all in one
 * transaction: either all of them are written or none (any failure leaves the
 * store as it was). `also` writes other records in that same transaction.
 */
export async function addAttemptsIfAbsent(
  attempts: readonly Attempt[],
  audio: readonly AudioChunk[] = [],
  also?: AlsoWrite,
): Promise<{ added: string[]; alreadyPresent: string[] }> {
  const r = await writeAttempts(attempts, { onlyIfAbsent: true, what: 'The import', audio, ...(also ? { also } : {}) })
  return { added: r.written, alreadyPresent: r.skipped }
}

const serial = createSerialQueue()

/**
 * Changes some fields of a stored attempt (updatedAt is set to now unless given).
 * Patches of one attempt run one after another, so quick successive edits of
 * different fields never undo each other. Throws when absent or unreadable, and
 * StorageWriteError when the write fails.
 */
export function patchAttempt(id: string, patch: Partial<Attempt>): Promise<Attempt> {
  return serial(id, async () => {
    const { attempt, issues } = await loadAttemptChecked(id)
    if (!attempt) throw new Error(issues.length ? `Attempt ${id} could not be read: ${issues[0]!.field} ${issues[0]!.message}` : `No attempt ${id}`)
    const next: Attempt = { ...attempt, ...patch, id, updatedAt: patch.updatedAt ?? Date.now() }
    await saveAttempt(next)
    return next
  })
}

// ---- reading ----

/** Reads an attempt through the restore gate; `issues` says why it is null when the record exists but is unreadable. */
export async function loadAttemptChecked(id: string): Promise<LoadResult> {
  const r = restoreStored(await get(id, bodyStore), { source: SOURCE, key: id })
  noteIssues(r.issues)
  return r
}

/** Reads an attempt through the restore gate; null when absent or unreadable (see storageIssues()). */
export async function loadAttempt(id: string): Promise<Attempt | null> {
  return (await loadAttemptChecked(id)).attempt
}

const byNewest = (a: AttemptSummary, b: AttemptSummary) => b.startedAt - a.startedAt || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1)

/** Summaries, newest first, plus records whose summary could not be read. Reads the index only (fast with thousands). */
export async function listAttemptSummariesChecked(): Promise<{ summaries: AttemptSummary[]; issues: RestoreIssue[] }> {
  const metas = await readAllMetas()
  const summaries: AttemptSummary[] = []
  const stale: string[] = []
  const issues: RestoreIssue[] = []
  for (const m of metas) {
    const summary = readStoredMeta(m)
    if (summary) summaries.push(summary)
    else {
      const id = (m as { id?: unknown } | null)?.id
      if (typeof id === 'string') stale.push(id)
      else issues.push({ source: SOURCE, key: '(unknown)', field: 'id', message: 'attempt summary without an id' })
    }
  }
  // Old or damaged summaries are rebuilt from the full record once, and written back.
  const rebuilt: Attempt[] = []
  for (const id of stale) {
    const r = await loadAttemptChecked(id)
    if (r.attempt) {
      summaries.push(summarizeAttempt(r.attempt))
      rebuilt.push(r.attempt)
    } else issues.push(...(r.issues.length ? r.issues : [{ source: SOURCE, key: id, field: '', message: 'summary without a record' }]))
  }
  if (rebuilt.length) await rewriteMetas(rebuilt).catch(() => undefined)
  noteIssues(issues)
  return { summaries: summaries.sort(byNewest), issues }
}

/** Writes fresh summaries of records read back (bodies untouched). */
async function rewriteMetas(attempts: readonly Attempt[]): Promise<void> {
  const metas = attempts.map(toStoredMeta)
  await inTransaction([STORES.meta, STORES.index], 'readwrite', async (s) => {
    for (const m of metas) s[STORES.meta].put(m, m.id)
    await updateIndex(s, (idx) => {
      for (const m of metas) idx.set(m.id, m)
    })
  })
}

/** Summaries, newest first. */
export async function listAttemptSummaries(): Promise<AttemptSummary[]> {
  return (await listAttemptSummariesChecked()).summaries
}

/** Ids of every stored attempt (readable or not). */
export async function listAttemptIds(): Promise<string[]> {
  return inTransaction([STORES.body], 'readonly', (s) => promisifyRequest(s[STORES.body].getAllKeys())).then((k) => k.map(String))
}

/** Every readable stored attempt (selected ids, or all), plus the issues of unreadable ones. */
export async function loadAttempts(ids?: readonly string[]): Promise<{ attempts: Attempt[]; issues: RestoreIssue[] }> {
  const want = ids ?? (await listAttemptIds())
  const attempts: Attempt[] = []
  const issues: RestoreIssue[] = []
  for (const id of want) {
    const r = await loadAttemptChecked(id)
    if (r.attempt) attempts.push(r.attempt)
    else issues.push(...(r.issues.length ? r.issues : [{ source: SOURCE, key: id, field: '', message: 'no such attempt' }]))
  }
  return { attempts, issues }
}

// ---- deleting ----

/** What deleteAttempt removed, exactly as stored; give it to restoreDeleted to undo. */
export interface DeletedAttempt {
  id: string
  meta: unknown
  body: unknown
  /** Its recordings, as stored: chunk keys and values, and their meta. */
  audio?: { keys: IDBValidKey[]; chunks: unknown[]; meta: unknown }
}

/** Removes one attempt (finished, or an unfinished one discarded) and its recordings, in one transaction. Returns what was removed (for undo), or null when there was none. */
export async function deleteAttempt(id: string): Promise<DeletedAttempt | null> {
  try {
    return await inTransaction(WITH_AUDIO, 'readwrite', async (s) => {
      const [meta, body, keys, chunks, audioMeta] = await Promise.all([
        promisifyRequest(s[STORES.meta].get(id)),
        promisifyRequest(s[STORES.body].get(id)),
        promisifyRequest(s[STORES.audio].getAllKeys(audioRange(id))),
        promisifyRequest(s[STORES.audio].getAll(audioRange(id))),
        promisifyRequest(s[STORES.audioMeta].get(id)),
      ])
      if (meta === undefined && body === undefined && !keys.length) return null
      s[STORES.meta].delete(id)
      s[STORES.body].delete(id)
      s[STORES.audio].delete(audioRange(id))
      s[STORES.audioMeta].delete(id)
      await updateIndex(s, (m) => m.delete(id))
      return { id, meta, body, ...(keys.length || audioMeta !== undefined ? { audio: { keys, chunks, meta: audioMeta } } : {}) }
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The attempt')
  }
}

/** Undo of deleteAttempt: puts the removed record back exactly as it was. */
export async function restoreDeleted(d: DeletedAttempt): Promise<void> {
  try {
    await inTransaction(d.audio ? WITH_AUDIO : ATTEMPT_STORES, 'readwrite', async (s) => {
      if (d.meta !== undefined) s[STORES.meta].put(d.meta, d.id)
      if (d.body !== undefined) s[STORES.body].put(d.body, d.id)
      if (d.audio) {
        d.audio.keys.forEach((k, i) => s[STORES.audio].put(d.audio!.chunks[i], k))
        if (d.audio.meta !== undefined) s[STORES.audioMeta].put(d.audio.meta, d.id)
      }
      await updateIndex(s, (m) => (d.meta !== undefined ? m.set(d.id, d.meta) : m.delete(d.id)))
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The attempt')
  }
}

/** Removes every stored attempt, unfinished ones included, and every recording. Returns how many were removed. */
export async function deleteAllAttempts(): Promise<number> {
  const names = [...WITH_AUDIO, STORES.drafts] as const
  try {
    return await inTransaction(names, 'readwrite', async (s) => {
      const n = await promisifyRequest(s[STORES.body].count())
      for (const name of names) s[name].clear()
      resetIndex(s)
      return n
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'Your attempts were not deleted:')
  }
}
