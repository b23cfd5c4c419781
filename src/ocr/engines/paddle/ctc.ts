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

/** Columns of `asciiColumns`: the blank, then printable ASCII 0x20..0x7e. */
export const ASCII_COLUMNS = 96

/**
 * The model's T x C scores folded onto ASCII: per column the blank's
 * probability, then each printable character's (summed over the classes that
 * stand for it, such as "," and "，"); the rest (Chinese) is dropped.
 */
export function asciiColumns(scores: Float32Array, T: number, C: number, table: readonly (string | null)[]): Float32Array {
  if (table.length !== C) throw new Error(`CTC: ${C} classes in the output, ${table.length} in the table`)
  const col = table.map((t) => (t === '' ? 0 : t !== null && t.length === 1 ? t.charCodeAt(0) - 0x1f : -1))
  const out = new Float32Array(T * ASCII_COLUMNS)
  for (let t = 0; t < T; t++)
    for (let k = 0; k < C; k++) {
      const c = col[k]!
      if (c >= 0) out[t * ASCII_COLUMNS + c]! += scores[t * C + k]!
    }
  return out
}

/** What scores a prefix as code: log10 P(next characters | the line so far), as CharLm.extendLogProb. */
export interface PrefixScorer {
  extendLogProb(prefix: string, added: string, end?: boolean): number
}

export interface BeamOptions {
  /** Weight of the character model's log10 probability against the columns' log10 probability. */
  lmWeight: number
  /** log10 bonus per character written (the model alone prefers short lines). */
  charBonus: number
  /** Prefixes kept per column (default 12). */
  beam?: number
  /** Characters below this probability in a column are not tried there (default 0.002). */
  prune?: number
  /**
   * Natural log of the factor the blank's and the space's probabilities are
   * multiplied by before decoding, each column then scaled back to its own
   * total (`lessBlank`). 0 or absent: the columns as the model gave them.
   */
  blankPenalty?: number
  /**
   * Natural log of the factor by which a character may follow itself with no
   * blank between ("oo" in "cookie", "))"); absent: only after a blank, as
   * CTC has it. With the blank made rare (`blankPenalty`) the columns seldom
   * hold the blank a double letter needs, so the character model decides.
   */
  repeatPenalty?: number
  /** The characters `repeatPenalty` applies to; absent: every character. */
  repeatable?: RegExp
}

/**
 * Columns with the blank and the space made `factor` times less likely
 * against the characters, each column keeping its total. On handwriting
 * rendered at our width the model gives the blank most columns, and a letter
 * it half sees loses to it column by column (see src/ocr/README.md).
 */
export function lessBlank(cols: Float32Array, T: number, factor: number): Float32Array {
  const out = new Float32Array(cols)
  for (let t = 0; t < T; t++) {
    const row = t * ASCII_COLUMNS
    let total = 0
    for (let c = 0; c < ASCII_COLUMNS; c++) total += cols[row + c]!
    const quiet = cols[row]! + cols[row + 1]!
    const z = quiet * factor + (total - quiet)
    if (!(z > 0)) continue
    const k = total / z
    out[row] = cols[row]! * factor * k
    out[row + 1] = cols[row + 1]! * factor * k
    for (let c = 2; c < ASCII_COLUMNS; c++) out[row + c] = cols[row + c]! * k
  }
  return out
}

interface Prefix {
  key: string
  /** The line as the character model sees it (no leading or doubled spaces). */
  text: string
  last: number
  /** ln P(columns so far, ending in a blank / in `last`). */
  pb: number
  pnb: number
  /** log10 P(text) under the character model. */
  lm: number
  chars: number
  node: { c: number; t: number; parent: Prefix['node'] } | null
}

const LN10 = Math.LN10
function lse(a: number, b: number): number {
  if (a === -Infinity) return b
  if (b === -Infinity) return a
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b))
}

/**
 * CTC prefix beam search over ASCII columns (`asciiColumns`) with a character
 * model of code: each prefix is scored by the probability of every alignment
 * that yields it, not only the best one, plus the model's view of it as a
 * line of code. Greedy decoding takes each column's best class; where a
 * letter's columns are shared between it and the blank ("toReturn" read as
 * "Return"), the sum over alignments and the model can keep it.
 */
