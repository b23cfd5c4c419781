// An augmented assignment read without its "=": "right - 1" for right -= 1.
// A line that is only a name plus or minus a number computes a value and
// drops it, which no one writes; the "=" after the sign is a short stroke a
// reading loses. Only for a name the page binds (an unbound one read so is
// more likely a keyword: "ream - 1" is return -1, see correct.ts).
import { codeOnly } from '../language/codeOnly.ts'
import { boundNames } from '../language/bindings.ts'
import type { LineEdit } from './edits.ts'

export type AssignFix = LineEdit

export function restoreAugmented(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: AssignFix[] } {
  const out = [...lines]
  const fixes: AssignFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (!['python', 'javascript', 'typescript'].includes(lang)) return { lines: out, fixes }
  const bound = boundNames(codeOnly(lines, lang), lang)
  out.forEach((text, i) => {
    const m = /^(\s*([A-Za-z_]\w*)\s*)([-+])(\s*\d+(?:\.\d+)?\s*;?\s*)$/.exec(text)
    if (!m || !bound.has(m[2]!)) return
    const at = m[1]!.length + 1
    out[i] = text.slice(0, at) + '=' + text.slice(at)
    fixes.push({ line: i, at, from: '', to: '=' })
  })
  return { lines: out, fixes }
}
