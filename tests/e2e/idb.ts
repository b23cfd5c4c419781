// Reads the app's IndexedDB from the page, for browser tests that must prove
// what is (or is not) stored. `dumpIdb` serialises every store, key and value,
// Blobs as their bytes, so two dumps are equal only if the data is byte for byte the same.
import type { Page } from '@playwright/test'

export type IdbDump = Record<string, Record<string, [key: string, value: string][]>>

/** Every database of this origin: store name -> [key, value] pairs, values as canonical JSON. */
export function dumpIdb(page: Page): Promise<IdbDump> {
  return page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
    const encode = async (v: unknown): Promise<unknown> => {
      if (v instanceof Blob) {
        const bytes = new Uint8Array(await v.arrayBuffer())
        let hex = ''
        for (const b of bytes) hex += b.toString(16).padStart(2, '0')
        return { $blob: v.type, bytes: hex }
      }
      if (v instanceof Map) return { $map: await Promise.all([...v].map(async ([k, x]) => [await encode(k), await encode(x)])) }
      if (v instanceof Set) return { $set: await Promise.all([...v].map(encode)) }
      if (Array.isArray(v)) return Promise.all(v.map(encode))
      if (v && typeof v === 'object') {
        const out: Record<string, unknown> = {}
        for (const k of Object.keys(v).sort()) out[k] = await encode((v as Record<string, unknown>)[k])
        return out
      }
      return v
    }
    const out: Record<string, Record<string, [string, string][]>> = {}
    for (const info of await indexedDB.databases()) {
      const db = await req(indexedDB.open(info.name!))
      const stores: Record<string, [string, string][]> = {}
      for (const name of [...db.objectStoreNames].sort()) {
        const tx = db.transaction(name, 'readonly')
        const keys = await req(tx.objectStore(name).getAllKeys())
        const values = await req(tx.objectStore(name).getAll())
        stores[name] = await Promise.all(keys.map(async (k, i) => [JSON.stringify(k), JSON.stringify(await encode(values[i]))] as [string, string]))
      }
      db.close()
      out[info.name!] = stores
    }
    return out
  })
}

/** The stored attempt records (the attempts' bodies), as the page reads them. */
export function storedAttempts(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
    const db = await req(indexedDB.open('inkterview'))
    if (!db.objectStoreNames.contains('attempt-body')) return []
    const all = await req(db.transaction('attempt-body', 'readonly').objectStore('attempt-body').getAll())
    db.close()
    return all.map((a) => JSON.parse(JSON.stringify(a, (_k, v) => (v instanceof Blob ? `blob:${v.size}` : v))) as Record<string, unknown>)
  })
}
