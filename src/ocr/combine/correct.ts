// Code-aware correction of one line read by the engine. Every rule only
// touches tokens that are not already known words (language keywords and
// builtins, the problem's identifiers, words read at least twice on the page):
// it never swaps one known word for another, and never adds or removes an
// operator or a statement, so a writer's bug stays in the transcript.
//
// Rules, in order (each reported with its name):
//   join     two pieces split by a false gap that together make a known word   (dupl icates -> duplicates)
//   snap     an unknown word close to one known word by the confusion table    (Nore -> None, ier -> iter)
//   bracket  a bracket read as a letter when that restores balance              (iterCself) -> iter(self))
//            and a call's "()" lost in a chain (.reverse.join( -> .reverse().join()
//   colon    the last character of a block header read as . ; ! i             (while True; -> while True:)
//   header   a line ending in ':' starts with a block keyword (Python)          (del f(x): -> def f(x):, cls e: -> else:)
//   params   a comma read as '.' between the parameters of a def              (def f(a.b): -> def f(a, b):)
//   brace    brace languages: a look-alike ending a header is '{', alone on a line '}'  (f(x) $ -> f(x) {, $ -> })
//   quote    an empty string read as one quote mark, or as two unlike marks    (s.split(') -> s.split(''), '.join(w) -> ''.join(w), join('") -> join(''))
//            and a lone bracket compared with, where that balances the line    (c === () -> c === '(')
//   comma    a comma read as '.' where a dot cannot be: after a whole number,   (0.len(a) -> 0, len(a))
//            or where a Python unpacking has fewer values than names         (a, b = b.a + b -> a, b = b, a + b)
//            (there also between two values side by side, and inside a swap's run-together names: b a + b, ba + b)
//   also, under snap: SQL capitals one edit from one keyword (bROUP -> GROUP), a lone I is l;
//   under header: a name ending in "in" before a value (xin seen -> x in seen), and a line
//   starting with two values side by side starts with a statement keyword (ream mid -> return mid;
//   also where the page reads the word twice but nothing binds it, and a line that is only a
//   name minus a number: ream - 1 -> return -1);
//   under header also: a Python loop over dashes is over _ (for -- in -> for _ in);
//   under semicolon: a colon ending an SQL or JavaScript statement (WHERE x > 5: -> ;);
//   under join: a class name read in two after raise, new or except (raise Cookie ConflictError( -> CookieConflictError()
//   dot      a Python line ending in a dot after a name or bracket loses it    (x = cookie.value. -> x = cookie.value)
//   spacing  the language's conventional spacing (outside string literals; a date's digits, 2024-01-01, kept together)
import { confusionDistance } from './confusion.ts'
import { levenshtein } from '../../core/ink/cer.ts'
import { tokenize, type Token } from '../language/tokens.ts'
import { CALLED_ONLY_METHODS, CASE_INSENSITIVE, wordsFor } from '../language/vocab.ts'

export interface Vocabulary {
  /** Known word -> weight (how strongly it is expected). */
  words: Map<string, number>
  language: string
}

export interface Correction {
  rule: 'join' | 'snap' | 'bracket' | 'colon' | 'header' | 'params' | 'brace' | 'semicolon' | 'quote' | 'comma' | 'dot'
  from: string
  to: string
}

export interface Doubt {
  start: number
  end: number
  alternatives: string[]
}

export interface CorrectedLine {
  text: string
  corrections: Correction[]
  doubtful: Doubt[]
}

/**
 * Words of the language, the problem's identifiers (split into words too), and
 * words repeated on the page. The same words give the same object, so what
 * was worked out against them (nearestWord) is kept from one finishing of
 * the page to the next.
 */
export function buildVocabulary(language: string | undefined, identifiers: readonly string[] = [], pageWords: ReadonlyMap<string, number> = new Map()): Vocabulary {
  const repeated = [...pageWords].filter(([w, n]) => n >= 2 && w.length >= 2).map(([w, n]) => `${w}:${Math.min(4, n)}`).sort()
  const key = [language ?? '', identifiers.join('\u0002'), repeated.join(' ')].join('\u0001')
  let v = vocabularies.get(key)
  if (!v) {
    v = buildVocabularyUncached(language, identifiers, pageWords)
    if (vocabularies.size >= 8) vocabularies.delete(vocabularies.keys().next().value!)
    vocabularies.set(key, v)
  }
  return v
}
const vocabularies = new Map<string, Vocabulary>()

function buildVocabularyUncached(language: string | undefined, identifiers: readonly string[] = [], pageWords: ReadonlyMap<string, number> = new Map()): Vocabulary {
  const words = new Map<string, number>()
  for (const w of wordsFor(language)) words.set(w, 1)
  for (const id of identifiers)
    for (const t of tokenize(id)) if (t.kind === 'word') words.set(t.text, Math.max(words.get(t.text) ?? 0, 3))
  // A word read on two lines is the writer's own identifier (even one that looks
  // like a keyword: "name" is one look-alike step from "None"). Filtering out
  // look-alikes of keywords here cost 1.2 points of CER on the real pages.
  for (const [w, n] of pageWords) if (n >= 2 && w.length >= 2 && !words.has(w)) words.set(w, Math.min(4, n))
  return { words, language: (language ?? '').toLowerCase() }
}

/** How often each word is read on the page (for identifiers the writer repeats). */
export function countPageWords(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const l of lines) for (const t of tokenize(l)) if (t.kind === 'word') counts.set(t.text, (counts.get(t.text) ?? 0) + 1)
  return counts
}

interface Tok extends Token {
  conf: number
  from?: string
  alts?: string[]
}

function known(v: Vocabulary, w: string): boolean {
  if (v.words.has(w)) return true
  if (CASE_INSENSITIVE.has(v.language)) return v.words.has(w.toUpperCase()) || v.words.has(w.toLowerCase())
  return false
}

/** The known word a token most likely is, or null when none is close or two are equally close. */
type Nearest = { word: string; score: number; runnerUp?: string } | null
const memo = new WeakMap<Vocabulary, Map<string, Nearest>>()

export function nearestWord(v: Vocabulary, read: string): Nearest {
  let m = memo.get(v)
  if (!m) memo.set(v, (m = new Map()))
  const hit = m.get(read)
  if (hit !== undefined) return hit
  const r = nearestWordUncached(v, read)
  m.set(read, r)
  return r
}

