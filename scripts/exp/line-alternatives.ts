// Research aid: reads pages as the CLI does and prints, for each line, the
// transcript and each doubtful word's alternatives (what other renderings read there).
// Usage: node --experimental-transform-types scripts/exp/line-alternatives.ts FILE.ink.json...
import { readFileSync } from 'node:fs'
import { parseInk } from '../../src/core/ink/ink.ts'
import { readPage } from '../../src/ocr/pipeline.ts'
import { startTesseract } from '../../src/ocr/engines/tesseract/tesseractEngine.ts'
import { startPaddle } from '../../src/ocr/engines/paddle/paddleEngine.ts'

const engine = await startTesseract()
const paddle = await startPaddle()
for (const file of process.argv.slice(2)) {
  const ink = parseInk(readFileSync(file, 'utf8'), file)
  const t = await readPage(engine, ink, { language: ink.language, paddle })
  const truth = (ink.text ?? '').split('\n')
  console.log(file)
  t.lines.forEach((l, i) => {
    console.log(`  R ${JSON.stringify(truth[i]?.trim())}\n  H ${JSON.stringify(l.text)}`)
    for (const d of l.doubtful) console.log(`      ${JSON.stringify(l.text.slice(d.start, d.end))}: ${d.alternatives.map((a) => JSON.stringify(a)).join(' ')}`)
  })
}
await engine.terminate?.()
process.exit(0)
