// The connection to Inkterview's IndexedDB database: opening (and upgrading)
// it, waiting politely for an older tab, and transactions over several object
// stores. idb-keyval gives single-store helpers; a save must write a record,
// its summary and the summary index atomically, so we open one IndexedDB
// transaction over those stores ourselves and use idb-keyval's
// promisifyRequest to await its requests.
import { promisifyRequest, type UseStore } from 'idb-keyval'
import { notifyAttemptsChanged } from './changes'

export { promisifyRequest }

const DB_NAME = 'inkterview'
// 3: the interview's stores (answers, stories, own questions, the ask-back
// list, mock sessions); 4: the audio stores (recordings of attempts). Every
// upgrade only creates the stores that are missing.
const DB_VERSION = 4

/** Object stores (see README.md). */
export const STORES = {
  meta: 'attempt-meta',
  index: 'attempt-index',
  body: 'attempt-body',
  /** Version 1's single unfinished-attempt slot: read once, to move its draft into the attempts (legacyDraft.ts). */
  drafts: 'drafts',
  /** Recorded audio, chunk by chunk, keyed [attemptId, seq] (audio.ts). */
  audio: 'audio-chunks',
  /** Per attempt: its recordings' sessions and sizes, kept with every chunk written. */
  audioMeta: 'audio-meta',
  answers: 'interview-answers',
  stories: 'interview-stories',
  ownQuestions: 'interview-questions',
  lists: 'interview-lists',
  mockSessions: 'mock-sessions',
} as const
export type StoreName = (typeof STORES)[keyof typeof STORES]
/** Writes to these change what lists of attempts show (changes.ts tells them). */
const ATTEMPT_STORE_NAMES: ReadonlySet<StoreName> = new Set([STORES.meta, STORES.index, STORES.body])

interface Opening {
  db: Promise<IDBDatabase>
  ready: boolean
  /** An older version in another tab holds the database open: this upgrade waits until it closes. */
  blocked: boolean
  waiters: ((e: unknown) => void)[]
}
let opening: Opening | undefined
const onOpen: ((db: IDBDatabase) => Promise<void>)[] = []

/** Work to do once each time the database is opened, before anyone else uses it (e.g. moving a legacy draft). */
export function runOnOpen(task: (db: IDBDatabase) => Promise<void>): void {
  onOpen.push(task)
}

const blockedError = () =>
  new DOMException('Inkterview is open in another tab with an older version; close that tab, then reload this one.', 'InvalidStateError')

export function getDb(): Promise<IDBDatabase> {
  if (!opening) {
    const request = indexedDB.open(DB_NAME, DB_VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      for (const name of Object.values(STORES)) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name)
    }
    const opened = promisifyRequest(request).then(async (db) => {
      // A failed on-open task must not make the store unusable: it reports its own issues.
      for (const task of onOpen) await task(db).catch(() => undefined)
      return db
    })
    const o: Opening = { db: opened, ready: false, blocked: false, waiters: [] }
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

/** An idb-keyval store over one of our object stores (single-store reads). */
export const storeOf =
  (name: StoreName): UseStore =>
  (mode, cb) =>
    getDb().then((db) => cb(db.transaction(name, mode).objectStore(name)))

export type Stores = Record<StoreName, IDBObjectStore>

/** One transaction over several stores; resolves when it commits, and aborts if `work` throws. */
export async function inTransaction<T>(
  names: readonly StoreName[],
  mode: IDBTransactionMode,
  work: (stores: Stores) => T | Promise<T>,
  db?: IDBDatabase,
): Promise<T> {
  const tx = (db ?? (await getDb())).transaction(names as StoreName[], mode)
  const stores = {} as Stores
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
  if (mode === 'readwrite' && names.some((n) => ATTEMPT_STORE_NAMES.has(n))) notifyAttemptsChanged()
  return result
}

/** Closes the connection (tests swap the IndexedDB factory between cases). */
export async function closeDb(): Promise<void> {
  const o = opening
  opening = undefined
  if (o?.ready) (await o.db).close()
  else if (o) void o.db.then((db) => db.close(), () => undefined)
}
