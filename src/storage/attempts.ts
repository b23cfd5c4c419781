// The attempts store: the only importer of idb-keyval. One IndexedDB database,
// four object stores:
//   attempt-meta   id -> small summary (the truth for listing)
//   attempt-index  "summaries" -> Map of every summary, one value: History reads
//                  this single record, which is several times faster than
//                  reading a thousand small ones
//   attempt-body   id -> the whole record, ink as ink/v1 JSON text, image as bytes
//   drafts         "current" -> the unfinished attempt (autosave)
// A save writes meta, index and body in one transaction, so they never disagree;
// an index that is missing or does not match the meta is rebuilt from the meta.
// Everything read back passes the restore gate (core/attempts/restore.ts).
import { promisifyRequest, get, type UseStore } from 'idb-keyval'
import { z } from '../core/zod'
import { serializeInk } from '../core/ink/ink'
import { ATTEMPT_LANGUAGES, summarizeAttempt, type Attempt, type AttemptSummary } from '../core/attempts/attempt'
import { restoreAttempt, type RestoreIssue } from '../core/attempts/restore'
import { StorageWriteError } from './errors'
import { requestPersistentStorage } from './persistence'

export { StorageWriteError } from './errors'

const DB_NAME = 'inkterview'
const DB_VERSION = 2
const META = 'attempt-meta'
const INDEX = 'attempt-index'
const INDEX_KEY = 'summaries'
const BODY = 'attempt-body'
const DRAFTS = 'drafts'
const DRAFT_KEY = 'current'
const SOURCE = 'IndexedDB'
/** Bump when AttemptSummary changes: older meta is rebuilt from the body. */
const SUMMARY_VERSION = 1

interface Opening {
  db: Promise<IDBDatabase>
  ready: boolean
  /** An older version in another tab holds the database open: this upgrade waits until it closes. */
  blocked: boolean
  waiters: ((e: unknown) => void)[]
}
let opening: Opening | undefined

const blockedError = () =>
  new DOMException('Inkterview is open in another tab with an older version; close that tab, then reload this one.', 'InvalidStateError')

function getDb(): Promise<IDBDatabase> {
  if (!opening) {
    const request = indexedDB.open(DB_NAME, DB_VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      for (const name of [META, INDEX, BODY, DRAFTS]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name)
    }
    const o: Opening = { db: promisifyRequest(request), ready: false, blocked: false, waiters: [] }
    // Calls made while blocked fail with a clear message; the request itself stays
    // queued and the store works again as soon as the old tab closes.
    request.onblocked = () => {
      o.blocked = true
      for (const w of o.waiters.splice(0)) w(blockedError())
    }
    o.db.then(
      (db) => {
        o.ready = true
        o.blocked = false
        o.waiters.length = 0
        db.onclose = () => {
          if (opening === o) opening = undefined
        }
        // Another tab upgrading the schema: let it.
        db.onversionchange = () => {
          db.close()
          if (opening === o) opening = undefined
        }
      },
      () => {
        if (opening === o) opening = undefined
      },
    )
    opening = o
  }
  const o = opening
  if (o.ready) return o.db
  if (o.blocked) return Promise.reject(blockedError())
  return new Promise((resolve, reject) => {
    o.waiters.push(reject)
    o.db.then(resolve, reject)
  })
}

const storeOf =
  (name: string): UseStore =>
  (mode, cb) =>
    getDb().then((db) => cb(db.transaction(name, mode).objectStore(name)))

const bodyStore = storeOf(BODY)
const draftStore = storeOf(DRAFTS)

/** One transaction over several stores; resolves when it commits. */
async function inTransaction<T>(names: string[], mode: IDBTransactionMode, work: (stores: Record<string, IDBObjectStore>) => T | Promise<T>): Promise<T> {
  const db = await getDb()
  const tx = db.transaction(names, mode)
  const stores: Record<string, IDBObjectStore> = {}
  for (const n of names) stores[n] = tx.objectStore(n)
  const done = promisifyRequest(tx)
  let result: T
  try {
    result = await work(stores)
  } catch (e) {
    try {
      tx.abort()
    } catch {
      /* already finished */
    }
    await done.catch(() => undefined)
    throw e
  }
  await done
  return result
}

/** Closes the connection (tests swap the IndexedDB factory between cases). */
export async function closeAttemptsDb(): Promise<void> {
  const o = opening
  opening = undefined
  if (o?.ready) (await o.db).close()
  else if (o) void o.db.then((db) => db.close(), () => undefined)
}

// ---- stored shapes ----

