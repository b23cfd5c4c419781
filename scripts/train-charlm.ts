// Trains the character models the recogniser uses to prefer readings that
// look like code (src/ocr/language/charLm.ts), from sources already in our npm
// dependencies plus the problem bank, and writes src/ocr/language/models/<lang>.charlm.json.
//   python:     Pyodide's standard library sources (node_modules/pyodide/python_stdlib.zip)
//   javascript: CodeMirror's and Lezer's hand-written ES module sources
//   sql:        the bank's own SQL (schemas, answers, wrong answers, test seeds), with
//               15,000 query lines naming tables and columns with the standard
//               library's snake_case words (SQL_SHAPES, see sqlShapes):
//               no SQL corpus ships in our dependencies, and SQL's vocabulary
//               is small, so a lower order (SQL_ORDER) and every count are kept
// Every line with spaced operators is also learnt written tight ("i+=1"), as
// hands write it and renderings read it (charLm.ts compactLine).
// Deterministic: same packages, same model. Run after upgrading those packages:
//   node --experimental-transform-types scripts/train-charlm.ts
// ONLY=<language> rebuilds that model alone (the bank grows, so a full run
// also moves the Python and JavaScript models a little).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { trainCharLm, withCompactLines } from '../src/ocr/language/charLm.ts'

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

/**
 * SQL as schemas name things: the bank's SQL knows its own tables (customers, orders) and
 * scores a query over movies or students as unlikely, so the reader mangled such names on
 * new queries. These lines put the standard library's snake_case words, as tables and columns,
 * into the clause shapes of everyday queries, so the model learns English-like names in SQL
 * rather than the bank's names alone. Seeded: the same packages give the same lines.
 */
function* sqlShapes(n: number): Generator<string> {
  const words = new Set<string>()
  for (const src of pythonStdlib()) for (const m of src.matchAll(/\b[a-z][a-z_]{1,14}\b/g)) if (!m[0].startsWith('_') && !m[0].endsWith('_') && !m[0].includes('__')) words.add(m[0])
  const pool = [...words].sort()
  let seed = 12345
  const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1_000_003) / 1_000_003
  const w = () => pool[Math.floor(r() * pool.length)]!
  const num = () => String(Math.floor(r() < 0.5 ? r() * 10 : r() * 100000))
  const alias = (t: string) => t[0]!
  const cmp = () => ['=', '>', '<', '>=', '<=', '<>'][Math.floor(r() * 6)]!
  const fn = () => ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'][Math.floor(r() * 5)]!
  for (let i = 0; i < n; i++) {
    const [t, u, a, b, c] = [w(), w(), w(), w(), w()]
    const [x, y] = [alias(t), alias(u)]
    const shapes = [
      `SELECT ${a}, ${b}`,
      `SELECT ${x}.${a}, ${y}.${b}`,
      `SELECT ${a}, ${fn()}(${b}) AS ${c}`,
      `SELECT ${a}, COUNT(*) AS ${c}`,
      `FROM ${t}`,
      `FROM ${t} ${x}`,
      `JOIN ${u} ${y} ON ${y}.${a}_id = ${x}.id`,
      `LEFT JOIN ${u} ${y}`,
      `ON ${x}.${a} = ${y}.${b}`,
      `WHERE ${a} ${cmp()} ${num()};`,
      `WHERE ${x}.${a} ${cmp()} ${num()}`,
      `WHERE ${a} = '${b}'`,
      `AND ${b} IS NULL;`,
      `AND ${a} ${cmp()} ${num()}`,
      `GROUP BY ${a}`,
      `ORDER BY ${a} DESC;`,
      `ORDER BY ${b}`,
      `HAVING ${fn()}(${a}) > ${num()};`,
      `LIMIT ${num()};`,
      `INSERT INTO ${t} (${a}, ${b})`,
      `VALUES (${num()}, '${c}');`,
      `UPDATE ${t}`,
      `SET ${a} = ${a} + ${num()}`,
      `DELETE FROM ${t}`,
    ]
    yield shapes[Math.floor(r() * shapes.length)]!
  }
}

const SQL_SHAPES = Number(process.env.SQL_SHAPES ?? 15000)
const models: Record<string, { lines: string[]; order: number; minCount: number }> = {
  python: { lines: take([...bankSources('py'), ...pythonStdlib()], /^#/), order: ORDER, minCount: MIN_COUNT },
  javascript: { lines: take([...bankSources('js'), ...jsSources()], /^(\/\/|\/\*|\*)/), order: ORDER, minCount: MIN_COUNT },
  sql: { lines: [...take(bankSql(), /^--/), ...sqlShapes(SQL_SHAPES)], order: SQL_ORDER, minCount: SQL_MIN_COUNT },
}
const OUT = process.env.OUT ?? 'src/ocr/language/models'
mkdirSync(OUT, { recursive: true })
for (const [lang, { lines, order, minCount }] of Object.entries(models)) {
  if (process.env.ONLY && process.env.ONLY !== lang) continue
  const lm = trainCharLm(withCompactLines(lines), order, minCount)
  const json = JSON.stringify(lm)
  writeFileSync(`${OUT}/${lang}.charlm.json`, json)
  console.log(`${lang}: ${lines.length} lines, ${lines.reduce((n, l) => n + l.length, 0)} chars -> ${Object.keys(lm.table).length} contexts, ${(json.length / 1e6).toFixed(2)} MB`)
}
