// Trains the character models the recogniser uses to prefer readings that
// look like code (src/ocr/language/charLm.ts), from sources already in our npm
// dependencies plus the problem bank, and writes src/ocr/language/models/<lang>.charlm.json.
//   python:     Pyodide's standard library sources (node_modules/pyodide/python_stdlib.zip)
//   javascript: CodeMirror's and Lezer's hand-written ES module sources
//   sql:        the bank's own SQL (schemas, answers, wrong answers, test seeds):
//               no SQL corpus ships in our dependencies, and SQL's vocabulary
//               is small, so a lower order (SQL_ORDER) and every count are kept
// Deterministic: same packages, same model. Run after upgrading those packages:
//   node --experimental-transform-types scripts/train-charlm.ts
// ONLY=<language> rebuilds that model alone (the bank grows, so a full run
// also moves the Python and JavaScript models a little).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { trainCharLm } from '../src/ocr/language/charLm.ts'

const ORDER = Number(process.env.ORDER ?? 5)
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 3)
/** Lines of code used per language: enough for a stable model, small enough to ship (~1 MB gzip). */
const MAX_CHARS = Number(process.env.MAX_CHARS ?? 4_000_000)
const SQL_ORDER = Number(process.env.SQL_ORDER ?? 4)
const SQL_MIN_COUNT = Number(process.env.SQL_MIN_COUNT ?? 1)
const SQL_SEEDS = process.env.SQL_SEEDS !== '0'

/** Code lines as the recogniser sees them: trimmed, no blank, comment-only or table-like lines. */
function codeLines(src: string, comment: RegExp): string[] {
  return src
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !comment.test(l) && l.length <= 90)
}

function bankSources(ext: string): string[] {
  const out: string[] = []
  for (const d of readdirSync('problems').sort()) {
    for (const f of [`solution.${ext}`, `buggy.${ext}`]) {
      const p = path.join('problems', d, f)
      if (existsSync(p)) out.push(readFileSync(p, 'utf8'))
    }
  }
  return out
}

/** Every SQL text of the bank: .sql files anywhere under a problem, and its tests' seeds. */
function* bankSql(): Generator<string> {
  for (const d of readdirSync('problems').sort()) {
    const dir = path.join('problems', d)
    if (!existsSync(path.join(dir, 'problem.json'))) continue
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sql')).sort()
    for (const f of files) yield readFileSync(path.join(dir, f), 'utf8')
    if (SQL_SEEDS) {
      const p = JSON.parse(readFileSync(path.join(dir, 'problem.json'), 'utf8')) as { tests?: { seed?: string }[] }
      for (const t of p.tests ?? []) if (typeof t.seed === 'string') yield t.seed
    }
  }
}

function take(sources: Iterable<string>, comment: RegExp): string[] {
  const lines: string[] = []
  let chars = 0
  for (const src of sources) {
    for (const l of codeLines(src, comment)) {
      lines.push(l)
      chars += l.length
    }
    if (chars > MAX_CHARS) break
  }
  return lines
}

function* pythonStdlib(): Generator<string> {
  const zip = unzipSync(readFileSync('node_modules/pyodide/python_stdlib.zip'))
  for (const name of Object.keys(zip).sort()) {
    if (!name.endsWith('.py') || /(^|\/)(test|tests|idlelib|turtledemo)\//.test(name) || /^_sysconfigdata/.test(name)) continue
    yield strFromU8(zip[name]!)
  }
}

function* jsSources(): Generator<string> {
  for (const scope of ['@codemirror', '@lezer']) {
    const dir = path.join('node_modules', scope)
    if (!existsSync(dir)) continue
    for (const pkg of readdirSync(dir).sort()) {
      const p = path.join(dir, pkg, 'dist', 'index.js')
      if (existsSync(p)) yield readFileSync(p, 'utf8')
    }
  }
}

const models: Record<string, { lines: string[]; order: number; minCount: number }> = {
  python: { lines: take([...bankSources('py'), ...pythonStdlib()], /^#/), order: ORDER, minCount: MIN_COUNT },
  javascript: { lines: take([...bankSources('js'), ...jsSources()], /^(\/\/|\/\*|\*)/), order: ORDER, minCount: MIN_COUNT },
  sql: { lines: take(bankSql(), /^--/), order: SQL_ORDER, minCount: SQL_MIN_COUNT },
}
const OUT = process.env.OUT ?? 'src/ocr/language/models'
mkdirSync(OUT, { recursive: true })
for (const [lang, { lines, order, minCount }] of Object.entries(models)) {
  if (process.env.ONLY && process.env.ONLY !== lang) continue
  const lm = trainCharLm(lines, order, minCount)
  const json = JSON.stringify(lm)
  writeFileSync(`${OUT}/${lang}.charlm.json`, json)
  console.log(`${lang}: ${lines.length} lines, ${lines.reduce((n, l) => n + l.length, 0)} chars -> ${Object.keys(lm.table).length} contexts, ${(json.length / 1e6).toFixed(2)} MB`)
}