interface StoredImage {
  type: string
  bytes: ArrayBuffer
}
type StoredBody = Record<string, unknown> & { ink: string; image: StoredImage | null }
type StoredMeta = AttemptSummary & { v: number }

async function toStoredBody(a: Attempt): Promise<StoredBody> {
  const image = a.image ? { type: a.image.type || 'image/png', bytes: await a.image.arrayBuffer() } : null
  return { ...a, ink: serializeInk(a.ink), image }
}

/** The stored body as the gate expects it: image bytes back into a Blob. */
function fromStoredBody(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const r = raw as Record<string, unknown>
  const img = r.image as Partial<StoredImage> | null | undefined
  if (img && typeof img === 'object' && !(img instanceof Blob) && img.bytes instanceof ArrayBuffer)
    return { ...r, image: new Blob([img.bytes], { type: typeof img.type === 'string' ? img.type : 'image/png' }) }
  return raw
}

const metaSchema = z.object({
  v: z.literal(SUMMARY_VERSION),
  id: z.string(),
  problemId: z.string(),
  problemTitle: z.string(),
  language: z.enum(ATTEMPT_LANGUAGES as [string, ...string[]]),
  status: z.enum(['in-progress', 'finished']),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  elapsedMs: z.number(),
  suggestedMs: z.number(),
  outcome: z.enum(['unrated', 'solved', 'partial', 'failed']),
  updatedAt: z.number(),
  strokeCount: z.number(),
  hasImage: z.boolean(),
  transcriptPreview: z.string(),
})

// ---- the summary index ----

interface StoredIndex {
  v: number
  metas: Map<string, unknown>
}
const isIndex = (x: unknown): x is StoredIndex =>
  typeof x === 'object' && x !== null && (x as StoredIndex).v === SUMMARY_VERSION && (x as StoredIndex).metas instanceof Map

/** Applies a change to the index inside a write transaction; a missing index stays missing (the next list rebuilds it). */
async function updateIndex(s: Record<string, IDBObjectStore>, change: (metas: Map<string, unknown>) => void): Promise<void> {
  const idx: unknown = await promisifyRequest(s[INDEX]!.get(INDEX_KEY))
  if (!isIndex(idx)) {
    if (idx !== undefined) s[INDEX]!.delete(INDEX_KEY)
    return
  }
  change(idx.metas)
  s[INDEX]!.put(idx, INDEX_KEY)
}

/** Every stored meta value: from the index when it matches the meta store, else rebuilt from the meta store. */
async function readAllMetas(): Promise<unknown[]> {
  const fast = await inTransaction([INDEX, META], 'readonly', async (s) => {
    const [idx, count] = await Promise.all([promisifyRequest(s[INDEX]!.get(INDEX_KEY)), promisifyRequest(s[META]!.count())])
    return isIndex(idx) && idx.metas.size === count ? [...idx.metas.values()] : null
  })
  if (fast) return fast
  return inTransaction([INDEX, META], 'readwrite', async (s) => {
    const [keys, vals] = await Promise.all([promisifyRequest(s[META]!.getAllKeys()), promisifyRequest(s[META]!.getAll())])
    const metas = new Map<string, unknown>()
    keys.forEach((k, i) => metas.set(String(k), vals[i]))
    s[INDEX]!.put({ v: SUMMARY_VERSION, metas } satisfies StoredIndex, INDEX_KEY)
    return vals
  }).catch(() =>
    // A read must not fail because the rebuilt index could not be written.
    inTransaction([META], 'readonly', (s) => promisifyRequest(s[META]!.getAll())),
  )
}

// ---- issues seen while reading ----

const seenIssues = new Map<string, RestoreIssue>()
/** Records the store could not read (skipped, kept in IndexedDB untouched). Settings shows these. */
export function storageIssues(): RestoreIssue[] {
  return [...seenIssues.values()]
}
function noteIssues(issues: RestoreIssue[]): void {
  for (const i of issues) seenIssues.set(`${i.key}\u0000${i.field}`, i)
}

// ---- public API ----

let askedPersistence = false
function askPersistenceOnce(): void {
  if (askedPersistence) return
  askedPersistence = true
  void requestPersistentStorage()
}

/** Stores an attempt (new or replaced). Throws StorageWriteError; the caller keeps `a` in memory. */
export async function saveAttempt(a: Attempt): Promise<void> {
  await writeAttempt(a, false)
}