function nearestWordUncached(v: Vocabulary, read: string): Nearest {
  if (read.length < 2) return null
  const maxRel = read.length <= 3 ? 0.2 : 0.3
  const scored: { word: string; score: number }[] = []
  for (const [w, weight] of v.words) {
    // A plain insertion costs 1: short words allow only one cheap one (or a two-for-one), long ones two.
    if (w.length < 2 || Math.abs(w.length - read.length) > (read.length >= 6 ? 2 : 1)) continue
    const limit = read.length >= 6 ? 1.5 : 0.95
    const abs = confusionDistance(read, w, limit)
    const d = abs / Math.max(w.length, read.length)
    // Look-alike edits are cheap; allow at most one plain edit, and only in a long word.
    if (d <= maxRel && abs <= limit) scored.push({ word: w, score: d - 0.02 * Math.log(1 + weight) })
  }
  if (!scored.length) return null
  scored.sort((a, b) => a.score - b.score)
  const [best, second] = scored
  if (second && second.score - best!.score < 0.03 && second.word.toLowerCase() !== best!.word.toLowerCase())
    return null // ambiguous: leave it, mark it doubtful
  return { word: best!.word, score: best!.score, runnerUp: second?.word }
}

const BLOCK_PY = /^(def|class|if|elif|else|for|while|try|except|finally|with)\b/
/** Keywords followed by the name they define. */
const DEFINES = new Set(['def', 'class', 'function'])
/** Words a parameter can never be. */
const NO_PARAMETER = new Set(['None', 'True', 'False', 'null', 'true', 'false', 'undefined', 'return', 'if', 'in', 'is', 'not', 'and', 'or', 'for', 'while'])
const COLON_LOOKALIKES = new Set(['.', ';', '!', 'i', 'l', '1', ',', "'"])
const OPEN_LOOKALIKE: Record<string, string> = { C: '(', c: '(', '[': '(', '{': '(', '<': '(', l: '(' }
const CLOSE_LOOKALIKE: Record<string, string> = { J: ')', ']': ')', '}': ')', '>': ')', '7': ')', '|': ')' }

/**
 * Corrects one line. `conf` gives each character of `text` its engine
 * confidence (0..100); tokens below `lowConf` are listed as doubtful when no
 * rule settles them.
 */
