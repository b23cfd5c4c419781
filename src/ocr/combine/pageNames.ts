// Names made to agree with what the page binds. A program names its
// variables where it binds them (parameters, assignments, loop headers) and
// uses them elsewhere; a reading that loses a small mark makes a name the
// page never bound. Such losses are mended here, Python and the brace
// languages alike:
//   - a doubled letter read once, where that makes a conventional interview
//     name a name nobody uses ("ar" for arr, "sen" for seen: CTC needs a
//     blank between two equal letters, and a hand seldom leaves room for one);
//   - a comma lost between two short names the page binds, run together
//     into one it never binds ("max(lr)" for max(l, r));
//   - a digit read for a letter where a name is assigned ("5 = s.lower()",
//     "1 += 1", the page using s or i): a number cannot be assigned to;
//   - a Python block header's keyword run into the name after it, which the
//     page binds ("fix:" for "if x:", the i and f read in turn);
//   - a sequence run into the name it is indexed by, the brackets lost or
//     read as letters ("sleft", "stright" for s[left], s[right]);
//   - Python: a pair unpacked into, its comma lost ("ab = 0, 1", and the
//     swap "ab = ba + b" for a, b = b, a + b), where the page reads each
//     name alone and never the pair.
import { commonNamesFor, wordsFor } from '../language/vocab.ts'
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames } from '../language/bindings.ts'

/** `from` at `at` in `line` became `to` (either may be longer than one character). */
export interface NameFix {
  line: number
  at: number
  from: string
  to: string
}