// One write path for an attempt: record, summary and index together, and, when
// the attempt is finished, the draft it came from in the same transaction.
async function writeAttempt(a: Attempt, clearDraft: boolean): Promise<void> {
  askPersistenceOnce()
  try {
    const body = await toStoredBody(a)
    const meta: StoredMeta = { v: SUMMARY_VERSION, ...summarizeAttempt(a) }
    await inTransaction(clearDraft ? [META, INDEX, BODY, DRAFTS] : [META, INDEX, BODY], 'readwrite', async (s) => {
      s[META]!.put(meta, a.id)
      s[BODY]!.put(body, a.id)
      if (clearDraft) s[DRAFTS]!.delete(DRAFT_KEY)
      await updateIndex(s, (m) => m.set(a.id, meta))
    })
  } catch (e) {
    throw StorageWriteError.from(e)
  }
}

export interface LoadResult {
  attempt: Attempt | null
  issues: RestoreIssue[]
}

/** Reads an attempt through the restore gate; `issues` says why it is null when the record exists but is unreadable. */
export async function loadAttemptChecked(id: string): Promise<LoadResult> {
  return restoreStored(await get(id, bodyStore), { source: SOURCE, key: id })
}

/** A stored body through the restore gate; absent is not an issue, unreadable is (and is noted). */
function restoreStored(raw: unknown, ctx: { source: string; key: string }): LoadResult {
  if (raw === undefined) return { attempt: null, issues: [] }
  const r = restoreAttempt(fromStoredBody(raw), ctx)
  if (!r.ok) {
    noteIssues(r.issues)
    return { attempt: null, issues: r.issues }
  }
  return { attempt: r.attempt, issues: [] }
}

/** Reads an attempt through the restore gate; null when absent or unreadable (see storageIssues()). */
export async function loadAttempt(id: string): Promise<Attempt | null> {
  return (await loadAttemptChecked(id)).attempt
}

const byNewest = (a: AttemptSummary, b: AttemptSummary) => b.startedAt - a.startedAt || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1)

/** Summaries, newest first, plus records whose summary could not be read. Reads meta only. */
export async function listAttemptSummariesChecked(): Promise<{ summaries: AttemptSummary[]; issues: RestoreIssue[] }> {
  const metas = await readAllMetas()
  const summaries: AttemptSummary[] = []
  const stale: string[] = []
  const issues: RestoreIssue[] = []
  for (const m of metas) {
    const p = metaSchema.safeParse(m)
    if (p.success) {
      const { v: _v, ...summary } = p.data
      summaries.push(summary as AttemptSummary)
    } else {
      const id = (m as { id?: unknown } | null)?.id
      if (typeof id === 'string') stale.push(id)
      else issues.push({ source: SOURCE, key: '(unknown)', field: 'id', message: 'attempt summary without an id' })
    }
  }
  // Old or damaged summaries are rebuilt from the full record (slow path, rare).
  for (const id of stale) {
    const r = await loadAttemptChecked(id)
    if (r.attempt) summaries.push(summarizeAttempt(r.attempt))
    else issues.push(...(r.issues.length ? r.issues : [{ source: SOURCE, key: id, field: '', message: 'summary without a record' }]))
  }
  noteIssues(issues)
  return { summaries: summaries.sort(byNewest), issues }
}

/** Summaries, newest first. Reads meta only: fast with thousands. */
export async function listAttemptSummaries(): Promise<AttemptSummary[]> {
  return (await listAttemptSummariesChecked()).summaries
}

const patchQueues = new Map<string, Promise<Attempt>>()

/**
 * Changes some fields of a stored attempt (updatedAt is set to now unless given).
 * Patches of one attempt run one after another, so quick successive edits of
 * different fields never undo each other. Throws when absent or unreadable, and
 * StorageWriteError when the write fails.
 */
export function patchAttempt(id: string, patch: Partial<Attempt>): Promise<Attempt> {
  const prev = patchQueues.get(id)
  const run = async (): Promise<Attempt> => {
    const { attempt, issues } = await loadAttemptChecked(id)
    if (!attempt) throw new Error(issues.length ? `Attempt ${id} could not be read: ${issues[0]!.field} ${issues[0]!.message}` : `No attempt ${id}`)
    const next: Attempt = { ...attempt, ...patch, id, updatedAt: patch.updatedAt ?? Date.now() }
    await saveAttempt(next)
    return next
  }
  const mine = prev ? prev.then(run, run) : run()
  patchQueues.set(id, mine)
  const forget = () => {
    if (patchQueues.get(id) === mine) patchQueues.delete(id)
  }
  mine.then(forget, forget)
  return mine
}

/** What deleteAttempt removed, exactly as stored; give it to restoreDeleted to undo. */
export interface DeletedAttempt {
  id: string
  meta: unknown
  body: unknown
}

