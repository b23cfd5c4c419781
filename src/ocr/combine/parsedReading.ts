// A combined line that does not parse, where several renderings read, letter
// for letter, one line that does: that reading. The combination mends
// letters no single rendering got right, but it may also splice a line's
// start from one rendering and its end from another ("self[i] <= right[i]:"
// where seven of 29 read "if left[i] <= right[i]:"); the grammar only chooses
// among the paths the beam kept, and a whole reading is not always one.
import type { Reading } from './combine.ts'

/** Renderings that must read the same line, letter for letter (of 29 at Done with both engines). */
export const PARSED_AGREE = 3

/** Words that begin statements: well read, so a reading must begin with the one the combination has. */
const STATEMENT_KEYWORDS: ReadonlySet<string> = new Set(
  'def class if elif else for while return try except finally with import from raise pass break continue yield lambda assert del global nonlocal function const let var catch throw switch case new do'.split(' '),
)

const ink = (t: string) => t.replace(/\s/g, '').length
const firstWord = (t: string) => /^\s*([A-Za-z_]\w*)/.exec(t)?.[1] ?? ''
const braces = (t: string) => t.replace(/[^{}]/g, '')

export function parsedReading(combined: Reading, readings: readonly Reading[], syntaxErrors: (line: string) => number): Reading {
  if (!combined.text.trim() || syntaxErrors(combined.text) === 0) return combined
  const counts = new Map<string, { n: number; r: Reading }>()
  for (const r of readings) {
    const e = counts.get(r.text)
    if (e) e.n++
    else counts.set(r.text, { n: 1, r })
  }
  const lead = firstWord(combined.text)
  // Never a line with less ink read than the combination's but one character ("cookie path ==" ->
  // "cookie =="), other braces (they open and close blocks), or another first keyword ("if n > best"
  // -> "ifn > best": a keyword is read well; a writer's missing colon is no reason to lose it).
  const fits = (t: string) =>
    t.trim() !== '' && ink(t) >= ink(combined.text) - 1 && braces(t) === braces(combined.text) && (!STATEMENT_KEYWORDS.has(lead) || firstWord(t) === lead)
  const best = [...counts.values()].filter((c) => c.n >= PARSED_AGREE && fits(c.r.text) && syntaxErrors(c.r.text) === 0).sort((a, b) => b.n - a.n)[0]
  return best ? best.r : combined
}
