// `npm run --silent ocr -- FILE.ink.json...`: one JSON line per file,
// {"file", "text", "ms"}, read by the same modules as the app. A bad file gets
// one stderr line naming it and the problem; the rest are still read.
import { readFileSync } from 'node:fs'
import { parseInk, InkFormatError } from '../src/core/ink/ink.ts'
import { readPage } from '../src/ocr/pipeline.ts'
import { startTesseract } from '../src/ocr/engines/tesseract/tesseractEngine.ts'
import type { OcrEngine } from '../src/ocr/engines/engine.ts'

const files = process.argv.slice(2)
if (!files.length) {
  process.stderr.write('usage: npm run --silent ocr -- FILE.ink.json...\n')
  process.exit(2)
}
let failed = false
let engine: OcrEngine | null = null
try {
  for (const file of files) {
    let ink
    try {
      ink = parseInk(readFileSync(file, 'utf8'), file)
    } catch (e) {
      failed = true
      const msg = e instanceof InkFormatError ? e.message : `${file}: ${(e as Error).message}`
      process.stderr.write(msg.replace(/\n/g, ' ') + '\n')
      continue
    }
    engine ??= await startTesseract()
    const t = await readPage(engine, ink, { language: ink.language })
    process.stdout.write(JSON.stringify({ file, text: t.text, ms: Math.round(t.ms) }) + '\n')
  }
} catch (e) {
  failed = true
  process.stderr.write(`${(e as Error).message}\n`)
} finally {
  await engine?.terminate()
}
process.exit(failed ? 1 : 0)
