// The letter case of names and keywords, made consistent over a Python page.
// Many hands write a small c, p or y as large as a capital, and the readers
// then write "for Cookie in", "if Path is None", "Yield next(seq)". Python
// says what is meant: its keywords are lower case (only True, False and None
// are not), and CapWords are for classes, which a loop does not bind and a
// parameter does not name. So:
//   - a capitalised keyword beginning a line is the keyword (Yield -> yield);
//   - a capitalised name the page binds as a loop variable or a parameter,
//     or whose lower case the page binds (the same, or an assignment), is
//     that lower-case name (a loop variable's everywhere, the others' where
//     the word stands alone, not before "." or "("), unless the page also
//     uses it as a class (calls it, declares it, raises or catches it,
//     annotates with it, tests isinstance against it) or assigns to it.
// Each fix swaps one letter for its lower case, so offsets stay valid.

/** One character `from` at `at` became `to`, as `AliasFix` has it. */
export interface CaseFix {
  line: number
  at: number
  from: string
  to: string
}

import { codeOnly } from '../language/codeOnly.ts'

const KEYWORDS = new Set(
  'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
)
const CONSTANTS = new Set(['True', 'False', 'None'])
const CAPITALISED = /^[A-Z][a-z0-9]*(?:_[a-z0-9]+)*$/

export function fixNameCase(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: CaseFix[] } {
  const out = [...lines]
  const fixes: CaseFix[] = []
  if ((language ?? '').toLowerCase() !== 'python') return { lines: out, fixes }
  const codes = codeOnly(lines, 'python')
  const page = codes.join('\n')
  const bound = new Set<string>()
  const loops = new Set<string>()
  for (const m of page.matchAll(/\bfor\s+([\w\s,()]+?)\s+in\b/g)) for (const n of m[1]!.match(/\w+/g) ?? []) if (!CONSTANTS.has(n)) (/^[a-z_]/.test(n) ? bound : loops).add(n)
  for (const m of page.matchAll(/\bdef\s+\w+\s*\(([^)]*)\)/g))
    for (const p of m[1]!.split(',')) {
      const n = p.trim().replace(/^\*+/, '').split(/[\s:=]/)[0]!
      if (CONSTANTS.has(n) || !/^[A-Za-z_]\w*$/.test(n)) continue
      ;(/^[a-z_]/.test(n) ? bound : loops).add(n)
    }
  for (const m of page.matchAll(/^\s*([a-z_]\w*(?:\s*,\s*[a-z_]\w*)*)\s*=(?!=)/gm)) for (const n of m[1]!.split(',')) bound.add(n.trim())
  const assigned = new Set([...page.matchAll(/(?:^|=)\s*([A-Z]\w*)\s*=(?!=)/gm)].map((m) => m[1]!))
  // What the page uses as a class or type keeps its capital: called, declared, a base, raised or
  // caught, an annotation or a type's argument, tested with isinstance, imported, or given a name.
  const asClass = (name: string) =>
    [
      `\\b${name}[ \\t]*\\(`,
      `\\bclass[ \\t]+(?:${name}\\b|\\w+[ \\t]*\\([^)]*\\b${name}\\b)`,
      // (raised: "raise Cookie ConflictError(" is a name read in two)
      `\\braise[ \\t]+${name}[ \\t]*(?:\\(|$|from\\b)`,
      `\\bexcept[ \\t]+(?:\\([ \\t]*)?(?:\\w+[ \\t]*,[ \\t]*)*${name}\\b`,
      `(?::|->)[ \\t]*${name}\\b`,
      `\\[[^\\]\\n]*\\b${name}\\b`,
      `isinstance[ \\t]*\\([^)]*\\b${name}\\b`,
      `\\bimport\\b[^\\n]*\\b${name}\\b`,
      `=[ \\t]*${name}[ \\t]*$`,
    ].some((p) => new RegExp(p, 'm').test(page))
  const lower = (w: string) => w[0]!.toLowerCase() + w.slice(1)
  codes.forEach((code, i) => {
    for (const m of code.matchAll(/(?<![\w.])[A-Z][A-Za-z0-9_]*\b/g)) {
      const w = m[0]
      if (!CAPITALISED.test(w)) continue
      // A keyword where a statement begins; after a name it is more likely half of one ("to Return").
      const keyword = KEYWORDS.has(w.toLowerCase()) && !code.slice(0, m.index!).trim()
      // A loop's name wherever it is; a parameter's or variable's only where it stands alone ("Config.load()" may be a class's).
      const after = code.slice(m.index! + w.length)
      // Before another capitalised word it is half of a CapWords name read in two ("Cookie ConflictError").
      if (/^\s+[A-Z]/.test(after)) continue
      const alone = !/^\s*[.(]/.test(after)
      const name = !keyword && w.length >= 2 && !assigned.has(w) && (loops.has(w) || (alone && bound.has(lower(w))))
      if ((!keyword && !name) || asClass(w)) continue
      out[i] = out[i]!.slice(0, m.index!) + w[0]!.toLowerCase() + out[i]!.slice(m.index! + 1)
      fixes.push({ line: i, at: m.index!, from: w[0]!, to: w[0]!.toLowerCase() })
    }
  })
  return { lines: out, fixes }
}
