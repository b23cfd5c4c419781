// The character models shipped with the recogniser, one per language, loaded
// on first use (in the browser inside the OCR worker, at prewarm). Each is a
// plain JSON asset of our own origin (Python 1.17 MB gzip, JavaScript 0.47 MB)
// rather than a JS module, so the worker and the inline fallback share one
// file. Trained by scripts/train-charlm.ts.
import { loadCharLm, type CharLm, type CharLmData } from './charLm.ts'
import { fetchJson } from './assetJson.ts'

const urls: Record<string, URL> = {
  python: new URL('./models/python.charlm.json', import.meta.url),
  javascript: new URL('./models/javascript.charlm.json', import.meta.url),
  sql: new URL('./models/sql.charlm.json', import.meta.url),
}
urls.typescript = urls.javascript!

const loaded = new Map<string, Promise<CharLm | undefined>>()

/** The model for a language, or undefined where none is shipped (or it failed to load: reading goes on without it). */
export function charModelFor(language: string | undefined): Promise<CharLm | undefined> {
  const lang = (language ?? '').toLowerCase()
  const url = urls[lang]
  if (!url) return Promise.resolve(undefined)
  let p = loaded.get(lang)
  if (!p) {
    p = fetchJson(url)
      .then((data) => loadCharLm(data as CharLmData))
      .catch(() => {
        loaded.delete(lang) // a later page may try again
        return undefined
      })
    loaded.set(lang, p)
  }
  return p
}