export function correctLine(
  text: string,
  conf: readonly number[] | null,
  v: Vocabulary,
  /**
   * `unbound`: words read on the page that neither the language, the problem nor the page
   * binds (no assignment, parameter or loop makes them), so no identifier of the writer's.
   */
  opts: { lowConf?: number; spacing?: boolean; unbound?: ReadonlySet<string> } = {},
): CorrectedLine {
  const lowConf = opts.lowConf ?? 70
  const corrections: Correction[] = []
  ;({ text, conf } = emptyStrings(text, conf, corrections))
  let toks: Tok[] = tokenize(text).map((t) => ({
    ...t,
    conf: conf ? Math.min(...conf.slice(t.start, t.start + t.text.length).concat([100])) : 100,
  }))

  // join: "dupl icates", "to Return", "N one".
  for (let i = 0; i + 2 < toks.length; i++) {
    const a = toks[i]!,
      s = toks[i + 1]!,
      b = toks[i + 2]!
    if (a.kind !== 'word' || s.kind !== 'space' || b.kind !== 'word') continue
    if (known(v, a.text) && known(v, b.text)) continue
    const joined = a.text + b.text
    const exact = known(v, joined)
    const near = exact ? null : nearestWord(v, joined)
    if (exact || (near && !known(v, a.text) && !known(v, b.text) && near.score < 0.2)) {
      const to = exact ? joined : near!.word
      corrections.push({ rule: 'join', from: `${a.text} ${b.text}`, to })
      toks.splice(i, 3, { ...a, text: to, conf: Math.min(a.conf, b.conf), from: `${a.text} ${b.text}` })
    }
  }

  // snap: unknown words to the nearest known word. Not a name being defined (def, class, function):
  // it is the writer's own, and the vocabulary's nearest word is another ("invert" -> insert). A dunder
  // method's name is the language's.
  // Nor a parameter's name to a word no parameter can be ("def greet(name" -> None); its default may be None.
  const header = toks.findIndex((x) => DEFINES.has(x.text))
  const params = header < 0 ? -1 : toks.findIndex((x, k) => k > header && x.text === '(')
  const paramsEnd = params < 0 ? -1 : toks.findIndex((x, k) => k > params && x.text === ')')
  toks.forEach((t, k) => {
    if (t.kind !== 'word' || known(v, t.text) || t.from) return
    const before = toks.slice(0, k).filter((x) => x.kind !== 'space').at(-1)
    if (before && DEFINES.has(before.text) && !t.text.startsWith('__')) return
    const near = nearestWord(v, t.text)
    if (!near) return
    const nameSlot = k > params && params >= 0 && (paramsEnd < 0 || k < paramsEnd) && (before?.text === '(' || before?.text === ',')
    if (nameSlot && NO_PARAMETER.has(near.word)) return
    corrections.push({ rule: 'snap', from: t.text, to: near.word })
    t.from = t.text
    t.alts = near.runnerUp ? [near.runnerUp] : []
    t.text = near.word
  })

  // SQL keywords are written in capitals: a capitals word one plain edit from one keyword is it (bROUP -> GROUP, BOUNT -> COUNT).
  if (v.language === 'sql')
    for (const t of toks) {
      if (t.kind !== 'word' || t.from || t.text.length < 4 || known(v, t.text)) continue
      if ((t.text.match(/[A-Z]/g) ?? []).length < 0.75 * t.text.length) continue
      const near = SQL_CAPS.filter((w) => Math.abs(w.length - t.text.length) <= 1 && levenshtein(w, t.text.toUpperCase()) <= 1)
      if (near.length !== 1) continue
      corrections.push({ rule: 'snap', from: t.text, to: near[0]! })
      Object.assign(t, { from: t.text, text: near[0]! })
    }
  // A lone "I" in code is the letter l: programs name things l far more often than I.
  if (v.language !== 'sql')
    for (const t of toks)
      if (t.kind === 'word' && t.text === 'I' && !known(v, 'I')) {
        corrections.push({ rule: 'snap', from: 'I', to: 'l' })
        Object.assign(t, { from: 'I', text: 'l' })
      }

  // bracket: restore balance with a look-alike right after a word (call) or before ':' / end.
  const count = (c: string) => toks.filter((t) => t.text === c).length
  let balance = count('(') - count(')')
  if (balance < 0) {
    for (let i = 1; i < toks.length && balance < 0; i++) {
      const t = toks[i]!
      const prev = toks[i - 1]!
      // "iterCself": the word absorbed the bracket; split on a look-alike capital followed by lower case.
      if (t.kind === 'word' && t.text.length > 2) {
        const m = /^([a-z_][a-z0-9_]*)([Cl[{<])([a-z_].*)$/.exec(t.text)
        if (m && known(v, m[1]!) && !known(v, t.text)) {
          corrections.push({ rule: 'bracket', from: t.text, to: `${m[1]}(${m[3]}` })
          toks.splice(i, 1, { ...t, text: m[1]!, from: t.text }, { kind: 'open', text: '(', start: t.start, conf: t.conf }, { ...t, text: m[3]! })
          balance++
          continue
        }
      }
      if (OPEN_LOOKALIKE[t.text] && t.kind !== 'word' && prev.kind === 'word') {
        corrections.push({ rule: 'bracket', from: t.text, to: '(' })
        toks[i] = { ...t, kind: 'open', text: '(', from: t.text }
        balance++
      }
    }
  } else if (balance > 0) {
    for (let i = toks.length - 1; i >= 0 && balance > 0; i--) {
      const t = toks[i]!
      const after = toks.slice(i + 1).filter((x) => x.kind !== 'space')
      const atEnd = after.every((x) => x.text === ':' || x.text === ')' || x.text === ';')
      if (CLOSE_LOOKALIKE[t.text] && atEnd) {
        corrections.push({ rule: 'bracket', from: t.text, to: ')' })
        toks[i] = { ...t, kind: 'close', text: ')', from: t.text }
        balance--
      }
    }
  }

  // colon: a Python block header ends with ':'; a look-alike there is the colon.
  if (v.language === 'python') {
    const body = toks.filter((t) => t.kind !== 'space')
    const first = body[0]
    const last = body[body.length - 1]
    if (first && last && body.length > 1 && BLOCK_PY.test(first.text) && COLON_LOOKALIKES.has(last.text)) {
      corrections.push({ rule: 'colon', from: last.text, to: ':' })
      last.from = last.text
      last.text = ':'
      last.kind = 'op'
    }
    // A header that lost its colon altogether ("def __repr__(self)", "class Stack", "else", "for x in xs"):
    // such a line is no statement without one. Only where its brackets close.
    const shut = body.reduce((d, t) => d + (t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0), 0) === 0
    if (first && last && last.text !== ':' && shut) {
      const header =
        (first.text === 'def' && body[1]?.kind === 'word' && body[2]?.text === '(' && last.text === ')') ||
        (first.text === 'class' && body[1]?.kind === 'word' && (body.length === 2 || (body[2]?.text === '(' && last.text === ')'))) ||
        (['else', 'try', 'finally'].includes(first.text) && body.length === 1) ||
        (first.text === 'for' && body.some((t) => t.text === 'in') && (last.kind === 'word' || last.kind === 'close'))
      if (header) {
        corrections.push({ rule: 'colon', from: '', to: ':' })
        toks.push({ kind: 'op', text: ':', start: last.start + last.text.length, conf: 50 })
        body.push(toks[toks.length - 1]!)
      }
    }
    // ".:" / ",:" at the end: the dot is a stray mark of the colon.
    const n = body.length
    if (n >= 2 && body[n - 1]!.text === ':' && (body[n - 2]!.text === '.' || body[n - 2]!.text === ',')) {
      corrections.push({ rule: 'colon', from: `${body[n - 2]!.text}:`, to: ':' })
      toks = toks.filter((t) => t !== body[n - 2])
    }
  }

  if (v.language === 'python' || BRACE_LANGUAGES.has(v.language)) classNameInTwo(toks, corrections)
  if (v.language === 'python') trailingDot(toks, corrections)
  if (v.language === 'python' || BRACE_LANGUAGES.has(v.language)) quotedBracket(toks, corrections)
  if (v.language === 'python') loopUnderscore(toks, corrections)
  if (v.language === 'python') fieldBraces(toks, corrections)
  if (v.language !== 'sql') commas(toks, corrections, v.language)
  if (v.language !== 'sql') calledMethods(toks, corrections)
  emptyCalls(toks, v, corrections)
  if (v.language === 'python') pythonHeader(toks, corrections)
  if (v.language === 'python') inOperator(toks, corrections, v)
  if (v.language === 'python' || BRACE_LANGUAGES.has(v.language)) statementKeyword(toks, corrections, v, opts.unbound ?? new Set())
  if (BRACE_LANGUAGES.has(v.language)) braces(toks, corrections)
  if (BRACE_LANGUAGES.has(v.language) || v.language === 'sql') statementEnd(toks, corrections, v.language)

  const { text: out, spans } = opts.spacing === false ? plain(toks) : layoutSpacing(toks, v.language)
  const doubtful: Doubt[] = []
  toks.forEach((t, i) => {
    const span = spans[i]
    if (!span || t.kind === 'space') return
    if (t.from !== undefined) doubtful.push({ ...span, alternatives: [t.from, ...(t.alts ?? [])].filter((a) => a !== t.text) })
    else if (t.conf < lowConf && t.kind === 'word') {
      const near = nearestWord(v, t.text)
      doubtful.push({ ...span, alternatives: near && near.word !== t.text ? [near.word] : [] })
    }
  })
  return { text: out, corrections, doubtful }
}

/**
 * "raise Cookie ConflictError(...)": after raise, new or except comes one
 * class, so two names side by side there, the second in CapWords, are one
 * name read in two (its first part given its capital: "cookie ConflictError").
 */
function classNameInTwo(toks: Tok[], corrections: Correction[]) {
  const body = toks.filter((t) => t.kind !== 'space')
  const k = body.findIndex((t) => t.text === 'raise' || t.text === 'new' || t.text === 'except')
  const [a, b, after] = [body[k + 1], body[k + 2], body[k + 3]]
  if (k < 0 || !a || !b || a.kind !== 'word' || b.kind !== 'word' || !/^[A-Za-z]+$/.test(a.text) || !/^[A-Z][a-z]+[A-Z]?\w*$/.test(b.text)) return
  if (after && after.text !== '(' && after.text !== ':' && after.text !== ';' && after.text !== ',') return
  // (Prose in a docstring says "raise a ValueError (or ...)".)
  if (PY_KEYWORDS.has(a.text) || a.text.length < 3 || a.text === 'the') return
  const to = a.text[0]!.toUpperCase() + a.text.slice(1) + b.text
  corrections.push({ rule: 'join', from: `${a.text} ${b.text}`, to })
  toks.splice(toks.indexOf(a), toks.indexOf(b) - toks.indexOf(a) + 1, { ...a, text: to, from: `${a.text} ${b.text}` })
}

/**
 * "if (c === () stack.push(c);": a bracket compared with, its quotes lost. A
 * comparison's operand is never a lone bracket, and the line's brackets only
 * balance with it taken as a string: it is the string of that bracket.
 */
function quotedBracket(toks: Tok[], corrections: Correction[]) {
  const body = toks.filter((t) => t.kind !== 'space')
  const depth = body.reduce((d, t) => d + (t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0), 0)
  for (let k = 1; k + 1 < body.length; k++) {
    const [op, t, next] = [body[k - 1]!, body[k]!, body[k + 1]!]
    if (!['===', '!==', '==', '!='].includes(op.text) || (t.kind !== 'open' && t.kind !== 'close') || (next.kind !== 'close' && next.text !== ':')) continue
    // Only where taking it out of the count balances the line.
    if (depth !== (t.kind === 'open' ? 1 : -1)) continue
    const to = `'${t.text}'`
    corrections.push({ rule: 'quote', from: t.text, to })
    Object.assign(t, { from: t.text, text: to, kind: 'str' })
    return
  }
}

/**
 * An f-string's field with one brace read as a bracket ("[name}", "{name]"): a
 * field opens and closes with braces, and a bracket never pairs with a brace.
 */
function fieldBraces(toks: Tok[], corrections: Correction[]) {
  toks.forEach((t, k) => {
    if (t.kind !== 'str' || !/^[fF]$|^[rR][fF]$|^[fF][rR]$/.test(toks[k - 1]?.text ?? '')) return
    const to = t.text.replace(/\[([A-Za-z_][\w.]*)\}|\{([A-Za-z_][\w.]*)\]/g, (_m, a: string | undefined, b: string | undefined) => `{${a ?? b}}`)
    if (to === t.text) return
    corrections.push({ rule: 'bracket', from: t.text, to })
    Object.assign(t, { from: t.text, text: to })
  })
}

/** "for -- in range(n):": a loop over a name written as a dash or two is the throwaway "_". */
function loopUnderscore(toks: Tok[], corrections: Correction[]) {
  const body = toks.filter((t) => t.kind !== 'space')
  if (body[0]?.text !== 'for') return
  const k = body.findIndex((t) => t.text === 'in')
  if (k < 2 || !body.slice(1, k).every((t) => t.kind === 'op' && /^[-_~.]+$/.test(t.text))) return
  const from = body.slice(1, k).map((t) => t.text).join(' ')
  corrections.push({ rule: 'header', from, to: '_' })
  const first = toks.indexOf(body[1]!)
  const last = toks.indexOf(body[k - 1]!)
  toks.splice(first, last - first + 1, { ...body[1]!, kind: 'word', text: '_', from })
}

/**
 * A Python line never ends with a dot after a name or a bracket ("toReturn =
 * None."): it is a stray mark. Only on a line that is plainly code (an
 * assignment, a call, a return): a docstring's sentence ends with its full stop.
 */
function trailingDot(toks: Tok[], corrections: Correction[]) {
  const body = toks.filter((t) => t.kind !== 'space')
  const [before, last] = body.slice(-2)
  if (!last || !before || last.text !== '.' || (before.kind !== 'word' && before.kind !== 'close')) return
  if (!body.some((t) => t.text === '=' || t.text === '(') && !['return', 'yield'].includes(body[0]!.text)) return
  corrections.push({ rule: 'dot', from: '.', to: '' })
  toks.splice(toks.indexOf(last), 1)
}

const SQL_CAPS = wordsFor('sql').filter((w) => w.length >= 4)
const BRACE_LANGUAGES = new Set(['javascript', 'typescript', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'kotlin', 'swift'])
const OPEN_BRACE_LOOKALIKES = new Set(['$', '{', '(', '[', '<', 'f', 'E', '3', 'S', '}'])
const CLOSE_BRACE_LOOKALIKES = new Set(['$', '}', ')', ']', '>', '3', 'J', '?', '/', '7', 'S', '{', '|'])

/** A block opens with '{' after ')' / '=>' / 'else' at the end of a line; a line of one look-alike closes one. */
function braces(toks: Tok[], corrections: Correction[]) {
  const body = toks.filter((t) => t.kind !== 'space')
  if (!body.length) return
  const last = body[body.length - 1]!
  const before = body[body.length - 2]
  if (body.length === 1 || (body.length === 2 && [';', ':', ',', ')'].includes(last.text))) {
    const t = body[0]!
    // A line of one character is no statement of a brace language: it is the closing brace, whatever it was read as.
    if (t.text !== '}' && t.text !== '{' && (CLOSE_BRACE_LOOKALIKES.has(t.text) || (t.text.length === 1 && t.kind !== 'num'))) {
      corrections.push({ rule: 'brace', from: t.text, to: '}' })
      Object.assign(t, { from: t.text, text: '}', kind: 'close' })
    }
    return
  }
  if (before && (before.text === ')' || before.text === '=>' || before.text === 'else' || before.text === 'try') && last.text !== '{' && OPEN_BRACE_LOOKALIKES.has(last.text)) {
    corrections.push({ rule: 'brace', from: last.text, to: '{' })
    Object.assign(last, { from: last.text, text: '{', kind: 'open' })
  }
}

/**
 * "return total." / "FROM t." / "WHERE x > 5:": a statement of a brace language or SQL never
 * ends with a dot (a chained call breaks before its dot, not after), so a dot
 * closing a line after a word, a number, a string or a bracket is the semicolon read
 * without its tail.
 */
function statementEnd(toks: Tok[], corrections: Correction[], language: string) {
  const body = toks.filter((t) => t.kind !== 'space')
  const last = body[body.length - 1]
  const before = body[body.length - 2]
  if (!last || !before || body.length < 3) return
  // "clearTimeout(timer);.": a stray mark after the statement's end.
  if (last.text === '.' && before.text === ';') {
    corrections.push({ rule: 'semicolon', from: ';.', to: ';' })
    toks.splice(toks.indexOf(last), 1)
    return
  }
  // A run of dots ending a JavaScript line ("return out....", "res.json(..."): the ";" read as dots, and an
  // empty call's ")" with it. Two or more: one dot is judged below, a spread ("...rest") is followed by its name.
  if (language !== 'python' && language !== 'sql' && last.text === '.' && before.text === '.') {
    let k = body.length - 1
    while (k > 0 && body[k - 1]!.text === '.') k--
    const prev = body[k - 1]
    if (prev && k >= 2 && (prev.kind === 'word' || prev.kind === 'num' || prev.kind === 'str' || prev.kind === 'close' || (prev.text === '(' && body[k - 2]!.kind === 'word'))) {
      const to = prev.text === '(' ? ');' : ';'
      const run = body.slice(k)
      corrections.push({ rule: 'semicolon', from: run.map((t) => t.text).join(''), to })
      Object.assign(run[0]!, { from: run[0]!.text, text: to, kind: 'op' })
      for (const t of run.slice(1)) toks.splice(toks.indexOf(t), 1)
      return
    }
  }
  // A colon ends no SQL statement, nor a JavaScript one that is not a case label or a ternary broken over lines.
  const colonEnd = last.text === ':' && (language === 'sql' || (!/^(case|default)$/.test(body[0]!.text) && !body.some((t) => t.text === '?')))
  if (last.text !== '.' && !colonEnd) return
  if (before.kind !== 'word' && before.kind !== 'num' && before.kind !== 'str' && before.kind !== 'close') return
  corrections.push({ rule: 'semicolon', from: last.text, to: ';' })
  Object.assign(last, { from: last.text, text: ';', kind: 'op' })
}

/** Called with no arguments where the name alone means nothing: a builtin (set(), NOW()) or a method only ever called. */
const EMPTY_CALLS: Record<string, { alone: ReadonlySet<string>; method: ReadonlySet<string> }> = {
  python: { alone: new Set(['set', 'list', 'dict', 'tuple', 'input', 'object']), method: new Set([...CALLED_ONLY_METHODS, 'pop', 'keys', 'values', 'items', 'copy']) },
  javascript: { alone: new Set(), method: new Set([...CALLED_ONLY_METHODS, 'pop', 'shift', 'json', 'keys', 'values', 'entries']) },
  sql: { alone: new Set(['NOW', 'RANDOM']), method: new Set() },
}

/**
 * An empty call misread: its "(" lost where the line closes a bracket it never opened ("NOW);"), both
 * brackets lost where a Python name is set to a bare set, list or dict, or "()" written close read as
 * one round letter ("set()" as "SetO", "NOW()" as "NOW0": a word ending an expression that is such a
 * call's name plus an O or a 0, or one or two strokes read l or I (".popl"), and no word of the page).
 */
function emptyCalls(toks: Tok[], v: Vocabulary, corrections: Correction[]) {
  const calls = EMPTY_CALLS[v.language === 'typescript' ? 'javascript' : v.language]
  if (!calls) return
  const sig = toks.filter((t) => t.kind !== 'space')
  const unopened = sig.filter((t) => t.text === ')').length - sig.filter((t) => t.text === '(').length
  sig.forEach((t, k) => {
    if (t.kind !== 'word' || !known(v, t.text)) return
    const name = v.language === 'sql' ? t.text.toUpperCase() : t.text
    if (!calls.alone.has(name) || sig[k - 1]?.text === '.') return
    const next = sig[k + 1]
    // Its "(" lost ("NOW);", a ")" the line never opened), or both lost where only a call makes sense: "seen = set".
    const lostOpen = next?.text === ')' && unopened > 0
    const bare = v.language === 'python' && !next && sig[k - 1]?.text === '=' && k === 2 && ['set', 'list', 'dict'].includes(name)
    if (!lostOpen && !bare) return
    corrections.push({ rule: 'bracket', from: t.text, to: lostOpen ? `${name}(` : `${name}()` })
    Object.assign(t, { from: t.text, text: lostOpen ? `${name}(` : `${name}()` })
  })
  sig.forEach((t, k) => {
    // "()" as one round letter, or its "(" read as a stroke and ")" lost (".popl"): the letters after such a name.
    const m = /^([A-Za-z_]\w+?)(?:[O0]|[lI1]{1,2})$/.exec(t.text)
    if (t.kind !== 'word' || !m || known(v, t.text)) return
    const next = sig[k + 1]
    const afterDot = sig[k - 1]?.text === '.'
    // A method's call may be compared or added to ("stack.pop() != x"); a bare name in an expression is the page's.
    if (next && !(next.kind === 'close' || [';', ',', ':'].includes(next.text) || (afterDot && next.kind === 'op' && !['=', '.'].includes(next.text)))) return
    const stem = v.language === 'sql' ? m[1]!.toUpperCase() : afterDot ? m[1]! : m[1]!.toLowerCase()
    if (!(afterDot ? calls.method : calls.alone).has(stem)) return
    corrections.push({ rule: 'bracket', from: t.text, to: `${stem}()` })
    Object.assign(t, { from: t.text, text: `${stem}()` })
  })
}

/** A method that is only ever called, chained to with no "()" (".reverse.join(", often after a comma read as the dot): it lost them. */
function calledMethods(toks: Tok[], corrections: Correction[]) {
  for (let i = toks.length - 3; i >= 1; i--) {
    const [dot, name, next] = [toks[i - 1]!, toks[i]!, toks[i + 1]!]
    if (dot.text !== '.' || name.kind !== 'word' || next.text !== '.' || !CALLED_ONLY_METHODS.includes(name.text)) continue
    corrections.push({ rule: 'bracket', from: `.${name.text}.`, to: `.${name.text}().` })
    toks.splice(i + 1, 0, { kind: 'open', text: '(', start: name.start, conf: 50 }, { kind: 'close', text: ')', start: name.start, conf: 50 })
  }
}

/**
 * Two quote marks written close together are read as one (' or "), and the
 * string literal then swallows the code after it: "s.split(').reverse()".
 * A literal that would begin with a closing bracket or a comma after an
 * opening bracket or a comma, one that begins with ".name(" (the ''.join
 * idiom), or a lone quote closing an assignment, is the empty string.
 */
function emptyStrings(text: string, conf: readonly number[] | null, corrections: Correction[]): { text: string; conf: readonly number[] | null } {
  for (let guard = 0; guard < 4; guard++) {
    const toks = tokenize(text)
    let at = -1
    let mixed = false
    let prev: Token | undefined
    for (const t of toks) {
      if (t.kind === 'space') continue
      if (t.kind === 'str' && (t.text[0] === "'" || t.text[0] === '"')) {
        const body = t.text.slice(1)
        const afterOpen = prev && (prev.kind === 'open' || prev.text === ',')
        const afterValueStart = !prev || prev.kind === 'op' || prev.kind === 'open' || prev.text === 'return'
        const unclosed = t.text.length === 1 || t.text[t.text.length - 1] !== t.text[0]
        // "join('\")": the empty string's second mark read as the other quote, and the literal runs on.
        if (unclosed && /^["'][)\],;]/.test(body) && body[0] !== t.text[0] && !body.slice(1).includes(t.text[0]!)) {
          at = t.start
          mixed = true
          break
        }
        // "(').reverse()": the literal starts with a bracket and code; "(')')" is a one-bracket string and stays.
        const swallowed = /^[)\]][.;,)\]\s]/.test(body) || (unclosed && /^[)\],]/.test(body))
        if ((afterOpen && swallowed) || (afterValueStart && /^\.[A-Za-z_]\w*\(/.test(body)) || (body === '' && prev && (prev.kind === 'op' || prev.kind === 'open'))) {
          at = t.start
          break
        }
      }
      prev = t
    }
    if (at < 0) break
    if (mixed) {
      const pair = text[at]!.repeat(2)
      corrections.push({ rule: 'quote', from: text.slice(at, at + 2), to: pair })
      text = `${text.slice(0, at)}${pair}${text.slice(at + 2)}`
      continue
    }
    corrections.push({ rule: 'quote', from: text[at]!, to: "''" })
    text = `${text.slice(0, at)}''${text.slice(at + 1)}`
    if (conf) conf = [...conf.slice(0, at), conf[at] ?? 100, ...conf.slice(at)]
  }
  return { text, conf }
}

