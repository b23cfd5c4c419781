// The English word list (models/english.words.json, written by
// scripts/make-wordlist.ts from SCOWL's common words: 45,000 words, 124 kB
// gzip), loaded on first use like the character models: in the browser inside
// the OCR worker at prewarm. Names made of words are what interview code
// writes (combine/englishNames.ts).
import { fetchJson } from './assetJson.ts'

interface WordsData {
  format: string
  words: string
}

const url = new URL('./models/english.words.json', import.meta.url)
let loaded: Promise<ReadonlySet<string> | undefined> | null = null

/** Parses the asset; throws on anything but the format we write. */
export function parseWords(data: unknown): ReadonlySet<string> {
  const d = data as WordsData
  if (!d || d.format !== 'inkterview-words/v1' || typeof d.words !== 'string') throw new Error('word list: unknown format')
  return new Set(d.words.split('\n'))
}

/** The word list, or undefined if it failed to load (reading goes on without it). */
export function englishWords(): Promise<ReadonlySet<string> | undefined> {
  loaded ??= fetchJson(url)
    .then(parseWords)
    .catch(() => {
      loaded = null // a later page may try again
      return undefined
    })
  return loaded
}
