// Persistent storage: without it the browser may evict IndexedDB under disk
// pressure. We ask once, at the first save.

export interface PersistResult {
  /** True when the browser promises not to evict our data. */
  persisted: boolean
  /** One line for the UI. */
  message: string
}

export const PERSIST_EXPLANATION =
  'Inkterview keeps your attempts only on this device; allowing persistent storage stops the browser from clearing them when space runs low.'

let firstRequest: Promise<PersistResult> | null = null
const listeners = new Set<(r: PersistResult) => void>()
let settled: PersistResult | null = null

/** Called once with the answer to the first request (at the first save). Returns the unsubscribe function. */
export function onPersistenceResult(listener: (r: PersistResult) => void): () => void {
  listeners.add(listener)
  if (settled) {
    const r = settled
    queueMicrotask(() => listeners.has(listener) && listener(r))
  }
  return () => void listeners.delete(listener)
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function'
    ? navigator.storage
    : null
}

/** Asks the browser for persistent storage (once per page load; later calls return the same answer). */
export function requestPersistentStorage(): Promise<PersistResult> {
  firstRequest ??= (async (): Promise<PersistResult> => {
    const sm = storageManager()
    if (!sm)
      return { persisted: false, message: 'This browser cannot promise to keep your attempts; export a backup now and then (Settings).' }
    try {
      const persisted = (await sm.persisted()) || (await sm.persist())
      return persisted
        ? { persisted, message: 'Storage is persistent: the browser will not clear your attempts on its own.' }
        : { persisted, message: `${PERSIST_EXPLANATION} The browser said no for now; export a backup now and then (Settings).` }
    } catch (e) {
      return { persisted: false, message: `Could not ask for persistent storage (${String((e as Error)?.message ?? e)}); export a backup now and then.` }
    }
  })()
  void firstRequest.then((r) => {
    settled = r
    listeners.forEach((l) => l(r))
  })
  return firstRequest
}

/** Asks again (a button in Settings); unlike requestPersistentStorage it does not reuse an earlier answer. */
export async function askPersistentStorageAgain(): Promise<PersistResult> {
  const sm = storageManager()
  if (!sm) return { persisted: false, message: 'This browser cannot promise to keep your attempts; export a backup now and then.' }
  try {
    const persisted = await sm.persist()
    return persisted
      ? { persisted, message: 'Storage is persistent: the browser will not clear your attempts on its own.' }
      : { persisted, message: 'The browser declined. Browsers often grant it to sites you use often or have bookmarked; meanwhile, export a backup now and then.' }
  } catch (e) {
    return { persisted: false, message: `Could not ask for persistent storage (${String((e as Error)?.message ?? e)}).` }
  }
}

/** The answer to the first request, or null when none was made yet. */
export function persistenceRequestMade(): Promise<PersistResult> | null {
  return firstRequest
}

/** Whether storage is persistent now, without asking. */
export async function isStoragePersisted(): Promise<boolean | null> {
  const sm = storageManager()
  if (!sm) return null
  try {
    return await sm.persisted()
  } catch {
    return null
  }
}

export interface StorageUsage {
  usageBytes: number | null
  quotaBytes: number | null
}

export async function storageUsage(): Promise<StorageUsage> {
  const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined
  if (!sm || typeof sm.estimate !== 'function') return { usageBytes: null, quotaBytes: null }
  try {
    const e = await sm.estimate()
    return { usageBytes: e.usage ?? null, quotaBytes: e.quota ?? null }
  } catch {
    return { usageBytes: null, quotaBytes: null }
  }
}