/**
 * "0.len(arr)": a dot after a whole number and before a name is no code in
 * any of our languages, so it is a comma. "a, b = b.a + b" / "a, b = 0.1":
 * a Python unpacking has as many values as names unless it unpacks one
 * iterable, so while values are missing, a dot between two plain values
 * (not a method call) is a comma, two values side by side lost the comma
 * between them, and a word made of two of the unpacked names ("ba" in a
 * swap) is those names.
 */
function commas(toks: Tok[], corrections: Correction[], language: string) {
  const sig = () => toks.filter((t) => t.kind !== 'space')
  const toComma = (t: Tok) => {
    corrections.push({ rule: 'comma', from: t.text, to: ',' })
    Object.assign(t, { from: t.text, text: ',', kind: 'op' })
  }
  let body = sig()
  for (let k = 1; k + 1 < body.length; k++)
    if (body[k]!.text === '.' && body[k - 1]!.kind === 'num' && !body[k - 1]!.text.includes('.') && body[k + 1]!.kind === 'word') toComma(body[k]!)
  if (language !== 'python') return
  body = sig()
  const eq = body.findIndex((t) => t.text === '=')
  if (eq < 3) return
  const items = (ts: Tok[]) => {
    let depth = 0
    let n = 1
    for (const t of ts) {
      if (t.kind === 'open') depth++
      else if (t.kind === 'close') depth--
      else if (depth === 0 && t.text === ',') n++
    }
    return n
  }
  const lhs = body.slice(0, eq)
  if (!lhs.every((t) => t.kind === 'word' || t.text === ',') || items(lhs) < 2) return
  let missing = items(lhs) - items(body.slice(eq + 1))
  if (missing <= 0) return
  const names = new Set(lhs.filter((t) => t.kind === 'word').map((t) => t.text))
  let depth = 0
  for (let k = eq + 1; k < body.length && missing > 0; k++) {
    const t = body[k]!
    if (t.kind === 'open') depth++
    else if (t.kind === 'close') depth--
    if (depth !== 0) continue
    if (t.kind === 'num' && /^\d+\.\d+$/.test(t.text)) {
      // "0.1" for "0, 1": split the number in place.
      const [a, b] = t.text.split('.') as [string, string]
      const i = toks.indexOf(t)
      corrections.push({ rule: 'comma', from: t.text, to: `${a}, ${b}` })
      toks.splice(i, 1, { ...t, text: a, from: t.text }, { ...t, kind: 'op', text: ',', from: t.text }, { ...t, text: b, from: t.text })
      missing--
    } else if (t.text === '.' && (body[k - 1]!.kind === 'word' || body[k - 1]!.kind === 'num') && body[k + 1]?.kind === 'word' && body[k + 2]?.kind !== 'open') {
      toComma(t)
      missing--
    } else if (value(t) && body[k + 1] && value(body[k + 1]!) && toks[toks.indexOf(t) + 1]?.kind === 'space') {
      // "b a + b": two values side by side are no expression; the comma between them was lost.
      const i = toks.indexOf(t)
      corrections.push({ rule: 'comma', from: `${t.text} ${body[k + 1]!.text}`, to: `${t.text}, ${body[k + 1]!.text}` })
      toks.splice(i + 1, 0, { ...t, kind: 'op', text: ',' })
      missing--
    } else if (t.kind === 'word' && !names.has(t.text) && body[k + 1]?.kind !== 'open') {
      // "ba + b" for "b, a + b": a swap's two names run together, comma and all.
      const cut = [...Array(t.text.length - 1).keys()].map((n) => n + 1).filter((n) => names.has(t.text.slice(0, n)) && names.has(t.text.slice(n)))
      if (cut.length !== 1) continue
      const [a, b] = [t.text.slice(0, cut[0]), t.text.slice(cut[0])]
      const i = toks.indexOf(t)
      corrections.push({ rule: 'comma', from: t.text, to: `${a}, ${b}` })
      toks.splice(i, 1, { ...t, text: a, from: t.text }, { ...t, kind: 'op', text: ',', from: t.text }, { ...t, text: b, from: t.text })
      missing--
    }
  }
}

