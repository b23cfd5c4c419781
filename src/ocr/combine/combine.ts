// Character-level combination of several readings of one line (ROVER-style):
// every reading is aligned to a pivot reading, which gives, per position, the
// characters the renderings voted for (or nothing); a beam search then picks
// the path that best balances the votes against a character model of code.
// It can mend a word that no single reading got right, which choosing one
// whole reading cannot.
import type { CharLm } from '../language/charLm.ts'

export interface Reading {
  text: string
  /** Per character, 0..100. */
  conf: number[]
  /** How much this reading's vote counts (default 1): a writer's model can trust some renderings more (adapt/). */
  weight?: number
  /** What each character this reading's engine read stands for in this writer's hand (adapt/): its vote is shared among them. */
  remap?: (c: string) => { text: string; p: number }[] | undefined
}

export interface CombineWeights {
  /** Weight of log10(vote share). */
  vote: number
  /** Weight of the character model's log10 probability. */
  lm: number
  /** Penalty per syntax error of the whole line (see grammar.ts), applied to the beam's final paths. */
  grammar?: number
  /** Paths kept while searching (default 64: 16 kept 0.7 points of CER on the real pages, 128 gained nothing). */
  beam?: number
}

/** One slot of the confusion network: options with the number of readings that voted for each. */
interface Slot {
  options: { text: string; votes: number }[]
}

/** Edit alignment of b against a: for each position of a, what b has there, and what b inserts before each position (and at the end). */
export function align(a: string, b: string): { sub: (string | null)[]; ins: string[] } {
  const n = a.length,
    m = b.length
  const D = new Uint16Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => i * (m + 1) + j
  for (let i = 0; i <= n; i++) D[at(i, 0)] = i
  for (let j = 0; j <= m; j++) D[at(0, j)] = j
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      D[at(i, j)] = Math.min(D[at(i - 1, j)]! + 1, D[at(i, j - 1)]! + 1, D[at(i - 1, j - 1)]! + (a[i - 1] === b[j - 1] ? 0 : 1))
  const sub: (string | null)[] = new Array(n).fill(null)
  const ins: string[] = new Array(n + 1).fill('')
  let i = n,
    j = m
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && D[at(i, j)] === D[at(i - 1, j - 1)]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      sub[i - 1] = b[j - 1]!
      i--
      j--
    } else if (i > 0 && D[at(i, j)] === D[at(i - 1, j)]! + 1) {
      sub[i - 1] = null
      i--
    } else {
      ins[i] = b[j - 1]! + ins[i]
      j--
    }
  }
  return { sub, ins }
}

/** The confusion network of readings around readings[pivot]: gap slot, char slot, gap slot, ... */
function network(readings: readonly Reading[], pivot: number): Slot[] {
  const p = readings[pivot]!
  const n = p.text.length
  const gaps: Map<string, number>[] = Array.from({ length: n + 1 }, () => new Map())
  const chars: Map<string, number>[] = Array.from({ length: n }, () => new Map())
  readings.forEach((r, k) => {
    const w = r.weight ?? 1
    const add = (m: Map<string, number>, text: string) => m.set(text, (m.get(text) ?? 0) + w)
    const addChar = (m: Map<string, number>, c: string) => {
      const alt = c && r.remap?.(c)
      if (!alt) return add(m, c)
      for (const o of alt) m.set(o.text, (m.get(o.text) ?? 0) + w * o.p)
    }
    if (k === pivot) {
      for (let i = 0; i < n; i++) addChar(chars[i]!, p.text[i]!)
      for (let i = 0; i <= n; i++) add(gaps[i]!, '')
      return
    }
    const { sub, ins } = align(p.text, r.text)
    for (let i = 0; i < n; i++) addChar(chars[i]!, sub[i] ?? '')
    for (let i = 0; i <= n; i++) add(gaps[i]!, ins[i]!)
  })
  const slots: Slot[] = []
  for (let i = 0; i <= n; i++) {
    slots.push({ options: [...gaps[i]!].map(([text, votes]) => ({ text, votes })) })
    if (i < n) slots.push({ options: [...chars[i]!].map(([text, votes]) => ({ text, votes })) })
  }
  return slots
}

/**
 * The combined reading: the path through the network with the best
 * weights.vote * log10(share of votes) + weights.lm * log10 P(line), found by
 * beam search. With one reading it is that reading.
 */
