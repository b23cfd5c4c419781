// What the other renderings of a line read in place of one of its words: the
// alternatives the review offers for a doubtful word (one tap to take one).
import { levenshtein } from '../../core/ink/cer.ts'
import { confusionDistance } from './confusion.ts'
import { tokenize } from '../language/tokens.ts'

/** The line's tokens without spaces. */
export const solidTokens = (line: string) => tokenize(line).filter((t) => t.kind !== 'space')

/**
 * Aligns two token sequences by edit distance (a substitution costs the
 * tokens' relative edit distance, a gap 1): for each token of `a`, the index
 * of the token of `b` in its place, or -1 where `b` has none.
 */
export function alignTokens(a: readonly string[], b: readonly string[]): number[] {
  const n = a.length,
    m = b.length
  const cost = (x: string, y: string) => (x === y ? 0 : levenshtein(x, y) / Math.max(x.length, y.length))
  const D: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) D[i]![j] = Math.min(D[i - 1]![j]! + 1, D[i]![j - 1]! + 1, D[i - 1]![j - 1]! + cost(a[i - 1]!, b[j - 1]!))
  const out = new Array<number>(n).fill(-1)
  let i = n,
    j = m
  while (i > 0 && j > 0) {
    if (D[i]![j] === D[i - 1]![j - 1]! + cost(a[i - 1]!, b[j - 1]!)) out[--i] = --j
    else if (D[i]![j] === D[i - 1]![j]! + 1) i--
    else j--
  }
  return out
}

/**
 * For each word of `line` (by its offset), the words the readings have in its
 * place with how many read each. Remembered: lines read while writing are
 * finished again on every later pass and at Done.
 */
function wordsInPlace(line: string, readings: readonly string[], numbers = false): Map<number, Map<string, number>> {
  const key = (numbers ? '#' : '') + line + '\u0001' + readings.join('\u0002')
  const hit = placeMemo.get(key)
  if (hit) return hit
  const out = countInPlace(line, readings.map((text) => ({ text })), numbers)
  if (placeMemo.size >= PLACE_MEMO_SIZE) placeMemo.delete(placeMemo.keys().next().value!)
  placeMemo.set(key, out)
  return out
}

/** wordsInPlace unremembered, each reading counted with its weight (1 unless a writer's model set one); numbers too if asked. */
function countInPlace(line: string, readings: readonly { text: string; weight?: number }[], numbers = false): Map<number, Map<string, number>> {
  const toks = solidTokens(line)
  const texts = toks.map((t) => t.text)
  const counted = (kind: string) => kind === 'word' || (numbers && kind === 'num')
  const out = new Map<number, Map<string, number>>()
  for (const t of toks) if (counted(t.kind)) out.set(t.start, new Map())
  for (const r of readings) {
    const rt = solidTokens(r.text)
    alignTokens(texts, rt.map((t) => t.text)).forEach((j, i) => {
      const counts = out.get(toks[i]!.start)
      const alt = rt[j]
      if (counts && alt && counted(alt.kind)) counts.set(alt.text, (counts.get(alt.text) ?? 0) + (r.weight ?? 1))
    })
  }
  return out
}
const placeMemo = new Map<string, Map<number, Map<string, number>>>()
const PLACE_MEMO_SIZE = 1000

/**
 * The words other readings of the line have where `line` has the word
 * starting at `start`: most often read first, the word itself left out.
 */
export function alternativesAt(line: string, start: number, readings: readonly string[], max = 3): string[] {
  const counts = wordsInPlace(line, readings).get(start)
  if (!counts) return []
  const word = solidTokens(line).find((t) => t.start === start)!.text
  return [...counts]
    .filter(([w]) => w !== word)
    .sort((x, y) => y[1] - x[1])
    .slice(0, max)
    .map(([w]) => w)
}

/**
 * The writer's identifiers are spelt the same each time: where a line has a
 * word that is not a word of the language, and some of its renderings read
 * there a word the page's other lines use more often, take that word.
 * Only words a rendering actually saw in that place are candidates, so it
 * never makes up a word, and a known word is never replaced.
 */