/** A plain operand: a number or a name that is not a Python keyword. */
const value = (t: Tok) => t.kind === 'num' || (t.kind === 'word' && !PY_KEYWORDS.has(t.text))

const BLOCK_WORDS = ['def', 'class', 'if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with']
const blockVocab: Vocabulary = { words: new Map(BLOCK_WORDS.map((w) => [w, 1])), language: 'python' }

/** Grammar of a Python block header: its first word is a block keyword, and a def's parameters are separated by commas. */
function pythonHeader(toks: Tok[], corrections: Correction[]) {
  const idx = toks.map((t, i) => (t.kind === 'space' ? -1 : i)).filter((i) => i >= 0)
  if (idx.length < 2 || toks[idx[idx.length - 1]!]!.text !== ':') return
  const first = toks[idx[0]!]!
  if (first.kind === 'word' && !BLOCK_WORDS.includes(first.text)) {
    const second = toks[idx[1]!]
    // "cls e:" -> "else:" (split), "del f(x):" -> "def f(x):"
    const joined = second && second.kind === 'word' && idx.length === 3 ? first.text + second.text : null
    const nj = joined ? nearestWord(blockVocab, joined) : null
    const n1 = nearestWord(blockVocab, first.text)
    const rel = (w: string, r: string) => confusionDistance(r, w) / Math.max(w.length, r.length)
    if (nj && rel(nj.word, joined!) <= 0.45 && (!n1 || rel(nj.word, joined!) < rel(n1.word, first.text))) {
      corrections.push({ rule: 'header', from: `${first.text} ${second!.text}`, to: nj.word })
      first.from = first.from ?? `${first.text} ${second!.text}`
      first.text = nj.word
      toks.splice(idx[0]! + 1, idx[1]! - idx[0]!)
    } else if (n1 && rel(n1.word, first.text) <= 0.45) {
      corrections.push({ rule: 'header', from: first.text, to: n1.word })
      first.from = first.from ?? first.text
      first.text = n1.word
    }
  }
  if (first.text === 'def') {
    // "def two sum(nums):", "def find_no - duplicates(": a name has no space or minus in it (an
    // underscore read as one, or lost); snake case is Python's way to join words.
    const open = toks.findIndex((t) => t.kind === 'open')
    const name = toks.slice(toks.indexOf(first) + 1, open < 0 ? toks.length : open).filter((t) => t.kind !== 'space')
    const words = name.filter((t) => t.text !== '-')
    const hyphens = name.every((t, k) => t.text !== '-' || (k > 0 && k < name.length - 1 && name[k - 1]!.text !== '-'))
    if (open > 0 && words.length >= 2 && hyphens && words.every((t) => t.kind === 'word' && !PY_KEYWORDS.has(t.text))) {
      const from = name.map((t) => t.text).join(' ')
      const to = words.map((t) => t.text).reduce((a, w) => (a.endsWith('_') || w.startsWith('_') ? a + w : `${a}_${w}`))
      const start = toks.indexOf(name[0]!)
      corrections.push({ rule: 'header', from, to })
      toks.splice(start, toks.indexOf(name[name.length - 1]!) - start + 1, { ...name[0]!, text: to, from })
    }
    let depth = 0
    let prev: Tok | undefined
    let prevAt = -1
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!
      if (t.kind === 'open') depth++
      else if (t.kind === 'close') depth--
      else if (depth === 1 && t.text === '.') {
        corrections.push({ rule: 'params', from: '.', to: ',' })
        t.from = '.'
        t.text = ','
      } else if (depth === 1 && t.kind === 'word' && prev?.kind === 'word' && !PY_KEYWORDS.has(prev.text)) {
        // "def __init__(self val):": two parameters side by side lost their comma;
        // "path None": a default lost its "=".
        const sign = ['None', 'True', 'False'].includes(t.text) ? '=' : PY_KEYWORDS.has(t.text) ? '' : ','
        if (sign) {
          corrections.push({ rule: 'params', from: ' ', to: sign })
          if (sign === '=') toks.splice(prevAt + 1, k - prevAt - 1, { kind: 'op', text: '=', start: t.start, conf: t.conf })
          else toks.splice(prevAt + 1, 0, { kind: 'op', text: ',', start: t.start, conf: t.conf })
          k = toks.indexOf(t)
        }
      }
      if (t.kind !== 'space') {
        prev = t
        prevAt = k
      }
    }
  }
  if (first.text === 'for') forIn(toks, corrections)
}

