// A run of closing brackets read one short: PaddleOCR's decoding (CTC) folds
// two like characters into one unless its columns put a blank between them,
// so "len(nums))" is often read "len(nums)" by most renderings, and the
// combination follows the majority. Where the line leaves a bracket open and
// enough renderings read the run one longer in that place, the run gets its
// bracket back. A bracket no rendering read is never added: the writer may
// have left it out.
import { align } from './combine.ts'
import { codeOnly } from '../language/codeOnly.ts'
import type { LineEdit } from './edits.ts'

export type RunFix = LineEdit

const PAIRS: readonly [string, string][] = [
  ['(', ')'],
  ['[', ']'],
]
/**
 * Renderings that must read the longer run: two, and 7% of them. The few
 * that do are mostly tesseract's (its decoding does not fold), so a share of
 * a third would miss nearly all (on pages of new programs, 7 of 29 at most).
 */
const MIN_READINGS = 2
const RUN_SHARE = 0.07

const count = (s: string, c: string) => s.split(c).length - 1

/** Of the readings, how many read a closing bracket more inside or at either end of text's run [start, end). */
function support(text: string, start: number, end: number, close: string, readings: readonly string[]): number {
  let n = 0
  for (const r of readings) {
    const { sub, ins } = align(text, r)
    let extra = 0
    for (let i = start; i <= end; i++) extra += count(ins[i]!, close)
    for (let i = start; i < end; i++) if (sub[i] !== close) extra--
    if (extra > 0) n++
  }
  return n
}

export function restoreClosingRuns(lines: readonly string[], readings: readonly (readonly string[])[], language?: string): { lines: string[]; fixes: RunFix[] } {
  const out = [...lines]
  const fixes: RunFix[] = []
  out.forEach((text, li) => {
    const rs = readings[li] ?? []
    for (const [open, close] of PAIRS) {
      // Brackets in strings and comments count for nothing: "(c === '(')" leaves none open.
      const code = codeOnly([text], language)[0]!
      if (count(code, open) - count(code, close) !== 1) continue
      // Each run of the closing bracket, with how many renderings read it longer.
      let best: { at: number; n: number } | null = null
      for (const m of code.matchAll(new RegExp(`\\${close}+`, 'g'))) {
        const n = support(text, m.index, m.index + m[0].length, close, rs)
        if (!best || n > best.n) best = { at: m.index + m[0].length, n }
      }
      if (!best || best.n < Math.max(MIN_READINGS, RUN_SHARE * rs.length)) continue
      text = text.slice(0, best.at) + close + text.slice(best.at)
      fixes.push({ line: li, at: best.at, from: '', to: close })
    }
    out[li] = text
  })
  return { lines: out, fixes }
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * A brace the line opened, closed by a bracket at the line's end: the closing brace was read as
 * a bracket ("{v: k for k, v in m.items())", "{...items]"), the likeliest misreading where the
 * last closers run together. Only at the end of a line (closers, then ";" or "," at most), only
 * for a "{" of this line: a block or literal closed on a later line leaves none open here.
 */
export function matchClosers(lines: readonly string[], language?: string): { lines: string[]; fixes: RunFix[] } {
  const out = [...lines]
  const fixes: RunFix[] = []
  const lang = (language ?? '').toLowerCase()
  if (lang === 'sql') return { lines: out, fixes }
  out.forEach((text, li) => {
    const code = codeOnly([text], language)[0]!
    const open: string[] = []
    for (let i = 0; i < code.length; i++) {
      const c = code[i]!
      if (c in CLOSER) open.push(c)
      else if (c === ')' || c === ']' || c === '}') {
        const top = open.pop()
        if (top === undefined || CLOSER[top] === c) continue
        if (top === '{' && /^[)\]}]*[;,]?\s*$/.test(code.slice(i + 1))) {
          out[li] = text.slice(0, i) + '}' + text.slice(i + 1)
          fixes.push({ line: li, at: i, from: c, to: '}' })
        }
        break
      }
    }
  })
  return { lines: out, fixes }
}

/** Python statements a line can begin with: a line before one of them ends its own statement. */
const PY_STATEMENT = /^(?:def|class|return|if|elif|else|for|while|try|except|finally|with|import|from|raise|pass|break|continue|yield|assert|del|global)\b|^[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/%]?=)(?!=)/

/** A line that closes a bracket it never opened goes on the line before ("key=1)"), whatever it begins with. */
const closesOuter = (t: string) => [...t].reduce((d, c) => (d < 0 ? d : d + (c in CLOSER ? 1 : ')]}'.includes(c) ? -1 : 0)), 0) < 0

/**
 * A statement that ends with a bracket still open: its last closer was lost
 * (read into the one before it, where neither reading read two). A Python
 * line may go on inside brackets, so only where it cannot: the page's last
 * line, or one before a line that begins a statement; and only after an
 * operand or a closer (a line ending in "," or an operator goes on). In the
 * brace languages, a line ending with ";" closes its brackets before it
 * ("console.log(max(a, b);"). Round and square brackets only, two at most.
 */
export function closeAtEnd(lines: readonly string[], language?: string): { lines: string[]; fixes: RunFix[] } {
  const out = [...lines]
  const fixes: RunFix[] = []
  const lang = (language ?? '').toLowerCase()
  const python = lang === 'python'
  if (!python && lang !== 'javascript' && lang !== 'typescript') return { lines: out, fixes }
  const codes = codeOnly(lines, lang)
  codes.forEach((code, li) => {
    const open: string[] = []
    for (const c of code) {
      if (c in CLOSER) open.push(c)
      else if (c === ')' || c === ']' || c === '}') {
        if (CLOSER[open.at(-1) ?? ''] !== c) return
        open.pop()
      }
    }
    if (!open.length || open.length > 2 || open.includes('{')) return
    const body = code.trimEnd()
    const closers = open.map((c) => CLOSER[c]!).reverse().join('')
    if (python) {
      const next = codes.slice(li + 1).find((c) => c.trim())?.trim()
      if (!/[\w'")\]]$/.test(body) || (next !== undefined && (!PY_STATEMENT.test(next) || closesOuter(next)))) return
      out[li] = out[li]!.slice(0, body.length) + closers + out[li]!.slice(body.length)
      fixes.push({ line: li, at: body.length, from: '', to: closers })
    } else {
      if (!/[\w'")\]`]\s*;$/.test(body) || /^\s*for\b/.test(body)) return
      const at = body.slice(0, -1).trimEnd().length
      out[li] = out[li]!.slice(0, at) + closers + out[li]!.slice(at)
      fixes.push({ line: li, at, from: '', to: closers })
    }
  })
  return { lines: out, fixes }
}
