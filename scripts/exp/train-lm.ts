// Research aid: trains a char model on Python stdlib lines (not test suites), for measuring.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { trainCharLm } from '../../src/ocr/charLm.ts'
const root = process.argv[2] ?? '/usr/lib/python3.11'
const maxBytes = Number(process.argv[3] ?? 4e6)
const order = Number(process.argv[4] ?? 5)
const out = process.argv[5] ?? '/tmp/py.lm.json'
const leak = /_find_no_duplicates|CookieConflictError|def take\(seq/
const files: string[] = []
const walk = (d: string) => {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f)
    if (/test|site-packages|dist-packages|idlelib|lib2to3|__pycache__/.test(f)) continue
    const st = statSync(p)
    if (st.isDirectory()) walk(p)
    else if (f.endsWith('.py')) files.push(p)
  }
}
walk(root)
const lines: string[] = []
let bytes = 0
for (const f of files) {
  const src = readFileSync(f, 'utf8')
  if (leak.test(src)) { console.error('skip (leak)', f); continue }
  for (const l of src.split('\n')) {
    const t = l.trim()
    if (!t || t.startsWith('#') || t.length > 90) continue
    lines.push(t)
    bytes += t.length
  }
  if (bytes > maxBytes) break
}
const t0 = performance.now()
const lm = trainCharLm(lines, order, 2)
writeFileSync(out, JSON.stringify(lm))
console.error(`${files.length} files, ${lines.length} lines, ${bytes} chars; ${Object.keys(lm.table).length} contexts; ${JSON.stringify(lm).length} bytes; ${(performance.now() - t0).toFixed(0)} ms`)
