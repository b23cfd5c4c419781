// JavaScript's "||" read as a slash. Two tall strokes side by side lean in
// most hands, and renderings read them "I/", "//", "Il" or one "/"; the
// combination then keeps "/" ("(counts[w] / 0) + 1" for counts[w] || 0, on
// pages of three held-out hands). Code never divides by a literal default:
// "/ 0", "/ []", "/ ''" or "/ null" before a closing bracket, a comma or the
// statement's end is a default after "||". Only that shape is mended; a
// "||" between two names cannot be told from a division.
import { codeOnly } from '../language/codeOnly.ts'
import type { LineEdit } from './edits.ts'

export type OrFix = LineEdit

/** What "||" is read as: slashes, strokes read as I or l (not one bar: "x | 0" truncates a number). */
const BARS = String.raw`(?:\/\/?|I\/|\/I|Il|lI|II|ll|I|l)`
const DEFAULTS = String.raw`(?:0|\[\s*\]|\{\s*\}|''|""|null|false)`
const OR_READ = new RegExp(String.raw`(?<=[\w\])]\s*)(\s*)(${BARS})(\s*)(?=${DEFAULTS}\s*(?:[)\],;}]|$))`, 'g')
/** "||=" read "|=" before a literal default: or-assigning one bit by bit is no code either. */
const OR_ASSIGN_READ = new RegExp(String.raw`(?<=[\w\])]\s*)\|=(?=\s*${DEFAULTS}\s*(?:[)\],;}]|$))`)

export function restoreOr(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: OrFix[] } {
  const out = [...lines]
  const fixes: OrFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (lang !== 'javascript' && lang !== 'typescript') return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  lines.forEach((line, i) => {
    const code = codes[i]!
    for (const m of line.matchAll(OR_READ)) {
      const at = m.index!
      const bars = m[2]!
      // In a string, not code; "//" blanks the rest as a comment, so it counts
      // only where the code before it leaves a bracket open (no comment does).
      if (bars.startsWith('//')) {
        const before = code.slice(0, at)
        if ([...before].reduce((n, c) => n + (c === '(' ? 1 : c === ')' ? -1 : 0), 0) <= 0) continue
      } else if (code.slice(at, at + m[0].length).trim() !== m[0].trim()) continue
      // Strokes read as letters must stand apart from a name before them ("return all 0" is a name).
      if (/[Il]/.test(bars) && ((!m[1] && !/[)\]]$/.test(line.slice(0, at))) || !m[3])) continue
      fixes.push({ line: i, at, from: m[0], to: ' || ' })
      out[i] = out[i]!.slice(0, at) + ' || ' + out[i]!.slice(at + m[0].length)
      break
    }
    if (fixes.at(-1)?.line === i) return
    const orAssign = OR_ASSIGN_READ.exec(out[i]!)
    if (orAssign && code.slice(orAssign.index, orAssign.index + 2) === '|=') {
      fixes.push({ line: i, at: orAssign.index, from: '|=', to: '||=' })
      out[i] = out[i]!.slice(0, orAssign.index) + '||=' + out[i]!.slice(orAssign.index + 2)
    }
  })
  return { lines: out, fixes }
}