export function combineReadings(
  readings: readonly Reading[],
  pivot: number,
  lm: CharLm,
  weights: CombineWeights,
  syntaxErrors?: (line: string) => number,
): Reading {
  if (readings.length < 2) return readings[pivot] ?? { text: '', conf: [] }
  // Lines read while writing are combined again on every later pass and at Done: remember them.
  let memo = memos.get(lm)
  if (!memo) memos.set(lm, (memo = new Map()))
  const key = `${pivot}\u0002${weights.vote}\u0002${weights.lm}\u0002${syntaxErrors ? weights.grammar : 0}\u0002${weights.beam ?? DEFAULT_BEAM}\u0002${readings.map((r) => (r.weight === undefined ? r.text : `${r.text}\u0003${r.weight}`)).join('\u0001')}`
  // A writer's remapping changes the votes: such lines are not remembered (the model changes as it learns).
  if (readings.some((r) => r.remap)) return combineUncached(readings, pivot, lm, weights, syntaxErrors)
  const hit = memo.get(key)
  if (hit) return hit
  const out = combineUncached(readings, pivot, lm, weights, syntaxErrors)
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!)
  memo.set(key, out)
  return out
}

const MEMO_SIZE = 2000
const DEFAULT_BEAM = 64
const memos = new WeakMap<CharLm, Map<string, Reading>>()

function combineUncached(readings: readonly Reading[], pivot: number, lm: CharLm, weights: CombineWeights, syntaxErrors?: (line: string) => number): Reading {
  const beam = weights.beam ?? DEFAULT_BEAM
  const K = readings.reduce((n, r) => n + (r.weight ?? 1), 0)
  const slots = network(readings, pivot)
  type Hyp = { text: string; conf: number[]; vote: number; lp: number }
  let hyps: Hyp[] = [{ text: '', conf: [], vote: 0, lp: 0 }]
  const score = (h: Hyp) => weights.vote * h.vote + weights.lm * h.lp
  for (const slot of slots) {
    if (slot.options.length === 1 && Math.abs(slot.options[0]!.votes - K) < 1e-9) {
      const o = slot.options[0]!
      for (const h of hyps) {
        h.lp += lm.extendLogProb(h.text, o.text)
        h.text += o.text
        for (let q = 0; q < o.text.length; q++) h.conf.push(100)
      }
      continue
    }
    const next: Hyp[] = []
    for (const h of hyps)
      for (const o of slot.options)
        next.push({
          text: h.text + o.text,
          conf: [...h.conf, ...Array.from(o.text, () => Math.round((100 * o.votes) / K))],
          vote: h.vote + Math.log10(o.votes / K),
          lp: h.lp + lm.extendLogProb(h.text, o.text),
        })
    // Same text by two routes: keep the better.
    const byText = new Map<string, Hyp>()
    for (const h of next) {
      const old = byText.get(h.text)
      if (!old || h.vote > old.vote) byText.set(h.text, h)
    }
    hyps = [...byText.values()].sort((x, y) => score(y) - score(x)).slice(0, beam)
  }
  for (const h of hyps) h.lp += lm.extendLogProb(h.text, '', true)
  // The grammar judges whole lines only: the finished paths. Past two errors a
  // line is garbled anyway and the parser's recovery says little (measured).
  // It chooses only among paths with the braces of the best one: braces open
  // and close blocks, and a line that fails to parse for another reason must
  // not lose or gain one ("functionsum(arr) {" is not mended by dropping the
  // brace; measured: synthetic-varied 2.9 -> 2.2% CER, the rest unchanged).
  const g = syntaxErrors && weights.grammar ? weights.grammar : 0
  hyps.sort((x, y) => score(y) - score(x))
  const braces = (t: string) => t.replace(/[^{}]/g, '')
  const shape = braces(hyps[0]!.text)
  const final = hyps
    .filter((h) => !g || braces(h.text) === shape)
    .map((h) => ({ h, s: score(h) - (g ? g * Math.min(2, syntaxErrors!(h.text)) : 0) }))
  final.sort((x, y) => y.s - x.s)
  const best = final[0]!.h
  // Readings join words with single spaces; the path may not.
  let text = '',
    conf: number[] = []
  for (let i = 0; i < best.text.length; i++) {
    const c = best.text[i]!
    if (c === ' ' && (text === '' || text.endsWith(' '))) continue
    text += c
    conf.push(best.conf[i]!)
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1)
    conf = conf.slice(0, -1)
  }
  return { text, conf }
}
