// Which quote marks a string was written with: the renderings' vote, not the
// character model's taste. Python's standard library, which the model learnt
// from, quotes mostly with ', so where the renderings are split the model
// tips a "Fizz" the writer drew with double marks into 'Fizz'. A non-empty
// string's marks become the ones most renderings read at its two ends. Not
// for an empty string ('' is often read as one " mark), nor for SQL, where
// " quotes a name and ' a value.
import { align } from './combine.ts'
import type { LineEdit } from './edits.ts'

export type QuoteFix = LineEdit

const OTHER: Record<string, string> = { "'": '"', '"': "'" }

/** The line's string literals left to right, each from its mark to the next like mark (empty ones included). */
function literals(text: string): { at: number; end: number; q: string }[] {
  const out: { at: number; end: number; q: string }[] = []
  for (let i = 0; i < text.length; i++) {
    const q = text[i]!
    if (q !== "'" && q !== '"') continue
    const end = text.indexOf(q, i + 1)
    if (end < 0) break
    out.push({ at: i, end, q })
    i = end
  }
  return out
}

export function voteQuotes(lines: readonly string[], readings: readonly (readonly string[])[], language: string | undefined): { lines: string[]; fixes: QuoteFix[] } {
  const out = [...lines]
  const fixes: QuoteFix[] = []
  if ((language ?? '').toLowerCase() === 'sql') return { lines: out, fixes }
  out.forEach((text, li) => {
    const strings = literals(text).filter((l) => l.end > l.at + 1)
    if (!strings.length) return
    const aligned = (readings[li] ?? []).map((r) => align(text, r).sub)
    for (const { at, end, q } of strings) {
      const ends = [at, end]
      let same = 0,
        other = 0
      for (const sub of aligned)
        for (const i of ends) {
          if (sub[i] === q) same++
          else if (sub[i] === OTHER[q]) other++
        }
      if (other <= same) continue
      for (const at of ends) fixes.push({ line: li, at, from: q, to: OTHER[q]! })
      text = text.slice(0, ends[0]) + OTHER[q] + text.slice(ends[0]! + 1, ends[1]) + OTHER[q] + text.slice(ends[1]! + 1)
    }
    out[li] = text
  })
  return { lines: out, fixes }
}
