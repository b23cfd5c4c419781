// Both browser suites read what the store kept of a recording the same way:
// this function runs in the page (Playwright's page.evaluate, or the WebKit
// suite's app.evaluate, which sends its source), so it must stay self-contained.

export interface AudioMetaDump {
  bytes: number
  chunks: number
  sessions: { session: number; bytes: number; endMs: number; frames: number; mimeType: string }[]
}

/** The audio-meta record of the attempt in the page's URL, from IndexedDB (null: nothing recorded). */
export async function audioMetaInPage(): Promise<AudioMetaDump | null> {
  const id = decodeURIComponent(location.hash.replace(/^#\/attempt\//, ''))
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
  const db = await req(indexedDB.open('inkterview'))
  try {
    if (!db.objectStoreNames.contains('audio-meta')) return null
    return ((await req(db.transaction('audio-meta').objectStore('audio-meta').get(id))) as AudioMetaDump | undefined) ?? null
  } finally {
    db.close()
  }
}