const DIGIT_LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'l', '2': 'z', '5': 's', '6': 'b', '8': 'B', '9': 'g' }
/** Letter groups a hand runs together or draws apart, as read -> as written. */
const MULTI_LOOKALIKES: readonly [string, string][] = [
  ['m', 'rr'],
  ['m', 'rn'],
  ['rn', 'm'],
  ['n', 'rr'],
  ['d', 'cl'],
  ['cl', 'd'],
  ['h', 'li'],
  ['w', 'vv'],
  ['vv', 'w'],
]
/** What "[" and "]" are read as when a hand draws them narrow. */
const OPEN_LOOKALIKES = ['t', 'l', 'L', 'C', 'c', 'I', '1']
const CLOSE_LOOKALIKES = ['l', 'J', 'j', 'I', '1']
const SUPPORTED = new Set(['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'kotlin', 'swift'])

/** Commas outside brackets: a value list's separators. */
function topLevelCommas(code: string): number {
  let depth = 0
  let n = 0
  for (const ch of code) {
    if ('([{'.includes(ch)) depth++
    else if (')]}'.includes(ch)) depth--
    else if (ch === ',' && depth === 0) n++
  }
  return n
}

export function fixPageNames(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: NameFix[] } {
  const lang = (language ?? '').toLowerCase()
  const out = [...lines]
  const fixes: NameFix[] = []
  if (!SUPPORTED.has(lang)) return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  const bound = boundNames(codes, lang)
  const keywords = new Set(wordsFor(lang))
  const common = commonNamesFor(lang)
  const uses = new Map<string, { line: number; at: number }[]>()
  codes.forEach((c, i) => {
    for (const m of c.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)) uses.set(m[0], [...(uses.get(m[0]) ?? []), { line: i, at: m.index! }])
  })
  const edits: NameFix[] = []

  // A doubled letter read once: every use of the name, where the full name is conventional.
  for (const [name, at] of uses) {
    if (keywords.has(name) || common.includes(name) || name.length < 2) continue
    const full = common.filter((c) => c.length === name.length + 1 && [...c].some((ch, k) => k > 0 && c[k - 1] === ch && c.slice(0, k) + c.slice(k + 1) === name))
    // The full name used too ("return arr" under "def f(ar)") is the same name, unless the page binds both.
    if (full.length !== 1 || (uses.has(full[0]!) && (bound.has(full[0]!) || !bound.has(name)))) continue
    const k = [...full[0]!].findIndex((ch, j) => j > 0 && full[0]![j - 1] === ch && full[0]!.slice(0, j) + full[0]!.slice(j + 1) === name)
    for (const u of at) edits.push({ line: u.line, at: u.at + k, from: '', to: full[0]![k]! })
  }

  // Letters run together or drawn apart ("arr" read "am": rr as m; "cl" read "d"): every use of a
  // name of 2-4 letters the page has, where its look-alike is conventional. The page may use that
  // too ("return arr" was read right under five "am"s), but not bind both: def f(am, arr) is two names.
  for (const [name, at] of uses) {
    if (keywords.has(name) || common.includes(name) || name.length < 2 || name.length > 4) continue
    const full = new Set<string>()
    for (const [from, to] of MULTI_LOOKALIKES)
      for (let k = name.indexOf(from); k >= 0; k = name.indexOf(from, k + 1)) {
        const c = name.slice(0, k) + to + name.slice(k + from.length)
        if (common.includes(c) && !keywords.has(c) && !(bound.has(c) && bound.has(name))) full.add(c)
      }
    if (full.size !== 1) continue
    const [c] = full
    for (const u of at) edits.push({ line: u.line, at: u.at, from: name, to: c! })
  }

  // Two short names the page binds, run together into a name it never binds.
  for (const [name, at] of uses) {
    if (keywords.has(name) || name.length < 2 || name.length > 4 || bound.has(name)) continue
    for (let k = 1; k < name.length; k++) {
      const [p, q] = [name.slice(0, k), name.slice(k)]
      if (p === q || p.length > 2 || q.length > 2 || !bound.has(p) || !bound.has(q) || keywords.has(p) || keywords.has(q)) continue
      for (const u of at) edits.push({ line: u.line, at: u.at, from: name, to: `${p}, ${q}` })
      break
    }
  }

  // A sequence indexed by a name, its brackets lost or read as letters ("sleft", "stright",
  // "strightl" for s[left], s[right]): a name the page never binds that is a sequence the page
  // binds, then a name it binds. A sequence is a name the page takes the length of, indexes or
  // loops over. Only where one split fits, and never a call.
  const sequences = new Set(
    codes.flatMap((c) =>
      [...c.matchAll(/\blen\(\s*([A-Za-z_]\w*)\s*\)|(?<![\w.])([A-Za-z_]\w*)(?:\[|\.length\b)|\b(?:in|of)\s+([A-Za-z_]\w*)\s*[:)]/g)].map((m) => m[1] ?? m[2] ?? m[3]!),
    ),
  )
  for (const [name, at] of uses) {
    if (keywords.has(name) || name.length < 3 || bound.has(name) || common.includes(name)) continue
    // Each reading as the index it would make ("s[left]"): two ways to the same one are one.
    const splits = new Map<string, { p: string; q: string }>()
    for (let k = 1; k < name.length; k++)
      for (const open of ['', ...OPEN_LOOKALIKES]) {
        const p = name.slice(0, k)
        if (!name.startsWith(open, k) || !sequences.has(p) || !bound.has(p) || keywords.has(p)) continue
        const rest = name.slice(k + open.length)
        for (const close of ['', ...CLOSE_LOOKALIKES]) {
          if (!rest.endsWith(close) || rest.length <= close.length) continue
          const q = rest.slice(0, rest.length - close.length)
          if (q !== p && bound.has(q) && !keywords.has(q) && !(open && q.startsWith(open))) splits.set(`${p}[${q}]`, { p, q })
        }
      }
    if (splits.size !== 1) continue
    const [to] = splits.keys()
    for (const u of at) if (!/^\s*\(/.test(codes[u.line]!.slice(u.at + name.length))) edits.push({ line: u.line, at: u.at, from: name, to: to! })
  }

  // Python: a pair of names unpacked into, their comma lost ("ab = 0, 1", "lohi = 0, n - 1"):
  // a name only ever assigned to, never read, that is two names the page reads. Where the
  // value starts with the same two run together the other way round, it is a swap
  // ("ab = ba + b" for a, b = b, a + b).
  if (lang === 'python') {
    const targets = codes.map((c) => c.match(/^(\s*)([A-Za-z_]\w*)\s*=(?!=)\s*(.*)$/))
    const readAlone = (n: string) => (uses.get(n) ?? []).some((u) => targets[u.line]?.[1]!.length !== u.at)
    for (const [name, at] of uses) {
      if (keywords.has(name) || common.includes(name) || name.length < 2 || name.length > 12 || readAlone(name)) continue
      const splits = [...Array(name.length - 1).keys()]
        .map((k) => [name.slice(0, k + 1), name.slice(k + 1)] as const)
        .filter(([p, q]) => p !== q && !keywords.has(p) && !keywords.has(q) && readAlone(p) && readAlone(q))
      if (splits.length !== 1) continue
      const [p, q] = splits[0]!
      for (const u of at) {
        const value = targets[u.line]![3]!
        const valueAt = codes[u.line]!.length - value.length
        const swap = value.startsWith(q + p) && !/^\w/.test(value.slice((q + p).length))
        // Two numbers, their comma read as a dot: "ab = 0.1" is no float given to a pair.
        const float = value.match(/^\d+(\.)\d+\s*$/)
        if (!swap && !float && topLevelCommas(value) !== 1) continue
        if (swap) edits.push({ line: u.line, at: valueAt, from: q + p, to: `${q}, ${p}` })
        if (float) edits.push({ line: u.line, at: valueAt + value.indexOf('.'), from: '.', to: ', ' })
        edits.push({ line: u.line, at: u.at, from: name, to: `${p}, ${q}` })
      }
    }
  }

  // A digit assigned to (or added to: "1 += 1"): the look-alike letter the page uses as a name;
  // a 1 is an l or an i, whichever the page uses (i if both: the commoner name).
  codes.forEach((c, i) => {
    const m = c.match(/^(\s*)(\d)\s*(?:[-+*/%]|\/\/)?=(?!=)/)
    if (!m) return
    const letter = (m[2] === '1' ? ['i', 'l'] : [DIGIT_LOOKALIKES[m[2]!]]).find((l) => l && uses.has(l))
    if (letter) edits.push({ line: i, at: m[1]!.length, from: m[2]!, to: letter })
  })

  // A block header's keyword run into the name after it ("fix:" for "if x:", "whilei < n:"): the name is one the page binds.
  if (lang === 'python')
    codes.forEach((c, i) => {
      const m = c.match(/^(\s*)(if|fi|elif|while)([A-Za-z_]\w*)\b(?!\s*[=(.[]).*:\s*$/)
      if (!m || bound.has(m[2]! + m[3]!) || keywords.has(m[2]! + m[3]!) || !bound.has(m[3]!)) return
      const keyword = m[2] === 'fi' ? 'if' : m[2]!
      edits.push({ line: i, at: m[1]!.length, from: m[2]! + m[3]!, to: `${keyword} ${m[3]}` })
    })

  // Right to left on each line, so each edit's offset holds when it is made.
  edits.sort((a, b) => a.line - b.line || b.at - a.at)
  for (const e of edits) {
    const l = out[e.line]!
    if (l.slice(e.at, e.at + e.from.length) !== e.from) continue
    out[e.line] = l.slice(0, e.at) + e.to + l.slice(e.at + e.from.length)
    fixes.push(e)
  }
  return { lines: out, fixes }
}