export function ctcBeam(columns: Float32Array, T: number, lm: PrefixScorer, opts: BeamOptions): CtcChar[] {
  const cols = opts.blankPenalty ? lessBlank(columns, T, Math.exp(opts.blankPenalty)) : columns
  const B = opts.beam ?? 12
  const prune = opts.prune ?? 0.002
  const repeat = opts.repeatPenalty
  // Which classes may follow themselves, decided once per class.
  const repeats = Array.from({ length: ASCII_COLUMNS }, (_, c) => repeat !== undefined && c > 0 && (opts.repeatable?.test(String.fromCharCode(c + 0x1f)) ?? true))
  const total = (p: Prefix) => lse(p.pb, p.pnb) / LN10 + opts.lmWeight * p.lm + opts.charBonus * p.chars
  let beam: Prefix[] = [{ key: '', text: '', last: 0, pb: 0, pnb: -Infinity, lm: 0, chars: 0, node: null }]
  for (let t = 0; t < T; t++) {
    const row = t * ASCII_COLUMNS
    const next = new Map<string, Prefix>()
    const at = (from: Prefix, key: string, c: number): Prefix => {
      let p = next.get(key)
      if (p) return p
      if (c === 0) p = { ...from, pb: -Infinity, pnb: -Infinity }
      else {
        const ch = String.fromCharCode(c + 0x1f)
        // A leading or doubled space changes nothing the model sees.
        const silent = ch === ' ' && (from.text === '' || from.text.endsWith(' '))
        p = {
          key,
          text: silent ? from.text : from.text + ch,
          last: c,
          pb: -Infinity,
          pnb: -Infinity,
          lm: silent ? from.lm : from.lm + lm.extendLogProb(from.text, ch),
          chars: silent ? from.chars : from.chars + 1,
          node: { c, t, parent: from.node },
        }
      }
      next.set(key, p)
      return p
    }
    const cands: number[] = []
    for (let c = 1; c < ASCII_COLUMNS; c++) if (cols[row + c]! >= prune) cands.push(c)
    const blank = Math.log(Math.max(cols[row]!, 1e-30))
    for (const p of beam) {
      const all = lse(p.pb, p.pnb)
      const same = at(p, p.key, 0)
      same.pb = lse(same.pb, all + blank)
      if (p.last) same.pnb = lse(same.pnb, p.pnb + Math.log(Math.max(cols[row + p.last]!, 1e-30)))
      for (const c of cands) {
        const lp = Math.log(cols[row + c]!)
        const q = at(p, p.key + String.fromCharCode(c + 0x1f), c)
        // The same character again is a new one only after a blank (or, at a cost, straight after itself).
        const from = c !== p.last ? all : repeats[c] ? lse(p.pb, p.pnb + repeat!) : p.pb
        q.pnb = lse(q.pnb, from + lp)
      }
    }
    beam = [...next.values()].sort((a, b) => total(b) - total(a)).slice(0, B)
  }
  const end = (p: Prefix) => total(p) + opts.lmWeight * lm.extendLogProb(p.text.trimEnd(), '', true)
  const best = beam.reduce((a, b) => (end(b) > end(a) ? b : a))
  const emitted: { c: number; t: number }[] = []
  for (let n = best.node; n; n = n.parent) emitted.unshift({ c: n.c, t: n.t })
  // Each character's columns: from where it was written while it stays more likely than the blank.
  return emitted.map((e, i) => {
    const stop = i + 1 < emitted.length ? emitted[i + 1]!.t : T
    let to = e.t,
      sum = cols[e.t * ASCII_COLUMNS + e.c]!
    while (to + 1 < stop && cols[(to + 1) * ASCII_COLUMNS + e.c]! > cols[(to + 1) * ASCII_COLUMNS]!) sum += cols[++to * ASCII_COLUMNS + e.c]!
    return { text: String.fromCharCode(e.c + 0x1f), prob: sum / (to - e.t + 1), from: e.t, to }
  })
}
