// A declaration whose name was lost: "const = maxDepth(root.left)" where the
// hand wrote "const l". A lone l or r is one thin stroke, and a reading drops
// it as noise. The program still uses the name ("Math.max(l, r)") without
// binding it anywhere, so the names the page uses and never binds are the
// lost ones, taken in the order the page first uses them. Only where there
// are exactly as many such names as empty declarations; otherwise the line
// is left as read (the review shows it).
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames, declaredNames } from '../language/bindings.ts'
import { wordsFor } from '../language/vocab.ts'

/** `to` was inserted at `at` on line `line` (`from` is always empty). */
export interface TargetFix {
  line: number
  at: number
  from: string
  to: string
}

const BRACE = new Set(['javascript', 'typescript'])

export function fillLostTargets(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: TargetFix[] } {
  const lang = (language ?? '').toLowerCase()
  const out = [...lines]
  const fixes: TargetFix[] = []
  if (lang !== 'python' && !BRACE.has(lang)) return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  // Where the name belongs: after "const " / "let " / "var ", or at the start of a Python assignment.
  const hole = lang === 'python' ? /^(\s*)(?==(?!=))/ : /^(\s*(?:const|let|var)\s+)(?==(?![=>]))/
  const holes = codes.flatMap((c, i) => {
    const m = c.match(hole)
    return m ? [{ line: i, at: m[1]!.length }] : []
  })
  if (!holes.length) return { lines: out, fixes }
  const bound = boundNames(codes, lang)
  const declared = declaredNames(codes)
  const known = new Set(wordsFor(lang))
  // Names used (not as an attribute, not called) and bound nowhere, in order of first use.
  const firstUse = new Map<string, number>()
  codes.forEach((c, i) => {
    for (const m of c.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?![\w(])(?!\s*\()/g)) {
      const n = m[1]!
      if (bound.has(n) || declared.has(n) || known.has(n) || firstUse.has(n)) continue
      firstUse.set(n, i)
    }
  })
  const names = [...firstUse].filter(([, at]) => at > holes[0]!.line)
  if (names.length !== holes.length) return { lines: out, fixes }
  holes.forEach((h, k) => {
    const [name, used] = names[k]!
    if (used <= h.line) return
    const to = `${name} `
    out[h.line] = out[h.line]!.slice(0, h.at) + to + out[h.line]!.slice(h.at)
    fixes.push({ line: h.line, at: h.at, from: '', to })
  })
  return { lines: out, fixes }
}