const STATEMENT_WORDS: Record<string, readonly string[]> = {
  python: ['return', 'yield', 'raise', 'del', 'assert', 'import', 'global', 'nonlocal', 'print', 'not', 'await', 'lambda'],
  brace: ['return', 'const', 'let', 'var', 'throw', 'yield', 'new', 'typeof', 'delete', 'await', 'case', 'else', 'do'],
}

/**
 * "ream mid" / "retun x;": a line that starts with two values side by side is
 * no statement unless its first word is a keyword, so an unknown first word
 * before a name, number or string is the statement keyword it looks most
 * like (confusion distance at most 45% of its length, as for block headers).
 */
function statementKeyword(toks: Tok[], corrections: Correction[], v: Vocabulary, unbound: ReadonlySet<string>) {
  const body = toks.filter((t) => t.kind !== 'space')
  const [first, second, third] = body
  // A word read on two lines that the page never binds is no identifier of the writer's
  // where it stands so: "ream" read on both of a binary search's returns.
  if (!first || !second || first.kind !== 'word' || first.text.length < 2) return
  if (known(v, first.text) && !unbound.has(first.text)) return
  // "ream - 1": a line that is only a name minus a number is no statement either (return -1).
  const negative = second.text === '-' && third?.kind === 'num' && body.length === 3
  if (second.kind !== 'word' && second.kind !== 'num' && second.kind !== 'str' && !negative) return
  const words = STATEMENT_WORDS[v.language === 'python' ? 'python' : 'brace']!
  const scored = words.map((w) => ({ w, d: confusionDistance(first.text, w) / Math.max(w.length, first.text.length) })).sort((a, b) => a.d - b.d)
  const best = scored[0]!
  if (best.d > 0.45 || (scored[1] && scored[1].d - best.d < 0.05)) return
  corrections.push({ rule: 'header', from: first.text, to: best.w })
  Object.assign(first, { from: first.from ?? first.text, text: best.w })
}

