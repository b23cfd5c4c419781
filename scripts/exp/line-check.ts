// Research aid: line finding and indentation from the ink alone, the reference text standing in for
// the reading. For each folder: pages whose line count is wrong, and lines whose level is wrong.
// Usage: node --experimental-transform-types scripts/exp/line-check.ts DIR... [--verbose]
// (stress pages: STRESS_OUT=/tmp/stress node --experimental-transform-types scripts/ocr-make-fixtures.ts)
import { readFileSync, readdirSync } from 'node:fs'
import { parseInk } from '../../src/core/ink/ink.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import { indentLevels } from '../../src/ocr/lines/indent.ts'

const verbose = process.argv.includes('--verbose')
for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  let ok = 0, n = 0, pages = 0
  const badCount: string[] = []
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ink.json')).sort()) {
    pages++
    const ink = parseInk(readFileSync(`${dir}/${f}`, 'utf8'), f)
    const ref = (ink.text ?? '').split('\n').filter((l) => l.trim())
    const lines = segmentLines(ink.strokes)
    if (lines.length !== ref.length) {
      badCount.push(`${f} (${lines.length} lines, not ${ref.length})`)
      continue
    }
    const levels = indentLevels(lines, ref.map((l) => l.trim()), ink.language)
    ref.forEach((l, i) => {
      n++
      const want = Math.floor((l.match(/^ */)![0].length + 1) / 4)
      if (want === levels[i]) ok++
      else if (verbose) console.log(`  ${f} line ${i + 1}: level ${levels[i]}, not ${want}: ${l.trim()}`)
    })
  }
  console.log(`${dir}: ${badCount.length} of ${pages} pages with a wrong line count; indentation ${ok}/${n} (${((100 * ok) / Math.max(1, n)).toFixed(1)}%)`)
  if (verbose) for (const b of badCount) console.log(`  ${b}`)
}
