// A reader that learns its writer: from the lines a candidate corrected, how
// well each rendering of each engine reads this writer's hand (its character
// error), and from that a weight for its vote in the combination
// (combine/combine.ts). Pure data and arithmetic: what is learnt stays on the
// device (src/storage/writerModel.ts keeps it), nothing is sent anywhere.
//
// A source is one way of reading a line: an engine and a rendering
// (`sourceKey`). The same sources read every page, so what is learnt on one
// page's lines applies to the next page whatever it says: it learns the hand,
// not the words.
import { levenshtein } from '../../core/ink/cer.ts'

export { WRITER_MODEL_FORMAT, emptyWriterModel, type WriterModel } from '../../core/reader/writerRecord.ts'
import type { WriterModel } from '../../core/reader/writerRecord.ts'
import { WRITER_MODEL_FORMAT } from '../../core/reader/writerRecord.ts'

/** The engine part of a source key. */
export const engineOf = (source: string) => source.slice(0, source.indexOf(':'))

/** For each character of `read`, what `truth` has in its place by an edit alignment ("" where truth has nothing). */
export function alignChars(read: string, truth: string): string[] {
  const n = read.length,
    m = truth.length
  const D = new Uint16Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => i * (m + 1) + j
  for (let i = 0; i <= n; i++) D[at(i, 0)] = i
  for (let j = 0; j <= m; j++) D[at(0, j)] = j
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) D[at(i, j)] = Math.min(D[at(i - 1, j)]! + 1, D[at(i, j - 1)]! + 1, D[at(i - 1, j - 1)]! + (read[i - 1] === truth[j - 1] ? 0 : 1))
  const out: string[] = new Array(n).fill('')
  let i = n,
    j = m
  while (i > 0 && j > 0) {
    if (D[at(i, j)] === D[at(i - 1, j - 1)]! + (read[i - 1] === truth[j - 1] ? 0 : 1)) {
      out[i - 1] = truth[j - 1]!
      i--
      j--
    } else if (D[at(i, j)] === D[at(i - 1, j)]! + 1) i--
    else j--
  }
  return out
}

/** Name of a reading's source: the engine and how the line was drawn for it. */
export const sourceKey = (engine: 'tesseract' | 'paddle', render: unknown) => `${engine}:${JSON.stringify(render)}`

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Pairs read lines with corrected lines (the candidate may have added,
 * removed or merged lines): an alignment by edit cost, keeping pairs that
 * are close enough to be the same line.
 */
export function pairLines(read: readonly string[], truth: readonly string[]): [number, number][] {
  const n = read.length,
    m = truth.length
  const cost = (i: number, j: number) => {
    const a = squash(read[i]!),
      b = squash(truth[j]!)
    return Math.max(a.length, b.length) ? levenshtein(a, b) / Math.max(a.length, b.length) : 0
  }
  const D = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) D[i]![j] = Math.min(D[i - 1]![j]! + 1, D[i]![j - 1]! + 1, D[i - 1]![j - 1]! + cost(i - 1, j - 1))
  const out: [number, number][] = []
  let i = n,
    j = m
  while (i > 0 && j > 0) {
    const c = cost(i - 1, j - 1)
    if (D[i]![j] === D[i - 1]![j - 1]! + c) {
      if (c < 0.6) out.push([i - 1, j - 1])
      i--
      j--
    } else if (D[i]![j] === D[i - 1]![j]! + 1) i--
    else j--
  }
  return out.reverse()
}

export interface PageToLearn {
  /** Per read line, the text of each reading and its source. */
  readings: { text: string; source: string }[][]
  /** What the transcript said for each read line (to pair it with the corrected lines). */
  read: string[]
  /** The corrected transcript. */
  corrected: string
}

/** The model after learning one corrected page. */
export function learnPage(model: WriterModel, page: PageToLearn): WriterModel {
  const truth = page.corrected.split('\n').filter((l) => l.trim())
  const sources = { ...model.sources }
  const confusions = structuredClone(model.confusions ?? {})
  const pairs = pairLines(page.read, truth)
  for (const [i, j] of pairs) {
    const ref = squash(truth[j]!).replace(/ /g, '')
    for (const r of page.readings[i] ?? []) {
      const s = (sources[r.source] = { ...(sources[r.source] ?? { edits: 0, chars: 0 }) })
      // Glyphs only: where a word gap falls is the combination's business, not the rendering's.
      const read = squash(r.text).replace(/ /g, '')
      s.edits += Math.min(ref.length, levenshtein(read, ref))
      s.chars += ref.length
      const byChar = (confusions[engineOf(r.source)] ??= {})
      alignChars(read, ref).forEach((t, k) => {
        const row = (byChar[read[k]!] ??= {})
        row[t] = (row[t] ?? 0) + 1
      })
    }
  }
  return { format: WRITER_MODEL_FORMAT, lines: model.lines + pairs.length, sources, confusions }
}

/** How sharply weights follow accuracy (chosen on the real pages' first half of writers; see src/ocr/README.md). */
export const ADAPT_SHARPNESS = 3
/** Below this many learnt characters a source keeps weight 1. */
const MIN_CHARS = 40

/**
 * Vote weights for a line's readings: a source's accuracy on this writer,
 * relative to the mean of the sources learnt, to the power ADAPT_SHARPNESS,
 * within [0.1, 4]. Sources not learnt enough weigh 1. Undefined when nothing is learnt.
 */
export function sourceWeights(model: WriterModel | null | undefined, sources: readonly string[], sharpness = ADAPT_SHARPNESS): number[] | undefined {
  if (!model || !model.lines) return undefined
  const acc = (s: { edits: number; chars: number }) => Math.max(0.02, 1 - s.edits / s.chars)
  const learnt = Object.values(model.sources).filter((s) => s.chars >= MIN_CHARS)
  if (!learnt.length) return undefined
  const mean = learnt.reduce((n, s) => n + acc(s), 0) / learnt.length
  return sources.map((k) => {
    const s = model.sources[k]
    return !s || s.chars < MIN_CHARS ? 1 : Math.min(4, Math.max(0.1, (acc(s) / mean) ** sharpness))
  })
}

/** How many sightings of a character read as itself its own reading is worth before the writer's counts (smoothing). */
export const CONFUSION_PRIOR = 20

/**
 * What a character an engine read stands for in this writer's hand: the
 * characters seen in its place in corrected lines, with probabilities
 * (itself favoured by CONFUSION_PRIOR sightings; options under 10% dropped).
 * Undefined where nothing is learnt for it.
 */
export function confusionsOf(model: WriterModel | null | undefined, engine: string, prior = CONFUSION_PRIOR): ((c: string) => { text: string; p: number }[] | undefined) | undefined {
  const table = model?.confusions?.[engine]
  if (!table) return undefined
  const memo = new Map<string, { text: string; p: number }[] | undefined>()
  return (c) => {
    if (memo.has(c)) return memo.get(c)
    const row = table[c]
    let out: { text: string; p: number }[] | undefined
    if (row) {
      const counts = new Map(Object.entries(row))
      counts.set(c, (counts.get(c) ?? 0) + prior)
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      out = [...counts].map(([text, n]) => ({ text, p: n / total })).filter((o) => o.p >= 0.1)
      const kept = out.reduce((a, o) => a + o.p, 0)
      out = out.map((o) => ({ text: o.text, p: o.p / kept }))
      if (out.length === 1 && out[0]!.text === c) out = undefined
    }
    memo.set(c, out)
    return out
  }
}