/**
 * "if target - xin seen:": two names side by side are no Python expression,
 * so an unknown name ending in "in" before another value is "x in".
 */
function inOperator(toks: Tok[], corrections: Correction[], v: Vocabulary) {
  const body = toks.filter((t) => t.kind !== 'space')
  if (body[0]?.text === 'for') return
  for (let k = 0; k + 1 < body.length; k++) {
    const t = body[k]!
    const next = body[k + 1]!
    // A short name's "xin" is read on more than one line (the for header too), so it can be a page word and still be wrong.
    if (t.kind !== 'word' || !/^[A-Za-z_]\w*in$/.test(t.text) || (known(v, t.text) && t.text.length > 4) || PY_KEYWORDS.has(t.text)) continue
    if (!(next.kind === 'word' && !PY_KEYWORDS.has(next.text)) && next.kind !== 'str') continue
    const i = toks.indexOf(t)
    if (toks[i + 1]?.kind !== 'space') continue
    corrections.push({ rule: 'header', from: t.text, to: `${t.text.slice(0, -2)} in` })
    toks.splice(i, 1, { ...t, text: t.text.slice(0, -2), from: t.text }, { kind: 'space', text: ' ', start: t.start, conf: t.conf }, { ...t, text: 'in', from: t.text })
    return
  }
}

/** "for i, xin enumerate(nums):": a for header has its "in"; where none stands alone, a word's "in" tail (or head) is it. */
function forIn(toks: Tok[], corrections: Correction[]) {
  let depth = 0
  const top: number[] = []
  toks.forEach((t, i) => {
    if (t.kind === 'open') depth++
    else if (t.kind === 'close') depth--
    else if (depth === 0 && t.kind === 'word') top.push(i)
  })
  if (top.some((i) => toks[i]!.text === 'in')) return
  for (const i of top.slice(1)) {
    const t = toks[i]!
    const next = toks[i + 1]
    const prev = toks[i - 1]
    let parts: [string, string] | null = null
    if (/^[A-Za-z_]\w*in$/.test(t.text) && next?.kind === 'space') parts = [t.text.slice(0, -2), 'in']
    else if (/^in[A-Za-z_]\w*$/.test(t.text) && prev?.kind === 'space') parts = ['in', t.text.slice(2)]
    if (!parts) continue
    corrections.push({ rule: 'header', from: t.text, to: parts.join(' ') })
    toks.splice(i, 1, { ...t, text: parts[0], from: t.text }, { kind: 'space', text: ' ', start: t.start, conf: t.conf }, { ...t, text: parts[1], from: t.text })
    return
  }
}

function plain(toks: Tok[]) {
  let text = ''
  const spans: ({ start: number; end: number } | null)[] = []
  for (const t of toks) {
    spans.push({ start: text.length, end: text.length + t.text.length })
    text += t.text
  }
  return { text: text.replace(/ +/g, ' ').trim(), spans }
}

