// A name the page uses but never binds, where some renderings read a name it
// does bind. A program uses the names it binds; a reading that loses or bends
// a stroke makes a name nobody bound ("seen[a] = i" where the loop binds x,
// "am[mid]" for arr). The line's other renderings often read the bound name
// in that very place: take it, the one read most. Only a name a rendering saw
// there, never a made-up one; never a word of the language, an attribute
// (after "."), a keyword argument, a called name (a helper or library
// function written elsewhere) or a name the page declares (def, class,
// function); only where the page binds something to choose from.
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames, declaredNames } from '../language/bindings.ts'
import { wordsFor } from '../language/vocab.ts'
import { sqlDeclarations } from './sqlAliases.ts'
import { solidTokens, weightedWordsInPlace } from './alternatives.ts'

/** `from` at `at` on line `line` became `to`. */
export interface BindFix {
  line: number
  at: number
  from: string
  to: string
}

/** Words that begin a statement before a value, as a misread first word may be. */
const STATEMENT_WORDS = { python: ['return', 'yield', 'raise'], brace: ['return', 'throw', 'yield'] }

/** Methods that are no function of their own: called bare, the receiver was lost. */
const METHODS = {
  python: 'append extend insert pop remove clear copy keys values items setdefault split join strip lstrip rstrip lower upper replace startswith endswith'.split(' '),
  brace: 'push pop shift unshift slice splice concat indexOf includes forEach reduce join split toLowerCase toUpperCase trim charAt substring'.split(' '),
}

