// An empty dict read as a list or a zero: "{}" is two small marks a hand
// draws close together, and readings make them "[]", "[ ]", "()" or "0". The
// page says which it was: a name started as [] or 0 that the page then calls
// a dict's method on (counts.get(w, 0), seen.items()), or a 0 it assigns an
// item to (seen[x] = i), can only have been {}. Python, and in JavaScript a
// 0 the page gives an item (groups[k] = []); where the page assigns the name
// once.
import { codeOnly } from '../language/codeOnly.ts'

/** `from` at `at` on line `line` became `to`. */
export interface DictFix {
  line: number
  at: number
  from: string
  to: string
}

const DICT_METHODS = /^\.(?:get|items|keys|values|setdefault|update|pop)\s*\(/

export function fixEmptyDicts(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: DictFix[] } {
  const out = [...lines]
  const fixes: DictFix[] = []
  const lang = (language ?? '').toLowerCase()
  const js = lang === 'javascript' || lang === 'typescript'
  if (lang !== 'python' && !js) return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  // JavaScript: "const groups = 0;" only (an array's string keys are legal there, a number's items are not).
  const start = js ? /^(\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*)(0)\s*;?\s*$/ : /^(\s*([A-Za-z_]\w*)\s*=\s*)(\[\s*\]|\(\s*\)|0)\s*$/
  const starts = codes.flatMap((c, i) => {
    const m = c.match(start)
    return m ? [{ line: i, at: m[1]!.length, name: m[2]!, from: m[3]! }] : []
  })
  for (const s of starts) {
    // Assigned elsewhere too: which value is meant where is not ours to say.
    const assigned = codes.filter((c) => new RegExp(`^\\s*(?:(?:const|let|var)\\s+)?${s.name}\\s*=(?!=)`).test(c)).length
    if (assigned !== 1) continue
    let dict = false
    for (const c of codes.slice(s.line + 1))
      for (const m of c.matchAll(new RegExp(`(?<![\\w.])${s.name}(?!\\w)`, 'g'))) {
        const after = c.slice(m.index! + s.name.length)
        if (!js && DICT_METHODS.test(after) && !(s.from !== '0' && /^\.pop\b/.test(after))) dict = true
        // An item assigned to a number.
        if (s.from === '0' && /^\[[^\]]*\]\s*=(?!=)/.test(after)) dict = true
      }
    if (!dict) continue
    out[s.line] = out[s.line]!.slice(0, s.at) + '{}' + out[s.line]!.slice(s.at + s.from.length)
    fixes.push({ line: s.line, at: s.at, from: s.from, to: '{}' })
  }
  return { lines: out, fixes }
}
