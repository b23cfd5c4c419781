// An empty dict read as a list or a zero: "{}" is two small marks a hand
// draws close together, and readings make them "[]", "[ ]", "()" or "0". The
// page says which it was: a name started as [] or 0 that the page then calls
// a dict's method on (counts.get(w, 0), seen.items()), or a 0 it assigns an
// item to (seen[x] = i), can only have been {}. Python, and in JavaScript a
// 0 the page gives an item (groups[k] = []); where the page assigns the name
// once.
// An empty list read as a zero the same way: "[]" drawn small and close is
// "0" to most renderings (16 of 29 on one held-out hand's "self.items = []").
// A 0 or () the page then calls a list's method on (items.append(x),
// out.push(i)) can only have been []; the name may be an attribute
// (self.items, this.items).
import { codeOnly } from '../language/codeOnly.ts'

/** `from` at `at` on line `line` became `to`. */
export interface DictFix {
  line: number
  at: number
  from: string
  to: string
}

const DICT_METHODS = /^\.(?:get|items|keys|values|setdefault|update|pop)\s*\(/
/** Methods only a list has: pop and copy are a dict's too, count and index a string's ('' read as 0 is a string). */
const PY_LIST_METHODS = /^\.(?:append|insert|extend|sort|reverse|remove)\s*\(/
const JS_LIST_METHODS = /^\.(?:push|pop|shift|unshift|splice|map|filter|reduce|forEach|join|sort|reverse|some|every|find)\s*\(/

export function fixEmptyDicts(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: DictFix[] } {
  const out = [...lines]
  const fixes: DictFix[] = []
  const lang = (language ?? '').toLowerCase()
  const js = lang === 'javascript' || lang === 'typescript'
  if (lang !== 'python' && !js) return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  // JavaScript: "const groups = 0;" only (an array's string keys are legal there, a number's items are not).
  const start = js
    ? /^(\s*(?:(?:const|let|var)\s+|this\.)([A-Za-z_$][\w$]*)\s*=\s*)(0)\s*;?\s*$/
    : /^(\s*((?:self\.)?[A-Za-z_]\w*)\s*=\s*)(\[\s*\]|\(\s*\)|0)\s*$/
  const LIST_METHODS = js ? JS_LIST_METHODS : PY_LIST_METHODS
  const starts = codes.flatMap((c, i) => {
    const m = c.match(start)
    // JavaScript's attribute is named as "this.items" wherever it is used.
    return m ? [{ line: i, at: m[1]!.length, name: js && /^\s*this\./.test(m[1]!) ? `this.${m[2]!}` : m[2]!, from: m[3]! }] : []
  })
  for (const s of starts) {
    // Assigned elsewhere too: which value is meant where is not ours to say.
    const name = s.name.replace(/[.$]/g, '\\$&')
    const assigned = codes.filter((c) => new RegExp(`^\\s*(?:(?:const|let|var)\\s+)?${name}\\s*=(?!=)`).test(c)).length
    if (assigned !== 1) continue
    let dict = false,
      list = false
    for (const c of codes.slice(s.line + 1))
      for (const m of c.matchAll(new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g'))) {
        const after = c.slice(m.index! + s.name.length)
        if (!js && DICT_METHODS.test(after) && !(s.from !== '0' && /^\.pop\b/.test(after))) dict = true
        // An item assigned to a number (its key may index another, its last "]" lost: out[item[key] ||= []).
        const item = /^\[[^=;]*?[\w\]]\s*(?:\|\|?|\?\?)?=(?!=)/.exec(after)
        if (s.from === '0' && item && !/\]\s*\./.test(item[0])) dict = true
        if (!s.from.startsWith('[') && LIST_METHODS.test(after)) list = true
      }
    // Both kinds of use: not ours to say.
    if (dict === list) continue
    const to = dict ? '{}' : '[]'
    out[s.line] = out[s.line]!.slice(0, s.at) + to + out[s.line]!.slice(s.at + s.from.length)
    fixes.push({ line: s.line, at: s.at, from: s.from, to })
  }
  return { lines: out, fixes }
}
