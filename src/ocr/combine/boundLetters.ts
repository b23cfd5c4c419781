// A lone 1 where the page's loop index was written. "i" and "1" are one
// stroke each in most hands, and the character model prefers "= 1" and
// "+ 1" to a name, so "seen[x] = i" is combined as "seen[x] = 1" even where
// half the renderings read the i. A lone digit 1 becomes the one-letter
// name (i or l) the page binds, where that many renderings read it there.
import { align } from './combine.ts'
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames } from '../language/bindings.ts'
import type { LineEdit } from './edits.ts'

/** Share of the line's renderings that must read the letter in the 1's place. */
const LETTER_SHARE = 0.4

export function restoreBoundLetters(lines: readonly string[], readings: readonly (readonly string[])[], language: string | undefined): { lines: string[]; fixes: LineEdit[] } {
  const out = [...lines]
  const fixes: LineEdit[] = []
  const lang = (language ?? '').toLowerCase()
  if (!['python', 'javascript', 'typescript'].includes(lang)) return { lines: out, fixes }
  const code = codeOnly(lines, lang)
  const bound = boundNames(code, lang)
  const letters = ['i', 'l'].filter((l) => bound.has(l))
  if (!letters.length) return { lines: out, fixes }
  out.forEach((text, li) => {
    const rs = readings[li] ?? []
    if (!rs.length) return
    for (const m of code[li]!.matchAll(/(?<![\w.])1(?![\w.])/g)) {
      const at = m.index!
      const read = new Map<string, number>()
      for (const r of rs) {
        const c = align(text, r).sub[at]
        if (c) read.set(c, (read.get(c) ?? 0) + 1)
      }
      const best = letters.map((l) => ({ l, n: read.get(l) ?? 0 })).sort((a, b) => b.n - a.n)[0]!
      if (best.n < LETTER_SHARE * rs.length) continue
      out[li] = out[li]!.slice(0, at) + best.l + out[li]!.slice(at + 1)
      fixes.push({ line: li, at, from: '1', to: best.l })
    }
  })
  return { lines: out, fixes }
}
