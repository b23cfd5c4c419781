// Research aid: how far choosing alone could go. For each line of each page,
// the rendering whose reading is closest to the true line (the answer known),
// scored as glyph CER (whitespace ignored, as the real pages have no indentation).
// Usage: node --experimental-transform-types scripts/exp/oracle.ts A.json[,B.json...] [renderings, e.g. 0-31]
import { readFileSync } from 'node:fs'
import { levenshtein } from '../../src/core/ink/cer.ts'
import { lineText } from '../../src/ocr/pipeline.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'

interface Page { set: string; file: string; ref: string; readings: LineReading[][] }
const dumps = process.argv[2]!.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as { pages: Page[] })
const pages = dumps[0]!.pages.map((p, i) => ({ ...p, readings: p.readings.map((_, l) => dumps.flatMap((d) => d.pages[i]!.readings[l] ?? [])) }))
const [from, to] = (process.argv[3] ?? '0-999').split('-').map(Number)
const strip = (s: string) => s.replace(/\s+/g, '')
for (const set of [...new Set(pages.map((p) => p.set))]) {
  let edits = 0, first = 0, len = 0, skipped = 0
  for (const p of pages.filter((x) => x.set === set)) {
    const refs = p.ref.split('\n').map(strip).filter(Boolean)
    if (refs.length !== p.readings.length) { skipped++; continue }
    refs.forEach((ref, i) => {
      const texts = p.readings[i]!.slice(from, (to ?? 999) + 1).map((r) => strip(lineText(r).text))
      edits += Math.min(...texts.map((t) => levenshtein(t, ref)))
      first += levenshtein(texts[0]!, ref)
      len += ref.length
    })
  }
  console.log(`${set}: best-of-renderings glyph CER ${((100 * edits) / len).toFixed(1)}%, first rendering ${((100 * first) / len).toFixed(1)}% (${skipped} pages skipped: line count differs)`)
}
