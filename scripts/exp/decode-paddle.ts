// Research aid: decodes dumped PaddleOCR columns (dump-paddle-columns.ts) again, greedily or by
// ctcBeam under each page's character model, and writes a paddle dump that eval-paddle.ts scores.
// Usage: BEAM=lmWeight,charBonus[,beam[,blankPenalty[,repeatPenalty]]] (or BEAM=greedy) node --experimental-transform-types
//   scripts/exp/decode-paddle.ts PADDLE_DUMP.json COLUMNS OUT.json
// (how PADDLE_BEAM in paddleEngine.ts was chosen).
import { readFileSync, writeFileSync } from 'node:fs'
import { ASCII_COLUMNS, ctcBeam, ctcGreedy, toLineReading } from '../../src/ocr/engines/paddle/ctc.ts'
import { loadCharLm, type CharLm } from '../../src/ocr/language/charLm.ts'

const [dumpFile, columns, out] = process.argv.slice(2) as [string, string, string]
if (!dumpFile || !columns || !out) throw new Error('usage: decode-paddle.ts PADDLE_DUMP.json COLUMNS OUT.json')
const dump = JSON.parse(readFileSync(dumpFile, 'utf8'))
const index = JSON.parse(readFileSync(columns + '.json', 'utf8'))
const bytes = readFileSync(columns + '.bin')
const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
const spec = process.env.BEAM ?? 'greedy'
const [lmWeight, charBonus, beam, blankPenalty, repeatPenalty] = spec.split(',').map(Number)
const asciiTable = ['', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 0x20))]
const models = new Map<string, CharLm | undefined>()
const modelFor = (language: string | undefined) => {
  const lang = language === 'typescript' ? 'javascript' : (language ?? '')
  if (!models.has(lang)) {
    let m: CharLm | undefined
    try {
      m = loadCharLm(JSON.parse(readFileSync(`src/ocr/language/models/${lang}.charlm.json`, 'utf8')))
    } catch {
      m = undefined // no model for the language: greedy, as the app does
    }
    models.set(lang, m)
  }
  return models.get(lang)
}
const t0 = performance.now()
let n = 0
dump.pages.forEach((page: { file: string; language?: string; readings: unknown[] }, i: number) => {
  const ix = index.index[i]
  if (ix.file !== page.file) throw new Error(`columns of ${ix.file} against page ${page.file}: dump them from this dump`)
  const lm = spec === 'greedy' ? undefined : modelFor(page.language)
  page.readings = ix.lines.map((rs: { T: number; width: number; offset: number }[]) =>
    rs.map((r) => {
      n++
      const cols = all.subarray(r.offset, r.offset + r.T * ASCII_COLUMNS)
      const chars = lm ? ctcBeam(cols, r.T, lm, { lmWeight: lmWeight!, charBonus: charBonus!, beam: beam || 12, blankPenalty: blankPenalty || 0, ...(Number.isFinite(repeatPenalty) ? { repeatPenalty } : {}), ...(process.env.REPEATABLE ? { repeatable: new RegExp(process.env.REPEATABLE) } : {}) }) : ctcGreedy(cols, r.T, ASCII_COLUMNS, asciiTable)
      const reading = toLineReading(chars, r.T, r.width)
      return reading.words.length ? reading : { text: '', confidence: 0, words: [] }
    }),
  )
})
console.error(`${n} readings decoded (${spec}), ${((performance.now() - t0) / Math.max(1, n)).toFixed(2)} ms each`)
writeFileSync(out, JSON.stringify(dump))
