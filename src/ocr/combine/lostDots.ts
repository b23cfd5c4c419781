// A dot lost between an object and its attribute or method: the dot is the
// smallest mark on the page and the readings drop it or read a space
// ("cookie path == path", "'aeiou' includes(ch)"). Two names side by side, or
// a string before a method's call, are no code in Python or JavaScript; where
// the line does not parse and the object is a name the page binds (or self,
// this, or a string) and a dot between them makes the line parse, it was the
// dot. One dot a line, the first that works from the left, never after the
// line's first word (there a lost "=" is as likely).
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames, declaredNames } from '../language/bindings.ts'
import { applyEdits, type LineEdit } from './edits.ts'

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

/** Methods a chain calls link by link, one a line: "orders\n  .filter(...)\n  .map(...)". */
const CHAIN_METHODS = new Set('filter map reduce forEach then catch finally sort join slice find findIndex some every includes flatMap concat reverse'.split(' '))

/**
 * A method chain's link whose leading dot was lost (".filter(" read "filter("): in JavaScript, a line
 * that starts by calling one of the chained methods, after a line that ends with a name or a closing
 * bracket and no ";", continues that line's expression. A bare call to filter() or map() is no
 * statement of its own unless the page declares or binds such a name, which it then is.
 */
export function restoreChainDots(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: DotFix[] } {
  const out = [...lines]
  const fixes: DotFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (lang !== 'javascript' && lang !== 'typescript') return { lines: out, fixes }
  const code = codeOnly(lines, lang)
  const declared = new Set([...declaredNames(code), ...boundNames(code, lang).keys()])
  let prev = ''
  out.forEach((text, i) => {
    const m = /^(\s*)([A-Za-z_]\w*)\(/.exec(text)
    if (m && CHAIN_METHODS.has(m[2]!) && !declared.has(m[2]!) && /[\w)\]]$/.test(prev) && !/^(return|else|do)$/.test(prev.split(/\s+/).at(-1)!)) {
      out[i] = m[1]! + '.' + text.slice(m[1]!.length)
      fixes.push({ line: i, at: m[1]!.length, from: '', to: '.' })
    }
    if (code[i]!.trim()) prev = code[i]!.trim()
  })
  return { lines: out, fixes }
}

/** Methods a program calls on its own objects: a bound name run into one of these lost the dot between. */
const MEMBER_CALLS = new Set(
  'append add pop get push join split keys values items extend insert remove count index sort update startswith endswith includes indexOf slice map filter reduce forEach has set delete shift unshift lower upper strip'.split(' '),
)

/**
 * A dot lost with no gap at all ("resultappend(x)" for result.append(x), "mget(ch)" for m.get(ch)): a call of a name the page
 * neither binds nor declares, made of a name it binds (or self, this) and a method, is that method
 * called on it. The line parses either way, so restoreDots does not see it.
 */
export function splitMemberCalls(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: DotFix[] } {
  const out = [...lines]
  const fixes: DotFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (!['python', 'javascript', 'typescript'].includes(lang)) return { lines: out, fixes }
  const code = codeOnly(lines, lang)
  const bound = boundNames(code, lang)
  const declared = declaredNames(code)
  const objects = new Set([...bound.keys(), 'self', 'this'])
  out.forEach((text, i) => {
    for (const m of code[i]!.matchAll(/(?<![.\w])([A-Za-z_]\w*)\(/g)) {
      const word = m[1]!
      if (objects.has(word) || declared.has(word) || KEYWORDS.has(word)) continue
      const cut = [...MEMBER_CALLS].map((meth) => word.length - meth.length).find((k) => k >= 1 && objects.has(word.slice(0, k)) && MEMBER_CALLS.has(word.slice(k)))
      if (cut === undefined) continue
      const at = m.index + cut
      out[i] = text.slice(0, at) + '.' + text.slice(at)
      fixes.push({ line: i, at, from: '', to: '.' })
      return
    }
    // Its "(" lost too, where the line closes a bracket it never opened ("return resjson);"): an empty call.
    const c = code[i]!
    if ([...c].reduce((n, ch) => n + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0) !== -1) return
    const m = /(?<![.\w])([A-Za-z_]\w*)\)/.exec(c)
    if (!m || objects.has(m[1]!) || declared.has(m[1]!)) return
    const word = m[1]!
    const meth = EMPTY_METHODS.find((x) => word.length - x.length >= 1 && word.endsWith(x) && objects.has(word.slice(0, word.length - x.length)))
    if (!meth) return
    const at = m.index + word.length - meth.length
    out[i] = text.slice(0, at) + '.' + meth + '(' + text.slice(m.index + word.length)
    fixes.push({ line: i, at, from: meth, to: `.${meth}(` })
  })
  return { lines: out, fixes }
}

/** Methods called with nothing in their brackets. */
const EMPTY_METHODS = ['json', 'pop', 'shift', 'keys', 'values', 'items', 'entries', 'copy', 'reverse', 'lower', 'upper', 'strip', 'trim', 'toLowerCase', 'toUpperCase']

/**
 * A method called on a call's result, its dot lost inside the line ("s.split('').sort() join('')",
 * "groups.setdefault(k, []) append(x)"): a closing bracket then a name called is no code in Python or
 * JavaScript, and where the name is a method code calls on results, it was that call.
 */
export function inlineChainDots(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: DotFix[] } {
  const lang = (language ?? '').toLowerCase()
  if (!['python', 'javascript', 'typescript'].includes(lang)) return { lines: [...lines], fixes: [] }
  const edits: DotFix[] = []
  codeOnly(lines, lang).forEach((code, i) => {
    for (const m of code.matchAll(/(?<=[)\]])(\s*)([A-Za-z_]\w*)(?=\()/g)) {
      if (!MEMBER_CALLS.has(m[2]!) && !CHAIN_METHODS.has(m[2]!)) continue
      // "if (x) push(y);": the bracket closes a statement's condition, and a statement follows.
      let depth = 0
      let open = m.index! - 1
      for (; open >= 0; open--) {
        const c = code[open]!
        if (c === ')' || c === ']') depth++
        else if ((c === '(' || c === '[') && --depth === 0) break
      }
      if (/\b(?:if|while|for|switch|catch|with)\s*$/.test(code.slice(0, Math.max(0, open)))) continue
      edits.push({ line: i, at: m.index!, from: m[1]!, to: '.' })
    }
  })
  return applyEdits(lines, edits)
}
