// Research aid: PaddleOCR's output columns folded onto ASCII (ctc.ts asciiColumns: the blank, then
// 0x20..0x7e) for every line and rendering of a paddle dump (dump-readings.ts ENGINE=paddle: its pages,
// lines, renderings and length estimates), so decoding can be tried in seconds (decode-paddle.ts).
// Usage: node --experimental-transform-types scripts/exp/dump-paddle-columns.ts PADDLE_DUMP.json OUT
// writes OUT.bin (float32) and OUT.json (where each line's columns are). DIR: where the pages are
// (default ../shared/ink/real; a dump of synthetic sets names its set, found under tests/fixtures/ink).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseInk } from '../../src/core/ink/ink.ts'
import { renderLine } from '../../src/ocr/render/render.ts'
import { ASCII_COLUMNS } from '../../src/ocr/engines/paddle/ctc.ts'
import { startPaddle } from '../../src/ocr/engines/paddle/paddleEngine.ts'

const [dumpFile, out] = process.argv.slice(2) as [string, string]
if (!dumpFile || !out) throw new Error('usage: dump-paddle-columns.ts PADDLE_DUMP.json OUT')
const dump = JSON.parse(readFileSync(dumpFile, 'utf8'))
const dirOf = (set: string) => (set === 'real' ? (process.env.DIR ?? path.resolve('../shared/ink/real')) : path.join('tests/fixtures/ink', set))
const pp = await startPaddle()
const chunks: Float32Array[] = []
const index: { file: string; lines: { T: number; width: number; offset: number }[][] }[] = []
let offset = 0
for (const page of dump.pages) {
  const ink = parseInk(readFileSync(path.join(dirOf(page.set), page.file), 'utf8'), page.file)
  const lines = []
  for (let li = 0; li < page.lines.length; li++) {
    const rs = []
    for (const r of dump.renders) {
      const { columns, T, width } = await pp.readColumns(renderLine(ink.strokes, page.lines[li], r.render).png, { chars: page.chars[li], pxPerChar: r.pxPerChar })
      chunks.push(columns)
      rs.push({ T, width, offset })
      offset += T * ASCII_COLUMNS
    }
    lines.push(rs)
  }
  index.push({ file: page.file, lines })
  console.error(page.set, page.file)
}
const all = new Float32Array(offset)
let at = 0
for (const c of chunks) {
  all.set(c, at)
  at += c.length
}
writeFileSync(out + '.bin', new Uint8Array(all.buffer))
writeFileSync(out + '.json', JSON.stringify({ renders: dump.renders, index }))
await pp.terminate()
