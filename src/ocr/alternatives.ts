// What the other renderings of a line read in place of one of its words: the
// alternatives the review offers for a doubtful word (one tap to take one).
import { levenshtein } from '../core/ink/cer.ts'
import { tokenize } from './tokens.ts'

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
 * The words other readings of the line have where `line` has the word
 * starting at `start`: most often read first, the word itself left out.
 */
export function alternativesAt(line: string, start: number, readings: readonly string[], max = 3): string[] {
  const toks = solidTokens(line)
  const at = toks.findIndex((t) => t.start === start)
  const word = toks[at]
  if (!word || word.kind !== 'word') return []
  const counts = new Map<string, number>()
  for (const r of readings) {
    const rt = solidTokens(r)
    const k = alignTokens(toks.map((t) => t.text), rt.map((t) => t.text))[at]!
    const alt = rt[k]
    if (alt && alt.kind === 'word' && alt.text !== word.text) counts.set(alt.text, (counts.get(alt.text) ?? 0) + 1)
  }
  return [...counts].sort((x, y) => y[1] - x[1]).slice(0, max).map(([w]) => w)
}
