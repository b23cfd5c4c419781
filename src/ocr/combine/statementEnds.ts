// Statement ends made consistent over a page of a semicolon language. A
// semicolon is the smallest mark on a line and the one a reading most often
// loses ("total += x", "}" for "};"), but a writer who ends statements with
// semicolons ends them all: where the page's own statements mostly end with
// one, a plain statement without it, and the brace closing a function or
// object assigned to a name, get it back. Each fix appends one ";" at the
// end of a line, so offsets before it stay valid.

/** Languages whose statements end with ";" (not Go, Kotlin or Swift; in Rust a bare last expression means something). */
const SEMICOLON_LANGUAGES = new Set(['javascript', 'typescript', 'java', 'c', 'cpp', 'csharp'])

/** A ";" put into `line` at `at` (its end, or before a trailing comment): an insertion, as `AliasFix` has them. */
export interface EndFix {
  line: number
  at: number
  from: ''
  to: ';'
}

// A line that opens or continues a construct, never a statement of its own.
const CONTROL = /^(?:if|for|while|else|do|switch|case|default|try|catch|finally|function|async\s+function|class|interface|type|enum|struct|namespace|module|export\s+(?:default\s+)?(?:function|class|interface|type|enum)|public|private|protected|static|@)\b/
// Ends that leave the statement open: an operator, an opening bracket, a comma, a colon.
const OPEN_END = /(?:[-+*/%=&|^<>?:.!~,([{;]|=>)$/
// Starts that continue the line above: a method chain, an operator, a closing bracket.
const CONTINUES = /^(?:\.|\?|:|[-+*/%&|^=<>)\]]|&&|\|\|)/
const DECLARES_BLOCK = /^(?:export\s+)?(?:interface|type|enum|class|abstract\s+class|struct|namespace|module)\b/

/** The line without string literals and a trailing comment, so a quoted bracket or "//" counts for nothing. */
export function codeOf(line: string): string {
  // Blanked to letters, not spaces: a line ending in a string still ends there.
  return line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, (s) => 's'.repeat(s.length)).replace(/\/\/.*$/, '')
}

interface Open {
  ch: string
  /** A brace: a block of statements, a body of declarations (class, interface), or an object literal. */
  kind: 'block' | 'decl' | 'object' | 'paren'
  line: number
  /** The opening line assigns what the brace opens (`const f = (s) => {`, `x = {`). */
  assigned: boolean
}

export function fixStatementEnds(lines: readonly string[], language: string | undefined): { lines: string[]; fixes: EndFix[] } {
  const out = [...lines]
  if (!SEMICOLON_LANGUAGES.has((language ?? '').toLowerCase())) return { lines: out, fixes: [] }
  const stack: Open[] = []
  // Per line: what it would take a ";" for, read with the brackets open at its start.
  const candidates: { line: number; closer: boolean }[] = []
  let ended = 0
  const next = (i: number) => lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? ''
  lines.forEach((raw, i) => {
    const text = raw.trim()
    if (!text) return
    const code = codeOf(text).trimEnd()
    // A comment, or a line of a block comment, is no statement.
    if (!code || /^(?:\/\*|\*)/.test(code)) return
    const inStatements = statementsHere(stack)
    if (/;$/.test(code) && inStatements) ended++
    const openBefore = stack.length
    // The brackets this line opens and closes.
    for (let k = 0; k < code.length; k++) {
      const ch = code[k]!
      if (ch === '(' || ch === '[') stack.push({ ch, kind: 'paren', line: i, assigned: false })
      else if (ch === '{') {
        const before = code.slice(0, k).trimEnd()
        const kind = DECLARES_BLOCK.test(text) ? 'decl' : /(?:[=(,:[?]|\breturn)$/.test(before) ? 'object' : 'block'
        stack.push({ ch, kind, line: i, assigned: /^(?:[\w<>[\]?,.]+\s+)*[\w.[\]]+\s*(?::[^=]+)?=(?![=>])/.test(text) })
      } else if (ch === ')' || ch === ']' || ch === '}') {
        const want = ch === '}' ? '{' : ch === ')' ? '(' : '['
        // A misread page can close what it never opened: start again rather than guess.
        const at = stack.map((o) => o.ch).lastIndexOf(want)
        if (at < 0) stack.length = 0
        else {
          const closed = stack[at]!
          stack.length = at
          if (ch === '}' && code === '}' && closed.assigned && closed.kind !== 'decl' && statementsHere(stack)) candidates.push({ line: i, closer: true })
        }
      }
    }
    // "})" closing a call whose last argument was a function, begun as a statement.
    if (/^\}\)+$/.test(code) && statementsHere(stack) && stack.length < openBefore) candidates.push({ line: i, closer: true })
    if (code.startsWith('}')) return
    const statement =
      inStatements &&
      stack.length === openBefore &&
      !CONTROL.test(text) &&
      !openEnd(code) &&
      !CONTINUES.test(next(i)) &&
      !next(i).startsWith('{')
    if (statement) candidates.push({ line: i, closer: false })
    // "if (!root) return 0" / "else stack.pop()": a control header with its statement on the line.
    else if (inStatements && stack.length === openBefore && /^(?:if|else if|while|for)\s*\(/.test(text) && !openEnd(code) && !/[{}]/.test(code)) {
      const close = headerEnd(code)
      if (close > 0 && code.slice(close).trim()) candidates.push({ line: i, closer: false })
    } else if (inStatements && /^else\s+\w/.test(text) && !/^else\s+if\b/.test(text) && !openEnd(code) && !/[{}]/.test(code)) candidates.push({ line: i, closer: false })
  })
  const missing = candidates.filter((c) => !codeOf(lines[c.line]!).trimEnd().endsWith(';'))
  // Only where the page itself says so: one lost end beside at least one kept, two for each more.
  if (!missing.length || ended < 2 * missing.length - 1) return { lines: out, fixes: [] }
  const fixes: EndFix[] = []
  for (const c of missing) {
    const line = out[c.line]!
    const end = line.trimEnd().length
    // Before a trailing comment, if the line has one.
    const comment = codeOf(line).trimEnd().length
    const at = Math.min(end, comment)
    out[c.line] = line.slice(0, at) + ';' + line.slice(at)
    fixes.push({ line: c.line, at, from: '', to: ';' })
  }
  return { lines: out, fixes }
}

/** The line leaves its statement open (an operator, an opening bracket, a comma); "i++" does not. */
function openEnd(code: string): boolean {
  return OPEN_END.test(code) && !/[\w\])](?:\+\+|--)$/.test(code)
}

/** Statements go here: at the top, or in a block (a function's body inside a class, or passed to a call, counts; a class's own body does not). */
function statementsHere(stack: readonly Open[]): boolean {
  return !stack.length || stack[stack.length - 1]!.kind === 'block'
}

/** Where a control header's parenthesis closes (index after it), or -1. */
function headerEnd(code: string): number {
  const open = code.indexOf('(')
  let depth = 0
  for (let k = open; k < code.length; k++) {
    if (code[k] === '(') depth++
    else if (code[k] === ')' && --depth === 0) return k + 1
  }
  return -1
}
