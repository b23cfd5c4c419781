// A function header whose parameter list lost a bracket. Some hands draw
// "(" and ")" as short arcs the height of a small letter, and every rendering
// reads them as letters run into the names around them: "def size(self):"
// is read "def sizelself:", "def balanced(s):" "def balancedist:",
// "function pick(obj, keys) {" "function pickiobj keys) {". A header with no
// "(" cannot be code. Its parameters are names the rest of the page uses but
// never binds (a parameter is bound nowhere else), so the name read splits
// as the function's name, perhaps an opening look-alike, such a name, and
// perhaps a closing look-alike; where exactly one split fits (the longest
// parameter, if several), the brackets are put back. A header that opened
// its list and lost only the ")" before its ":" or "{" gets it back, and a
// dot between two parameters is the comma it was read for.
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames, declaredNames } from '../language/bindings.ts'
import { wordsFor } from '../language/vocab.ts'
import { applyEdits, type LineEdit } from './edits.ts'

export type ParamFix = LineEdit

/** What "(" and ")" are read as when drawn small (or nothing: lost). */
const OPEN_LOOKALIKES = ['', 'l', 'i', 'I', '1', 'r', 't', 'c', 'C', 'L']
const CLOSE_LOOKALIKES = ['', 't', 'l', 'I', '1', 'j', 'J']