/** Removes one attempt. Returns what was removed (for undo), or null when there was none. */
export async function deleteAttempt(id: string): Promise<DeletedAttempt | null> {
  try {
    return await inTransaction([META, INDEX, BODY], 'readwrite', async (s) => {
      const [meta, body] = await Promise.all([promisifyRequest(s[META]!.get(id)), promisifyRequest(s[BODY]!.get(id))])
      if (meta === undefined && body === undefined) return null
      s[META]!.delete(id)
      s[BODY]!.delete(id)
      await updateIndex(s, (m) => m.delete(id))
      return { id, meta, body }
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The attempt')
  }
}

/** Undo of deleteAttempt: puts the removed record back exactly as it was. */
export async function restoreDeleted(d: DeletedAttempt): Promise<void> {
  try {
    await inTransaction([META, INDEX, BODY], 'readwrite', async (s) => {
      if (d.meta !== undefined) s[META]!.put(d.meta, d.id)
      if (d.body !== undefined) s[BODY]!.put(d.body, d.id)
      await updateIndex(s, (m) => (d.meta !== undefined ? m.set(d.id, d.meta) : m.delete(d.id)))
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The attempt')
  }
}

/** Removes every stored attempt (and the draft when `includeDraft`). Returns how many attempts were removed. */
export async function deleteAllAttempts(opts: { includeDraft?: boolean } = {}): Promise<number> {
  const names = opts.includeDraft ? [META, INDEX, BODY, DRAFTS] : [META, INDEX, BODY]
  try {
    return await inTransaction(names, 'readwrite', async (s) => {
      const n = await promisifyRequest(s[BODY]!.count())
      for (const name of names) s[name]!.clear()
      s[INDEX]!.put({ v: SUMMARY_VERSION, metas: new Map() } satisfies StoredIndex, INDEX_KEY)
      return n
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'Your attempts were not deleted:')
  }
}

/** Ids of every stored attempt (readable or not). */
export async function listAttemptIds(): Promise<string[]> {
  return inTransaction([BODY], 'readonly', (s) => promisifyRequest(s[BODY]!.getAllKeys())).then((k) => k.map(String))
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

/**
 * Adds attempts whose id is not stored yet, all in one transaction: either all
 * of them are written or none (any failure leaves the store as it was).
 */
export async function addAttemptsIfAbsent(attempts: readonly Attempt[]): Promise<{ added: string[]; alreadyPresent: string[] }> {
  askPersistenceOnce()
  try {
    const prepared = await Promise.all(
      attempts.map(async (a) => ({ id: a.id, body: await toStoredBody(a), meta: { v: SUMMARY_VERSION, ...summarizeAttempt(a) } })),
    )
    return await inTransaction([META, INDEX, BODY], 'readwrite', async (s) => {
      const existing = new Set((await promisifyRequest(s[BODY]!.getAllKeys())).map(String))
      const added: string[] = []
      const alreadyPresent: string[] = []
      for (const p of prepared) {
        if (existing.has(p.id)) {
          alreadyPresent.push(p.id)
          continue
        }
        existing.add(p.id)
        s[META]!.put(p.meta, p.id)
        s[BODY]!.put(p.body, p.id)
        added.push(p.id)
      }
      const addedSet = new Set(added)
      await updateIndex(s, (m) => {
        for (const p of prepared) if (addedSet.has(p.id)) m.set(p.id, p.meta)
      })
      return { added, alreadyPresent }
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The import')
  }
}

// ---- the unfinished attempt (autosave) ----

/** Stores the unfinished attempt (one at a time). Throws StorageWriteError. */
export async function saveDraft(a: Attempt): Promise<void> {
  askPersistenceOnce()
  try {
    const body = await toStoredBody(a)
    await inTransaction([DRAFTS], 'readwrite', (s) => {
      s[DRAFTS]!.put(body, DRAFT_KEY)
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'Your work in progress')
  }
}

export async function loadDraftChecked(): Promise<LoadResult> {
  return restoreStored(await get(DRAFT_KEY, draftStore), { source: `${SOURCE} (draft)`, key: DRAFT_KEY })
}

/** The unfinished attempt to offer for resume, or null. */
export async function loadDraft(): Promise<Attempt | null> {
  return (await loadDraftChecked()).attempt
}

export async function clearDraft(): Promise<void> {
  try {
    await inTransaction([DRAFTS], 'readwrite', (s) => {
      s[DRAFTS]!.delete(DRAFT_KEY)
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The draft')
  }
}

/** Finishing an attempt: stores it and removes the draft in one transaction. */
export async function saveAttemptAndClearDraft(a: Attempt): Promise<void> {
  await writeAttempt(a, true)
}