export function samePageSpelling(
  lines: readonly { text: string; conf: number[] }[],
  readings: readonly (readonly string[])[],
  isKnown: (word: string) => boolean,
  minLines = 2,
): { text: string; conf: number[] }[] {
  // On how many lines each word stands.
  const onLines = new Map<string, number>()
  for (const l of lines) for (const w of new Set(solidTokens(l.text).filter((t) => t.kind === 'word').map((t) => t.text))) onLines.set(w, (onLines.get(w) ?? 0) + 1)
  return lines.map((line, i) => {
    let { text, conf } = line
    // Right to left, so earlier offsets stay valid.
    for (const t of solidTokens(line.text).reverse()) {
      if (t.kind !== 'word' || t.text.length < 2 || isKnown(t.text)) continue
      const own = onLines.get(t.text) ?? 0
      const better = alternativesAt(line.text, t.start, readings[i] ?? [], 8).find(
        (alt) => (onLines.get(alt) ?? 0) >= Math.max(minLines, own + 1) && alike(alt, t.text),
      )
      if (!better) continue
      const end = t.start + t.text.length
      text = text.slice(0, t.start) + better + text.slice(end)
      // Still worth a look in the review: the renderings did not agree on it.
      conf = [...conf.slice(0, t.start), ...Array.from(better, () => DOUBTFUL_CONF), ...conf.slice(end)]
    }
    return { text, conf }
  })
}

const DOUBTFUL_CONF = 50

/** Two readings of one word: lengths within 30% of each other, at most half the characters changed. */
function alike(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 0.7 * long.length && levenshtein(a, b) <= 0.5 * long.length
}

/**
 * One spelling per short identifier by the renderings' votes over the whole
 * page: where the combination settled on a spelling few renderings read
 * ("ar" or "ann" for "arr"), take the look-alike spelling the renderings
 * read most often, summed over every place on the page where either was
 * read. Only names of 2-4 characters, a spelling a rendering read in that
 * very place, one look-alike step from the word (confusion distance at most
 * 1), read at least `margin` times as often page-wide; a word of the
 * language is never changed nor taken. A reading counts with its weight (a
 * writer's model trusts some renderings more). A conventional name
 * (`isCommon`: "arr" beside "ann") needs only to be read as often as the
 * unconventional spelling it replaces.
 */
export function voteSpelling(
  lines: readonly { text: string; conf: number[] }[],
  readings: readonly (readonly { text: string; weight?: number }[])[],
  isKnown: (word: string) => boolean,
  isCommon: (word: string) => boolean = () => false,
  margin = 2,
): { text: string; conf: number[] }[] {
  const places = lines.map((l, i) => ({ toks: solidTokens(l.text).filter((t) => t.kind === 'word' && !isKnown(t.text)), counts: weightedWordsInPlace(l.text, readings[i] ?? []) }))
  const total = new Map<string, number>()
  for (const p of places)
    for (const t of p.toks) for (const [w, n] of p.counts.get(t.start) ?? []) if (!isKnown(w)) total.set(w, (total.get(w) ?? 0) + n)
  return lines.map((line, i) => {
    let { text, conf } = line
    for (const t of [...places[i]!.toks].reverse()) {
      // Short names only: a long word has context enough for the character model, and
      // page-wide votes there took a reading's habit over the right spelling ("binany_seanch").
      if (t.text.length < 2 || t.text.length > 4) continue
      const here = places[i]!.counts.get(t.start)
      if (!here) continue
      const own = total.get(t.text) ?? 0
      const candidates = [...here.keys()]
        .filter((w) => w !== t.text && w.length >= 2 && !isKnown(w) && confusionDistance(t.text, w, 1) <= 1)
        .sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0))
      const need = (w: string) => (isCommon(w) && !isCommon(t.text) ? 1 : margin) * Math.max(1, own)
      const best = candidates.find((w) => (total.get(w) ?? 0) >= need(w))
      if (!best) continue
      const end = t.start + t.text.length
      text = text.slice(0, t.start) + best + text.slice(end)
      conf = [...conf.slice(0, t.start), ...Array.from(best, () => DOUBTFUL_CONF), ...conf.slice(end)]
    }
    return { text, conf }
  })
}

/** wordsInPlace with the readings' weights (remembered when every weight is 1); with `numbers`, numbers are places and alternatives too. */
export function weightedWordsInPlace(line: string, readings: readonly { text: string; weight?: number }[], numbers = false): Map<number, Map<string, number>> {
  if (readings.every((r) => r.weight === undefined || r.weight === 1)) return wordsInPlace(line, readings.map((r) => r.text), numbers)
  return countInPlace(line, readings, numbers)
}
