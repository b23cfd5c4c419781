// A Python block header whose keyword was lost: "i % 15 == 0:", '"n<=1:',
// "in <= 1:" for if i % 15 == 0:, if n <= 1:. The short "if" at a line's
// start is often read as a scrap ("4:", a quote) or run into the name after
// it, and a line ending in ":" that is only an expression is no Python. Where
// the line does not parse, "if" in the scrap's place (or before the line, or
// for the "i" of "in" run into the name) that makes it parse is taken.
// "if" rather than while or elif: the commonest header by far, and the only
// one a condition alone can begin.
import type { LineEdit } from './edits.ts'

export type IfFix = LineEdit

const STARTS = /^(?:def|class|if|elif|else|for|while|try|except|finally|with|return|yield|raise|import|from|async|await|lambda|not|print|assert|del|global|nonlocal|pass|break|continue)\b/

export function restoreIf(lines: readonly string[], language: string | undefined, syntaxErrors: ((line: string) => number) | undefined): { lines: string[]; fixes: IfFix[] } {
  const out = [...lines]
  const fixes: IfFix[] = []
  if (!syntaxErrors || (language ?? '').toLowerCase() !== 'python') return { lines: out, fixes }
  out.forEach((text, i) => {
    const at = text.length - text.trimStart().length
    const body = text.trim()
    // Lezer lets an unclosed string pass ('"n<=1:' parses): a lone quote mark is no code either.
    const parses = (t: string) => syntaxErrors(t) === 0 && !/^[^'"]*(['"])(?:(?!\1).)*$/.test(t.trim())
    if (!body.endsWith(':') || STARTS.test(body) || parses(text)) return
    const scrap = /^([^\w\s([-]+|\d[^\w\s]*)\s*(?=[A-Za-z_(])/.exec(body)
    const candidates: { from: string; to: string }[] = []
    // '"n<=1:', "4: n > 0:": a scrap where the keyword was.
    if (scrap) candidates.push({ from: scrap[0], to: 'if ' })
    // "in <= 1:": the "f" and the space lost, "i" and the name run together.
    if (/^in\b\s*[^\w\s]/.test(body)) candidates.push({ from: 'i', to: 'if ' })
    // "i % 15 == 0:": nothing left of it.
    candidates.push({ from: '', to: 'if ' })
    for (const c of candidates) {
      const fixed = text.slice(0, at) + c.to + text.slice(at + c.from.length)
      if (!parses(fixed)) continue
      out[i] = fixed
      fixes.push({ line: i, at, from: c.from, to: c.to })
      break
    }
  })
  return { lines: out, fixes }
}
