// Training lines for PaddleOCR's recogniser (scripts/paddle-train/README.md): every line of the
// given pages that the line finder splits as the page's text does, drawn in RENDERS random
// renderings of PADDLE_RENDERS (the app's own) at a length off by up to 15% (the app estimates it),
// as the model's input (toModelInput), stored one byte a pixel.
// Usage: node --experimental-transform-types scripts/paddle-train/make-data.ts OUT DIR... (OUT.bin, OUT.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseInk } from '../../src/core/ink/ink.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import { renderLine } from '../../src/ocr/render/render.ts'
import { decodeGrayPng } from '../../src/ocr/render/png.ts'
import { PADDLE_RENDERS } from '../../src/ocr/pipeline.ts'
import { PP_HEIGHT, targetWidth, toModelInput } from '../../src/ocr/engines/paddle/width.ts'

const [out, ...dirs] = process.argv.slice(2)
if (!out || !dirs.length) throw new Error('usage: make-data.ts OUT DIR...')
const FIXED = process.env.FIXED ? Number(process.env.FIXED) : undefined
const RENDERS = FIXED !== undefined ? 1 : Number(process.env.RENDERS ?? 2)
let seed = Number(process.env.SEED ?? 1)
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const chunks: Uint8Array[] = []
const index: { w: number; at: number; text: string; page: string }[] = []
let at = 0, skipped = 0
for (const dir of dirs)
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ink.json')).sort()) {
    const ink = parseInk(readFileSync(path.join(dir, f), 'utf8'), f)
    const want = (ink.text ?? '').split('\n').filter((l) => l.trim())
    const lines = segmentLines(ink.strokes)
    if (lines.length !== want.length) {
      skipped++
      continue
    }
    lines.forEach((line, i) => {
      const text = want[i]!.trim()
      for (let k = 0; k < RENDERS; k++) {
        // FIXED=k: the k-th rendering at the line's true length, for checking (one per line)
        const r = PADDLE_RENDERS[FIXED ?? Math.floor(rand() * PADDLE_RENDERS.length)]!
        const chars = FIXED !== undefined ? text.length : Math.max(1, Math.round(text.length * (0.85 + 0.3 * rand())))
        const width = targetWidth(chars, r.pxPerChar)
        const input = toModelInput(decodeGrayPng(renderLine(ink.strokes, line, r.render).png), width)
        const bytes = new Uint8Array(PP_HEIGHT * width)
        for (let p = 0; p < bytes.length; p++) bytes[p] = Math.round((input[p]! + 1) * 127.5)
        chunks.push(bytes)
        index.push({ w: width, at, text, page: path.join(path.basename(dir), f) })
        at += bytes.length
      }
    })
  }
const all = new Uint8Array(at)
let o = 0
for (const c of chunks) all.set(c, (o += c.length) - c.length)
writeFileSync(out + '.bin', all)
writeFileSync(out + '.json', JSON.stringify(index))
console.log(`${index.length} line images (${(at / 1e6).toFixed(0)} MB) from ${dirs.join(' ')}; ${skipped} pages skipped (lines found != lines written)`)
