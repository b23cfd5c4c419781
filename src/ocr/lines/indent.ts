// Indentation levels from where each line starts (never from the engine's
// whitespace). Lines are taken top to bottom against a stack of open levels:
// a start clearly right of the current level opens a deeper one (if the
// language allows a block to open there), a start back left closes levels to
// the nearest one; each level follows the writer's drift.
import type { InkLine } from './lines.ts'
import { median } from './geometry.ts'

const BRACE_LANGUAGES = new Set(['javascript', 'typescript', 'java', 'c', 'cpp', 'go'])
const PYTHON_HEADER = /^(async\s+)?(def|class|for|while|if|elif|else|try|except|finally|with)\b/
const BRACE_HEADER = /^(export\s+)?(async\s+)?(function|class|if|for|while|else|do|try|catch|finally|switch)\b/
/** The line without its trailing comment. */
const codeOf = (line: string) => line.replace(/\s*(#|\/\/).*$/, '').trimEnd()

/** Can the line after `prev` be one level deeper? Python: after ':'; brace languages: after an opening bracket. */
export function mayOpenBlock(prev: string | undefined, language: string | undefined): boolean {
  if (prev === undefined) return true
  const t = codeOf(prev)
  const lang = (language ?? '').toLowerCase()
  // A compound statement's header opens a block even when its ':' or '{' was not read.
  if (lang === 'python') return t.endsWith(':') || /[([{\\,]$/.test(t) || PYTHON_HEADER.test(t)
  // also an unbraced if/for/while/else body, and a continued expression
  if (BRACE_LANGUAGES.has(lang)) return /[([{,=&|+\-?:]$|=>$/.test(t) || BRACE_HEADER.test(t)
  return true
}

/**
 * Does `line` continue the expression above (a method chain's ".filter(", a ternary's "? a" and ": b",
 * "&& b")? Brace languages only: such a line is set in though the line above ends with a name.
 */
export function continuesExpression(line: string | undefined, language: string | undefined): boolean {
  return line !== undefined && BRACE_LANGUAGES.has((language ?? '').toLowerCase()) && /^(\??\.(?!\.)|\?|:|&&|\|\|)/.test(line.trim())
}

/**
 * SQL's clause keywords: a line starting with one sits at its statement's level. A line that
 * starts otherwise (ON, AND, OR, a column of a long SELECT list) continues the clause above, and
 * writers set it in by less than a block's step (1.5-1.8 x-heights of capitals seen).
 */
const SQL_CLAUSE = /^(select|from|where|(inner|left|right|full|cross|natural|outer)\b|join|group|order|having|limit|offset|union|intersect|except|insert|update|delete|set|values|with|create|alter|drop|returning|\))/i

/** Does `line` continue the SQL clause above rather than start one? */
export function sqlContinuation(line: string | undefined, language: string | undefined): boolean {
  if (line === undefined || (language ?? '').toLowerCase() !== 'sql') return false
  const t = line.trim()
  return t !== '' && !SQL_CLAUSE.test(t)
}

/** Must the line after `prev` be one level deeper (Python after ':', brace languages after '{')? */
export function mustOpenBlock(prev: string | undefined, language: string | undefined): boolean {
  if (prev === undefined) return false
  const t = codeOf(prev)
  const lang = (language ?? '').toLowerCase()
  if (lang === 'python') return t.endsWith(':')
  if (BRACE_LANGUAGES.has(lang)) return t.endsWith('{')
  return false
}

/**
 * The step this writer indents by, from the lines after a block opens: a
 * narrow hand (touching letters, small indents) indents by less than the
 * default's 2 x-heights, and a fixed step then reads its blocks flat. Writers
 * who do not indent at all (their starts after an opener scatter around zero)
 * keep the default, so their jitter never becomes a block. `must`: after a
 * line that must open a block, the writer who indents is read deeper from 0.45
 * of their step (1 x-height at least): a line start jitters by half an
 * x-height either way, and "try:" begun 0.55 of the step in read a body flat.
 */
function writerStep(lines: readonly InkLine[], texts: readonly string[], language: string | undefined, xh: number, fallback: number): { step: number; must: number } {
  const after: number[] = []
  for (let i = 1; i < lines.length; i++) if (mustOpenBlock(texts[i - 1], language)) after.push(lines[i]!.startX - lines[i - 1]!.startX)
  if (after.length < 2) return { step: fallback, must: fallback }
  const m = median(after)
  if (m < 1.2 * xh) return { step: fallback, must: fallback }
  const step = Math.min(fallback, Math.max(1.0 * xh, 0.55 * m))
  return { step, must: Math.min(step, Math.max(1.0 * xh, 0.45 * m)) }
}

/** After ':' (Python) or '{', a start this many x-heights right is a deeper level (see `need`). */
const MUST_STEP = 1.0
/**
 * A start this many x-heights right of the line above is a deeper level whatever that line was read
 * as: the language test guards against jitter, and a shift this wide is not jitter but a header
 * whose '{' or ':' was misread (an italic hand's page read flat: 2 of 7 lines right).
 */
const CLEAR_STEP = 3.0

export interface IndentOptions {
  /** A deeper level starts at least this many x-heights right of the current one. */
  minStep?: number
}

export function indentLevels(lines: readonly InkLine[], texts: readonly string[] = [], language?: string, opts: IndentOptions = {}): number[] {
  if (!lines.length) return []
  const xh = median(lines.map((l) => l.xHeight))
  const { step, must } = writerStep(lines, texts, language, xh, (opts.minStep ?? 2.0) * xh)
  const writerKnown = lines.filter((_, i) => i > 0 && mustOpenBlock(texts[i - 1], language)).length >= 2
  const stack: { level: number; x: number }[] = [{ level: 0, x: lines[0]!.startX }]
  const levels: number[] = []
  lines.forEach((l, i) => {
    const x = l.startX
    const top = stack[stack.length - 1]!
    const prevX = i > 0 ? lines[i - 1]!.startX : x
    // After a line that must open a block, a smaller shift is enough where the page does not show
    // how this writer indents (one opener or none): the language says the line is deeper.
    // An SQL line continuing the clause above (ON, AND) is set in by a smaller shift too.
    const smaller = (!writerKnown && mustOpenBlock(texts[i - 1], language)) || (i > 0 && sqlContinuation(texts[i], language))
    const need = smaller ? Math.min(step, MUST_STEP * xh) : mustOpenBlock(texts[i - 1], language) ? must : step
    const clear = x > Math.max(top.x, prevX) + Math.max(step, CLEAR_STEP * xh)
    if (i > 0 && x > Math.max(top.x, prevX) + need && (clear || mayOpenBlock(texts[i - 1], language) || continuesExpression(texts[i], language))) {
      stack.push({ level: top.level + 1, x })
    } else if (x < top.x - step / 2) {
      // Back left: the open level whose start is nearest.
      let best = 0
      for (let k = 0; k < stack.length; k++) if (Math.abs(stack[k]!.x - x) < Math.abs(stack[best]!.x - x)) best = k
      stack.length = best + 1
      if (best === 0 && x < stack[0]!.x) stack[0]!.x = x
    }
    const cur = stack[stack.length - 1]!
    // Follow the writer's drift.
    if (Math.abs(x - cur.x) <= step) cur.x = x
    levels.push(cur.level)
  })
  return levels
}

/**
 * Lines before which the code conventionally leaves a blank line: a Python
 * def, class or decorator that ends a block, or a brace language's function
 * or class after a closing brace.
 */
export function blankExpected(texts: readonly string[], levels: readonly number[], language: string | undefined): boolean[] {
  const python = (language ?? '').toLowerCase() === 'python'
  return texts.map((t, i) => {
    if (i === 0) return false
    const prev = texts[i - 1]!.trim()
    if (python) return /^(?:async\s+def|def|class)\b|^@/.test(t.trim()) && (levels[i] ?? 0) < (levels[i - 1] ?? 0)
    return /^(?:export\s+)?(?:async\s+)?(?:function|class)\b/.test(t.trim()) && /^\};?$/.test(prev)
  })
}
