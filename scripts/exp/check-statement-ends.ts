// Research aid: checks fixStatementEnds against code nobody wrote for it.
// The bank's JavaScript (written without semicolons) must pass unchanged;
// reprinted by TypeScript's printer (every statement ends with ";") it must
// pass unchanged too; and with any one ";" of a reprinted file taken away,
// counts how often exactly that one comes back and how often a ";" lands
// anywhere else.
// Usage: node --experimental-transform-types scripts/exp/check-statement-ends.ts
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { fixStatementEnds } from '../../src/ocr/combine/statementEnds.ts'

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed })
const files: { name: string; plain: string[]; semi: string[] }[] = []
for (const d of readdirSync('problems', { withFileTypes: true }).filter((e) => e.isDirectory()))
  for (const f of readdirSync(path.join('problems', d.name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
    const src = readFileSync(path.join('problems', d.name, f), 'utf8')
    const printed = printer.printFile(ts.createSourceFile(f, src, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS))
    files.push({ name: `${d.name}/${f}`, plain: src.split('\n'), semi: printed.split('\n') })
  }

const changed = (lines: string[]) => fixStatementEnds(lines, 'javascript').fixes.length > 0
console.log(`files ${files.length}; changed as written ${files.filter((f) => changed(f.plain)).length}; changed reprinted ${files.filter((f) => changed(f.semi)).length}`)

let taken = 0,
  given = 0,
  elsewhere = 0
for (const { semi } of files)
  semi.forEach((l, i) => {
    if (!/;\s*$/.test(l)) return
    taken++
    const lost = semi.map((x, k) => (k === i ? x.replace(/;\s*$/, '') : x))
    const { lines, fixes } = fixStatementEnds(lost, 'javascript')
    if (lines.every((x, k) => x === semi[k])) given++
    else if (fixes.length) elsewhere++
  })
console.log(`one ";" taken away: ${taken}; given back ${given}; put elsewhere ${elsewhere}`)