const PY_KEYWORDS = new Set('and as assert await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '))
const JS_KEYWORDS = new Set('async await case catch const delete do else export for if in instanceof let new of return switch throw typeof var void while yield'.split(' '))
/** SQL words written with a space before '(' (IN (...), OVER (...)): any other capitalised word before '(' is a call (NOW(), COUNT(*)). */
const SQL_SPACED = new Set(
  'IN FROM AS JOIN EXISTS CONFLICT AND OR NOT OVER VALUES ON USING WHERE SELECT WHEN THEN ELSE BY INTO TABLE KEY REFERENCES UNIQUE CHECK ANY ALL SOME DEFAULT WITH UNION RETURNING LIKE BETWEEN HAVING SET IS'.split(' '),
)

/**
 * Conventional spacing (PEP 8 style for Python, the common JavaScript and SQL
 * styles): spaces around binary operators and after commas, none inside
 * brackets, before commas or around dots, none between a name and its call.
 */
export function layoutSpacing(toks: readonly Token[], language: string): { text: string; spans: ({ start: number; end: number } | null)[] } {
  const keywords = language === 'python' ? PY_KEYWORDS : language === 'sql' ? new Set<string>() : JS_KEYWORDS
  // ++ and -- are operators of the brace languages only (SQL's -- starts a comment)
  const incDec = language !== 'python' && language !== 'sql'
  const items = toks.map((t, i) => ({ t, i })).filter((x) => x.t.kind !== 'space')
  const operand = (x: Token | undefined) => x !== undefined && (x.kind === 'word' || x.kind === 'num' || x.kind === 'close')
  /** Is items[j] (++ or --) postfix: after an operand, and not before one? */
  const postfix = (j: number) => operand(items[j - 1]?.t) && !['word', 'num', 'open'].includes(items[j + 1]?.t.kind ?? '')
  // A date written as its digits ("2024-01-01", its quotes lost) is one value, not a subtraction.
  const inDate = new Set<number>()
  for (let k = 0; k + 4 < items.length; k++) {
    const [y, a, m, b, d] = items.slice(k, k + 5).map((x) => x.t.text)
    if (/^(?:19|20)\d\d$/.test(y!) && a === '-' && /^(?:0?[1-9]|1[0-2])$/.test(m!) && b === '-' && /^(?:0?[1-9]|[12]\d|3[01])$/.test(d!)) for (let j = k + 1; j <= k + 4; j++) inDate.add(j)
  }
  const spans: ({ start: number; end: number } | null)[] = toks.map(() => null)
  const stack: string[] = []
  /** Open ternaries ("?" awaiting its ":") at each bracket depth. */
  const ternaries: number[] = []
  let text = ''
  let prevSig: Token | null = null
  let prevUnary = false
  for (let k = 0; k < items.length; k++) {
    const { t, i } = items[k]!
    const p = prevSig
    let space = false
    if (p) {
      const inParens = stack[stack.length - 1] === '(' || stack[stack.length - 1] === '['
      const isWordish = (x: Token) => x.kind === 'word' || x.kind === 'num' || x.kind === 'str'
      const binaryOp = (x: Token) => x.kind === 'op' && !['.', ',', ':', ';', '!', '~', '@'].includes(x.text)
      if (t.kind === 'close' || t.text === ',' || t.text === ';' || t.text === '.' || p.text === '.') space = false
      else if (p.kind === 'open') space = false
      // a ternary's ":" is spaced like its "?" (JavaScript); a key's or a slice's is not
      else if (t.text === ':') space = (ternaries[stack.length] ?? 0) > 0
      else if (p.text === ':') space = stack[stack.length - 1] !== '['
      else if (p.text === ',' || p.text === ';') space = true
      else if (t.kind === 'open') {
        // a call or an index: no space after a name (unless it is a keyword) or a closing bracket
        // a brace ending a line after a name opens a body ("class Counter {", not a regex's "\d{3}");
        // SQL sets a table's column list apart ("INSERT INTO t (a, b)")
        if (p.kind === 'word')
          space =
            keywords.has(p.text) ||
            (t.text === '{' && k === items.length - 1) ||
            (language === 'sql' && t.text === '(' && (SQL_SPACED.has(p.text.toUpperCase()) || /^(INTO|TABLE)$/i.test(items[k - 2]?.t.text ?? '')))
        else if (p.kind === 'close' || p.kind === 'str') space = t.text === '{'
        else space = binaryOp(p) && !prevUnary
      } else if (t.kind === 'op' && t.text === '=' && language === 'python' && stack[stack.length - 1] === '(') space = false
      else if (p.kind === 'op' && p.text === '=' && language === 'python' && stack[stack.length - 1] === '(') space = false
      else if (incDec && (t.text === '++' || t.text === '--')) space = !postfix(k) // i++, a[i]--; a prefix one (= --y, ) ++n) spaced
      else if (incDec && (p.text === '++' || p.text === '--') && !postfix(k - 1)) space = false // ++count
      else if (binaryOp(t)) {
        // unary minus/plus/star after an operator, an opening bracket or a comma
        space = !(t.text === '*' && inParens && p.text === ',')
      } else if (binaryOp(p)) space = !prevUnary
      else if (p.text === '!') space = false
      else space = isWordish(p) || p.kind === 'close' ? true : false
      if (t.kind === 'word' && p.kind === 'word') space = true
      if (inDate.has(k)) space = false
      // a Python string's prefix sits against its quote: f"...", r"..."
      if (language === 'python' && t.kind === 'str' && p.kind === 'word' && /^(f|r|b|u|rb|br|fr|rf)$/i.test(p.text)) space = false
    }
    // Is this operator unary (no space after it)?
    if (t.kind === 'op' && ['-', '+', '*', '**', '~', '!'].includes(t.text)) {
      prevUnary = !p || p.kind === 'open' || (p.kind === 'op' && p.text !== ')') || p.text === ',' || keywords.has(p.text)
      if (t.text === '!') prevUnary = true
    } else prevUnary = false
    if (space) text += ' '
    spans[i] = { start: text.length, end: text.length + t.text.length }
    text += t.text
    if (t.kind === 'open') stack.push(t.text)
    if (t.kind === 'close') ternaries[stack.length] = 0
    if (t.kind === 'close') stack.pop()
    if (language !== 'python' && language !== 'sql' && t.text === '?' && items[k + 1]?.t.text !== '.') ternaries[stack.length] = (ternaries[stack.length] ?? 0) + 1
    if (t.text === ':' && (ternaries[stack.length] ?? 0) > 0) ternaries[stack.length]!--
    prevSig = t
  }
  return { text, spans }
}