const HEADERS = {
  python: /^(\s*def\s+)([A-Za-z_]\w*)([^(]*?)(:?)\s*$/,
  javascript: /^(\s*(?:async\s+)?function\s*\*?\s*)([A-Za-z_$][\w$]*)([^(]*?)(\{?)\s*$/,
}

/** Words a bracket follows that are no call: "if (x) => 1" is some other misreading. */
const BRACKETED_KEYWORDS = new Set(['if', 'while', 'for', 'switch', 'catch', 'with', 'return', 'typeof', 'await', 'async', 'yield', 'function'])

/**
 * JavaScript: a call's "(" and an arrow's "(" written together ("new
 * Promise((resolve) =>", ".map((o) =>") are one bracket to a reading that
 * folds repeated characters, and "Promise(resolve) =>" is no code: an
 * arrow's parameters cannot follow a call's name. The bracket goes back.
 */
export function restoreArrowParams(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: ParamFix[] } {
  const lang = (language ?? '').toLowerCase()
  if (lang !== 'javascript' && lang !== 'typescript') return { lines: [...lines], fixes: [] }
  const edits: ParamFix[] = []
  codeOnly(lines, lang).forEach((code, i) => {
    for (const m of code.matchAll(/([A-Za-z_$][\w$]*)\(([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)*)?\)\s*=>/g)) {
      if (BRACKETED_KEYWORDS.has(m[1]!)) continue
      edits.push({ line: i, at: m.index! + m[1]!.length, from: '', to: '(' })
    }
  })
  return applyEdits(lines, edits)
}

export function restoreParams(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: ParamFix[] } {
  const lang = (language ?? '').toLowerCase()
  const kind = lang === 'python' ? 'python' : lang === 'javascript' || lang === 'typescript' ? 'javascript' : null
  if (!kind) return { lines: [...lines], fixes: [] }
  const codes = codeOnly(lines, lang)
  const header = HEADERS[kind]
  const end = kind === 'python' ? ':' : ' {'
  const edits: ParamFix[] = []
  // Names bound other than as a parameter: the headers are left out, since
  // every method of a class takes "self" and any of them may be the one misread.
  const isHeader = (c: string) => (kind === 'python' ? /^\s*def\b/ : /^\s*(?:async\s+)?function\b/).test(c)
  const bound = boundNames(
    codes.map((c) => (isHeader(c) ? '' : c)),
    lang,
  )
  const keywords = new Set(wordsFor(lang))
  const declared = declaredNames(codes)
  codes.forEach((code, i) => {
    const parens = [...code].reduce((n, c) => n + (c === '(' ? 1 : c === ')' ? -1 : 0), 0)
    // The list opened and its ")" lost before the block begins: "def __init__(self:".
    const open = kind === 'python' ? code.match(/^\s*def\s+\w+\s*\([^()]*?(\s*):\s*$/) : code.match(/^\s*(?:async\s+)?function\b[^()]*\([^()]*?(\s*)\{\s*$/)
    if (open && parens === 1) {
      const close = code.lastIndexOf(kind === 'python' ? ':' : '{')
      edits.push({ line: i, at: close - open[1]!.length, from: open[1]!, to: kind === 'python' ? ')' : ') ' })
      return
    }
    // A Python header whose ":" was lost, and its ")" with it or not ("def __repr__(self", "def f(x)").
    const noColon = kind === 'python' ? /^\s*def\s+\w+\s*\([^()]*(\))?(\s*)$/.exec(code) : null
    if (noColon && /[\w)]$/.test(code.trimEnd())) {
      edits.push({ line: i, at: code.length - noColon[2]!.length, from: '', to: noColon[1] ? ':' : '):' })
      return
    }
    // A comma read as a dot between two parameters ("function pick(obj.keys) {"): no parameter has one.
    const list = (kind === 'python' ? /^(\s*def\s+\w+\s*\()([^()]*)\)/ : /^(\s*(?:async\s+)?function\b[^(]*\()([^()]*)\)/).exec(code)
    if (list) {
      for (const d of list[2]!.matchAll(/(?<=(?:^|,)\s*[A-Za-z_$][\w$]*)\.\s*(?=[A-Za-z_$])/g)) edits.push({ line: i, at: list[1]!.length + d.index!, from: d[0], to: ', ' })
      return
    }
    const m = code.match(header)
    if (!m || code.includes('(')) return
    const [, lead, name, rest] = [m[0], m[1]!, m[2]!, m[3]!]
    // Names the rest of the page uses and never binds: a parameter's uses.
    const used = new Set<string>()
    codes.forEach((c, k) => {
      if (k === i) return
      for (const u of c.matchAll(/(?<![\w.$])[A-Za-z_$][\w$]*(?![\w$]*\s*\()/g))
        if (!keywords.has(u[0]) && !bound.has(u[0]) && !declared.has(u[0]) && u[0] !== name) used.add(u[0])
    })
    if (kind === 'python' && codes.some((c) => /(?<![\w.])self\./.test(c))) used.add('self')
    // The rest of the header as read: nothing, or the further parameters and the ")" ("keys)").
    const more = rest.trim().match(/^(,?\s*[A-Za-z_$][\w$]*(?:\s*,?\s*[A-Za-z_$][\w$]*)*)?\s*\)?$/)
    if (!more) return
    const tail = more[1] ? more[1].replace(/^,?\s*/, '').replace(/\s*,?\s+/g, ', ') : ''
    if (tail && !rest.trim().endsWith(')')) return
    const calls = new Set(codes.flatMap((c, k) => (k === i ? [] : [...c.matchAll(/(?<![\w.$])([A-Za-z_$][\w$]*)\s*\(/g)].map((u) => u[1]!))))
    const splits = new Map<string, string>()
    for (let k = 2; k < name.length; k++)
      for (const o of OPEN_LOOKALIKES) {
        if (!name.startsWith(o, k)) continue
        const after = name.slice(k + o.length)
        for (const c of tail ? [''] : CLOSE_LOOKALIKES) {
          if (!after.endsWith(c) || after.length <= c.length) continue
          const param = after.slice(0, after.length - c.length)
          // One parameter, two ways: the "(" read as a letter ("size" + "l" + "self") rather than lost, unless the page calls the longer name.
          const fname = name.slice(0, k)
          const had = splits.get(param)
          if (used.has(param) && (had === undefined || (!calls.has(had) && (calls.has(fname) || fname.length < had.length)))) splits.set(param, fname)
        }
      }
    // The name itself was read whole, the "(" lost before the rest: "def load_config path):"
    // (after a comma, a first parameter was run into the name, and where it begins is not known).
    if (tail && !splits.size && !rest.trim().startsWith(',')) splits.set('', name)
    if (!splits.size) return
    const longest = Math.max(...[...splits.keys()].map((p) => p.length))
    const best = [...splits].filter(([p]) => p.length === longest)
    if (best.length !== 1) return
    const [param, fname] = best[0]!
    const params = [param, tail].filter(Boolean).join(', ')
    const from = code.slice(lead.length).trimEnd()
    edits.push({ line: i, at: lead.length, from, to: `${fname}(${params})${end}` })
  })
  return applyEdits(lines, edits)
}
