// A dot lost between an object and its attribute or method: the dot is the
// smallest mark on the page and the readings drop it or read a space
// ("cookie path == path", "'aeiou' includes(ch)"). Two names side by side, or
// a string before a method's call, are no code in Python or JavaScript; where
// the line does not parse and the object is a name the page binds (or self,
// this, or a string) and a dot between them makes the line parse, it was the
// dot. One dot a line, the first that works from the left, never after the
// line's first word (there a lost "=" is as likely).
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames } from '../language/bindings.ts'
import type { LineEdit } from './edits.ts'

export type DotFix = LineEdit

const KEYWORDS = new Set(
  'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield case catch const debugger default delete do export extends function instanceof let new of switch throw typeof var void'.split(' '),
)

export function restoreDots(lines: readonly string[], language: string | undefined, syntaxErrors: ((line: string) => number) | undefined): { lines: string[]; fixes: DotFix[] } {
  const out = [...lines]
  const fixes: DotFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (!syntaxErrors || !['python', 'javascript', 'typescript'].includes(lang)) return { lines: out, fixes }
  const objects = new Set([...boundNames(codeOnly(lines, lang), lang).keys(), 'self', 'this'])
  out.forEach((text, i) => {
    if (!text.trim() || syntaxErrors(text) === 0) return
    // An object (name or string literal), one space or none, a name: the dot's place is the gap.
    const toks = [...text.matchAll(/[A-Za-z_]\w*|'[^']*'|"[^"]*"/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    // Not from the line's first word: "toReturn cookie" at a statement's start lost its "=" as often as a dot.
    for (let k = 1; k + 1 < toks.length; k++) {
      const a = toks[k]!,
        b = toks[k + 1]!
      const gap = text.slice(a.end, b.start)
      const quoted = /^['"]/.test(a.text)
      if (gap !== ' ' && !(quoted && gap === '')) continue
      if (/^['"]/.test(b.text) || KEYWORDS.has(b.text)) continue
      if (!quoted && (!objects.has(a.text) || KEYWORDS.has(a.text))) continue
      const fixed = text.slice(0, a.end) + '.' + text.slice(b.start)
      if (syntaxErrors(fixed) !== 0) continue
      out[i] = fixed
      fixes.push({ line: i, at: a.end, from: gap, to: '.' })
      break
    }
  })
  return { lines: out, fixes }
}
