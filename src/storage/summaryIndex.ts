// The summary index: one record holding every attempt's summary, so History,
// Progress and the problem page read one value instead of a thousand small
// ones (several times faster). The meta store stays the truth: an index that
// is missing or out of step with it is rebuilt on the next read.
import { inTransaction, promisifyRequest, STORES, type Stores } from './db'
import { SUMMARY_VERSION } from './codec'

const INDEX_KEY = 'summaries'

interface StoredIndex {
  v: number
  metas: Map<string, unknown>
}
const isIndex = (x: unknown): x is StoredIndex =>
  typeof x === 'object' && x !== null && (x as StoredIndex).v === SUMMARY_VERSION && (x as StoredIndex).metas instanceof Map

/** Applies a change to the index inside a write transaction; a missing index stays missing (the next read rebuilds it). */
export async function updateIndex(s: Stores, change: (metas: Map<string, unknown>) => void): Promise<void> {
  const idx: unknown = await promisifyRequest(s[STORES.index].get(INDEX_KEY))
  if (!isIndex(idx)) {
    if (idx !== undefined) s[STORES.index].delete(INDEX_KEY)
    return
  }
  change(idx.metas)
  s[STORES.index].put(idx, INDEX_KEY)
}

/** Empties the index (with every attempt deleted). */
export function resetIndex(s: Stores): void {
  s[STORES.index].put({ v: SUMMARY_VERSION, metas: new Map() } satisfies StoredIndex, INDEX_KEY)
}

/** Every stored meta value: from the index when it matches the meta store, else rebuilt from the meta store. */
export async function readAllMetas(): Promise<unknown[]> {
  const fast = await inTransaction([STORES.index, STORES.meta], 'readonly', async (s) => {
    const [idx, count] = await Promise.all([promisifyRequest(s[STORES.index].get(INDEX_KEY)), promisifyRequest(s[STORES.meta].count())])
    return isIndex(idx) && idx.metas.size === count ? [...idx.metas.values()] : null
  })
  if (fast) return fast
  return inTransaction([STORES.index, STORES.meta], 'readwrite', async (s) => {
    const [keys, vals] = await Promise.all([promisifyRequest(s[STORES.meta].getAllKeys()), promisifyRequest(s[STORES.meta].getAll())])
    const metas = new Map<string, unknown>()
    keys.forEach((k, i) => metas.set(String(k), vals[i]))
    s[STORES.index].put({ v: SUMMARY_VERSION, metas } satisfies StoredIndex, INDEX_KEY)
    return vals
  }).catch(() =>
    // A read must not fail because the rebuilt index could not be written.
    inTransaction([STORES.meta], 'readonly', (s) => promisifyRequest(s[STORES.meta].getAll())),
  )
}
