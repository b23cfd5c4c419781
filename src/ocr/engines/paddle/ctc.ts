// Decoding PaddleOCR's recogniser output: per column, a probability for each
// class (0 = CTC blank, 1..N = the dictionary, N+1 = space). Greedy CTC:
// the best class per column, repeats collapsed, blanks dropped. The model
// reads Chinese as well as ASCII; code is printable ASCII, so each column's
// choice is restricted to the blank and the classes that map to printable
// ASCII (full-width forms such as "，" count as ","), rather than decoding
// freely and dropping what is not ASCII (a column whose best class is "口"
// still says which ASCII character it most resembles).
import type { LineReading, WordReading } from '../engine.ts'

/** Full-width and typographic forms the model reads, mapped to what a code line means by them. */
const TO_ASCII: Record<string, string> = {
  '\u3000': ' ', '\u3001': ',', '\u3002': '.', '\u00b7': '.', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00d7': '*', '\u3010': '[', '\u3011': ']', '\u300a': '<', '\u300b': '>',
  '\u2026': '...', '\u00a5': '$',
}

/** The printable-ASCII text a dictionary entry stands for, or null when it stands for none. */
export function toAscii(entry: string): string | null {
  if (entry.length === 1) {
    const c = entry.charCodeAt(0)
    if (c >= 0x20 && c <= 0x7e) return entry
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  }
  return TO_ASCII[entry] ?? null
}

/** Output class -> ASCII text ("" for the blank at 0, " " for the space class after the dictionary), null where not ASCII. */
export function classTable(dictionary: readonly string[]): (string | null)[] {
  return ['', ...dictionary.map(toAscii), ' ']
}

/** The dictionary file (one entry a line) as its entries. */
export function parseDictionary(text: string): string[] {
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

export interface CtcChar {
  text: string
  /** Mean probability over the columns it spans, 0..1. */
  prob: number
  /** First and last column (inclusive). */
  from: number
  to: number
}

/**
 * Greedy CTC over `scores` (T columns of C class probabilities, row-major),
 * restricted to classes whose table entry is not null. Returns the characters
 * with the columns they came from; spaces are kept as characters (runs of
 * them and leading/trailing ones are dropped by the caller's line text).
 */
export function ctcGreedy(scores: Float32Array, T: number, C: number, table: readonly (string | null)[]): CtcChar[] {
  if (table.length !== C) throw new Error(`CTC: ${C} classes in the output, ${table.length} in the table`)
  const out: CtcChar[] = []
  let prev = -1
  let cur: { k: number; sum: number; n: number; from: number } | null = null
  const flush = (to: number) => {
    if (cur && cur.k !== 0) out.push({ text: table[cur.k]!, prob: cur.sum / cur.n, from: cur.from, to })
    cur = null
  }
  for (let t = 0; t < T; t++) {
    let best = 0,
      bestP = -Infinity
    const row = t * C
    for (let k = 0; k < C; k++) {
      const p = scores[row + k]!
      if (p > bestP && table[k] !== null) {
        bestP = p
        best = k
      }
    }
    if (best === prev && cur) {
      cur.sum += bestP
      cur.n++
    } else {
      flush(t - 1)
      cur = { k: best, sum: bestP, n: 1, from: t }
    }
    prev = best
  }
  flush(T - 1)
  return out
}

/**
 * A line reading from decoded characters: words split at spaces, confidences
 * 0..100, horizontal extents in pixels of an image `width` px wide over `T` columns.
 */
export function toLineReading(chars: readonly CtcChar[], T: number, width: number): LineReading {
  const px = (col: number) => (col * width) / Math.max(1, T)
  const words: WordReading[] = []
  let w: WordReading | null = null
  for (const c of chars) {
    for (const ch of c.text) {
      if (ch === ' ') {
        w = null
        continue
      }
      if (!w) words.push((w = { text: '', confidence: 0, x0: px(c.from), x1: px(c.to + 1), symbols: [] }))
      w.text += ch
      w.x1 = px(c.to + 1)
      w.symbols.push({ text: ch, confidence: 100 * c.prob, x0: px(c.from), x1: px(c.to + 1), alternatives: [] })
    }
  }
  for (const word of words) word.confidence = word.symbols.reduce((n, s) => n + s.confidence, 0) / word.symbols.length
  const all = words.flatMap((x) => x.symbols)
  return {
    text: words.map((x) => x.text).join(' '),
    confidence: all.length ? all.reduce((n, s) => n + s.confidence, 0) / all.length : 0,
    words,
  }
}