const SUPPORTED = new Set(['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'kotlin', 'swift'])

export function bindFromReadings(
  lines: readonly string[],
  readings: readonly (readonly { text: string; weight?: number }[])[],
  language: string | undefined,
  /**
   * The bound name must be read in that place at least this share of the times
   * the line's word was (real pages' dumps: 0.1, 0.25, 0.5 gave 347, 345, 347
   * edits of 6,378, from 351).
   */
  minShare = 0.25,
): { lines: string[]; fixes: BindFix[] } {
  const lang = (language ?? '').toLowerCase()
  if (lang === 'sql') return aliasesFromReadings(lines, readings, minShare)
  const out = [...lines]
  const fixes: BindFix[] = []
  if (!SUPPORTED.has(lang)) return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  const bound = boundNames(codes, lang)
  if (bound.size === 0) return { lines: out, fixes }
  const declared = declaredNames(codes)
  const known = new Set(wordsFor(lang))
  const keywords = new Set(STATEMENT_WORDS[lang === 'python' ? 'python' : 'brace'])
  const methods = new Set(METHODS[lang === 'python' ? 'python' : 'brace'])
  // On how many lines each name stands (outside strings and comments, not as an attribute).
  const onLines = new Map<string, number>()
  for (const c of codes) for (const n of new Set(c.match(/(?<![\w.])[A-Za-z_]\w*/g) ?? [])) onLines.set(n, (onLines.get(n) ?? 0) + 1)
  // On how many lines each name is read (outside an assignment's targets).
  const readOn = new Map<string, number>()
  for (const c of codes)
    for (const n of new Set(c.replace(/^\s*(?:(?:const|let|var)\s+)?[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*=(?![=>])/, '').match(/(?<![\w.])[A-Za-z_]\w*/g) ?? []))
      readOn.set(n, (readOn.get(n) ?? 0) + 1)
  lines.forEach((line, i) => {
    const code = codes[i]!
    const counts = weightedWordsInPlace(line, readings[i] ?? [], true)
    let text = line
    for (const t of solidTokens(line).reverse()) {
      const end = t.start + t.text.length
      if (code.slice(t.start, end) !== t.text) continue
      const after = code.slice(end)
      // Which names may stand here instead.
      let fits: ((w: string) => boolean) | null = null
      if (t.kind === 'num') {
        // A digit where a loop's or an assignment's name, bound on an earlier line and used nowhere else, was read: "seen[x] = 1" for i.
        if (/^\d$/.test(t.text) && !/\.\s*$/.test(code.slice(0, t.start))) fits = (w) => onLines.get(w) === 1 && (bound.get(w) ?? []).some((l) => l < i)
      } else if (t.kind !== 'word' || !/^[A-Za-z_]\w*$/.test(t.text) || known.has(t.text) || declared.has(t.text)) continue
      else if (/\.\s*$/.test(code.slice(0, t.start)) || /^\s*\(/.test(after)) continue
      else if (!bound.has(t.text)) {
        // A keyword argument names the callee's parameter, not the page's.
        if (/^\s*=(?!=)/.test(after)) continue
        // A statement's first word, the rest no assignment: "ream mid", "an - 1" are return's.
        const first = code.slice(0, t.start).trim() === '' && !/^\s*(?:[-+*/%]|\/\/)?=(?!=)/.test(after)
        fits = (w) => bound.has(w) || (first && keywords.has(w))
      } else if (onLines.get(t.text) === 1 && new Set(bound.get(t.text)).size === 1) {
        // Bound here and never used: "b, hi = 0, len(arr) - 1" for lo, which the page uses.
        const here = new Set(code.match(/(?<![\w.])[A-Za-z_]\w*/g) ?? [])
        // (Read there, not only assigned: "ab = 0.1" is no use of ab.)
        fits = (w) => (onLines.get(w) ?? 0) > (here.has(w) ? 1 : 0) && (readOn.get(w) ?? 0) > 0 && !known.has(w)
      }
      if (!fits) continue
      const here = counts.get(t.start)
      if (!here) continue
      const own = here.get(t.text) ?? 0
      // A name much shorter than the word is a part of it the alignment matched ("fix" for "if x"), not its reading.
      const best = [...here]
        .filter(([w]) => w !== t.text && fits(w) && (t.text.length <= 2 || 2 * w.length >= t.text.length))
        .sort((a, b) => b[1] - a[1])[0]
      if (!best || best[1] < minShare * Math.max(1, own)) continue
      // After a keyword a minus is a sign, written against its value ("an - 1" is "return -1").
      const sign = keywords.has(best[0]) ? after.match(/^\s*-\s+(?=[\w(])/) : null
      const [from, to] = sign ? [t.text + sign[0], `${best[0]} -`] : [t.text, best[0]]
      text = text.slice(0, t.start) + to + text.slice(t.start + from.length)
      fixes.push({ line: i, at: t.start, from, to })
    }
    // A method called with no receiver, where renderings read it on a name the page binds: "s = lower()" for s.lower().
    for (const m of [...codes[i]!.matchAll(/(?<![\w.])(?<!\.\s+)([a-z]\w*)(?=\s*\()/g)].reverse()) {
      // (Only on a line the loop above left alone, so the offsets hold.)
      if (!methods.has(m[1]!) || declared.has(m[1]!) || text !== line) continue
      const votes = new Map<string, number>()
      let bare = 0
      for (const r of readings[i] ?? []) {
        const on = r.text.match(new RegExp(`\\b([A-Za-z_]\\w*)\\s*\\.\\s*${m[1]}\\s*\\(`))
        if (on && bound.has(on[1]!)) votes.set(on[1]!, (votes.get(on[1]!) ?? 0) + (r.weight ?? 1))
        else if (new RegExp(`(?<![\\w.])${m[1]}\\s*\\(`).test(r.text)) bare += r.weight ?? 1
      }
      const best = [...votes].sort((a, b) => b[1] - a[1])[0]
      if (!best || best[1] < minShare * Math.max(1, bare)) continue
      text = text.slice(0, m.index) + `${best[0]}.` + text.slice(m.index)
      fixes.push({ line: i, at: m.index!, from: '', to: `${best[0]}.` })
    }
    out[i] = text
  })
  // The mend applies fixes in order with each one's offset as the line then stood: right to left per line holds that.
  return { lines: out, fixes }
}

/**
 * SQL's names are bound by FROM and JOIN: a column's prefix the query never
 * declares ("o.salary", aliases e and d, each as like o and as used) takes
 * the declared alias or table the renderings read there most.
 */
function aliasesFromReadings(
  lines: readonly string[],
  readings: readonly (readonly { text: string; weight?: number }[])[],
  minShare: number,
): { lines: string[]; fixes: BindFix[] } {
  const out = [...lines]
  const fixes: BindFix[] = []
  const { tables, aliases } = sqlDeclarations(lines)
  const names = new Set([...tables, ...aliases])
  if (names.size === 0) return { lines: out, fixes }
  lines.forEach((line, i) => {
    const toks = solidTokens(line)
    let text = line
    for (const [k, t] of [...toks.entries()].reverse()) {
      if (t.kind !== 'word' || toks[k + 1]?.text !== '.' || names.has(t.text) || toks[k - 1]?.text === '.') continue
      const here = weightedWordsInPlace(line, readings[i] ?? []).get(t.start)
      if (!here) continue
      const own = here.get(t.text) ?? 0
      const best = [...here].filter(([w]) => names.has(w)).sort((a, b) => b[1] - a[1])[0]
      if (!best || best[1] < minShare * Math.max(1, own)) continue
      text = text.slice(0, t.start) + best[0] + text.slice(t.start + t.text.length)
      fixes.push({ line: i, at: t.start, from: t.text, to: best[0] })
    }
    out[i] = text
  })
  return { lines: out, fixes }
}
