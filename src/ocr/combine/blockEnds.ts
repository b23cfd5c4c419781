// Closing braces a reading lost to a look-alike. A "}" or "};" alone on its
// line is short and plain, and a reading turns it into "13;", "1." or "se;";
// the page then opens more blocks than it closes. Where it does, the short
// lines that cannot be statements (at most two characters and a trailing
// mark), taken from the bottom of the page up, are the missing braces: a
// trailing ";" or ":" stays as the ";" of "};". Only as many as the page lacks.

import { codeOf } from './statementEnds.ts'

const BRACE_LANGUAGES = new Set(['javascript', 'typescript', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'kotlin', 'swift'])

/** The whole line `from` at `at` (its text after the indentation) became `to`. */
export interface BlockEndFix {
  line: number
  at: number
  from: string
  to: string
}

/** Braces in code only: string literals and a trailing comment count for nothing. */
function braceBalance(line: string): number {
  return [...codeOf(line)].reduce((n, c) => n + (c === '{' ? 1 : c === '}' ? -1 : 0), 0)
}

/** A line too short to be a statement: one or two characters, no bracket of a block, then perhaps ; : . or , */
const LOST_CLOSER = /^[^\s{}()[\]'"`]{1,2}[;:.,]?$/

export function closeBlocks(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: BlockEndFix[] } {
  const out = [...lines]
  const fixes: BlockEndFix[] = []
  if (!BRACE_LANGUAGES.has((language ?? '').toLowerCase())) return { lines: out, fixes }
  let missing = lines.reduce((n, l) => n + braceBalance(l), 0)
  for (let i = out.length - 1; i > 0 && missing > 0; i--) {
    const t = out[i]!.trim()
    if (!LOST_CLOSER.test(t)) continue
    // A name the page uses elsewhere ("x;") may be the writer's own statement.
    const word = t.replace(/[;:.,]$/, '')
    if (/^[A-Za-z_$][\w$]*$/.test(word) && lines.some((l, k) => k !== i && new RegExp(`(?<![\\w$])${word.replace(/\$/g, '\\$')}(?![\\w$])`).test(l))) continue
    const to = /[;:]$/.test(t) ? '};' : '}'
    const at = out[i]!.indexOf(t)
    out[i] = out[i]!.slice(0, at) + to + out[i]!.slice(at + t.length)
    fixes.push({ line: i, at, from: t, to })
    missing--
  }
  return { lines: out, fixes }
}
