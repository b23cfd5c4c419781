// `npm run --silent ocr -- [--learn A.ink.json ...] [--no-paddle] FILE.ink.json...`:
// one JSON line per file, {"file", "text", "ms"}, read by the same modules as
// the app (tesseract and PaddleOCR). Each --learn page (ink with its `text`, as
// a corrected attempt gives it) is read and learnt first, as the app learns
// its writer; the other files are then read with what was learnt. A bad file
// gets one stderr line naming it and the problem; the rest are still read.
import { readFileSync } from 'node:fs'
import { parseInk, InkFormatError, type InkDocument } from '../src/core/ink/ink.ts'
import { learnFromPage, readPage } from '../src/ocr/pipeline.ts'
import { startTesseract } from '../src/ocr/engines/tesseract/tesseractEngine.ts'
import { startPaddle } from '../src/ocr/engines/paddle/paddleEngine.ts'
import { emptyWriterModel } from '../src/ocr/adapt/writerModel.ts'
import type { OcrEngine } from '../src/ocr/engines/engine.ts'

const args = process.argv.slice(2)
const learn: string[] = []
const files: string[] = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--learn') {
    const f = args[++i]
    if (!f) files.length = 0
    else learn.push(f)
  } else if (args[i] !== '--no-paddle') files.push(args[i]!)
}
if (!files.length) {
  process.stderr.write('usage: npm run --silent ocr -- [--learn CORRECTED.ink.json ...] [--no-paddle] FILE.ink.json...\n')
  process.exit(2)
}
let failed = false
let engine: OcrEngine | null = null
let paddle: OcrEngine | null = null
const load = (file: string): InkDocument | null => {
  try {
    return parseInk(readFileSync(file, 'utf8'), file)
  } catch (e) {
    failed = true
    const msg = e instanceof InkFormatError ? e.message : `${file}: ${(e as Error).message}`
    process.stderr.write(msg.replace(/\n/g, ' ') + '\n')
    return null
  }
}
const engines = async () => {
  engine ??= await startTesseract()
  if (!paddle && !args.includes('--no-paddle'))
    paddle = await startPaddle().catch((e: Error) => {
      process.stderr.write(`${e.message}; reading with tesseract alone\n`)
      args.push('--no-paddle')
      return null
    })
  return { engine, paddle }
}
try {
  let writer = emptyWriterModel()
  for (const file of learn) {
    const ink = load(file)
    if (!ink) continue
    if (!ink.text) {
      failed = true
      process.stderr.write(`${file}: --learn needs the page's corrected text (the "text" field)\n`)
      continue
    }
    const e = await engines()
    writer = await learnFromPage(e.engine, ink, ink.text, writer, { language: ink.language, paddle: e.paddle })
  }
  for (const file of files) {
    const ink = load(file)
    if (!ink) continue
    const e = await engines()
    const t = await readPage(e.engine, ink, { language: ink.language, paddle: e.paddle, writer: learn.length ? writer : null })
    process.stdout.write(JSON.stringify({ file, text: t.text, ms: Math.round(t.ms) }) + '\n')
  }
} catch (e) {
  failed = true
  process.stderr.write(`${(e as Error).message}\n`)
} finally {
  await (engine as OcrEngine | null)?.terminate()
  await (paddle as OcrEngine | null)?.terminate()
}
process.exit(failed ? 1 : 0)
