// How well one line parses as code of its language: the number of error nodes
// Lezer's incremental parser (already in the app, under CodeMirror) puts in
// it. The recogniser uses it to prefer, among its candidate readings of a
// line, one that is a well-formed statement. A line is judged alone, so a
// block header gets a stand-in body and a continuation (else, except...) a
// stand-in opening, and a lone closing brace an opening one.
import { parser as pythonParser } from '@lezer/python'
import { parser as jsParser } from '@lezer/javascript'
import type { Tree } from '@lezer/common'

function countErrors(tree: Tree): number {
  let n = 0
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) n++
    },
  })
  return n
}

const PY_CONTINUATION = /^(else|elif|except|finally)\b/
// A line opening a block gets the stand-in body with or without its colon, so a reading that drops the colon is not let off.
const PY_HEADER = /^(def|class|if|elif|else|for|while|with|try|except|finally|async)\b/

function pythonErrors(line: string): number {
  let src = line.trim()
  if (!src) return 0
  if (PY_CONTINUATION.test(src)) src = (/^(except|finally)/.test(src) ? 'try:\n  pass\n' : 'if 1:\n  pass\n') + src
  if (src.endsWith(':') || PY_HEADER.test(line.trim())) src += '\n  pass'
  return countErrors(pythonParser.parse(src))
}

function javascriptErrors(line: string): number {
  let src = line.trim()
  if (!src) return 0
  // Balance the braces the line leaves open or closes: the rest of the block is on other lines.
  let depth = 0,
    lowest = 0
  for (const c of src) {
    if (c === '{') depth++
    else if (c === '}') lowest = Math.min(lowest, --depth)
  }
  src = '{'.repeat(-lowest) + src + '}'.repeat(Math.max(0, depth - lowest))
  if (/^(else|catch|finally)\b/.test(line.trim().replace(/^}\s*/, ''))) src = 'if (1) {' + src.replace(/^\{/, '')
  // A method chain's next link (".filter(...)") continues the line above: judge it after a stand-in name.
  if (/^\??\.(?!\.)/.test(src)) src = 'x' + src
  return countErrors(jsParser.parse(src))
}

const byLanguage: Record<string, (line: string) => number> = {
  python: pythonErrors,
  javascript: javascriptErrors,
  typescript: javascriptErrors,
}

/** Syntax errors of one line in the language, or undefined where there is no parser for it. */
export function syntaxCheckerFor(language: string | undefined): ((line: string) => number) | undefined {
  const check = byLanguage[(language ?? '').toLowerCase()]
  if (!check) return undefined
  const memo = new Map<string, number>()
  return (line) => {
    let n = memo.get(line)
    if (n === undefined) {
      n = check(line)
      if (memo.size > 5000) memo.clear()
      memo.set(line, n)
    }
    return n
  }
}
