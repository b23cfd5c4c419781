// `npm run bench:photo`: the photo path measured. Each page of ink is drawn as
// a photographed-like page (src/ocr/photo/simulate.ts: pen on paper grain,
// perspective, turn, uneven light, blur, noise) and JPEG-compressed
// (jpeg-js), then read back through the photo path (analysePhoto: page,
// flattening, light, ink, strokes, tilt, lines; then the recogniser's own
// engines and finishing). The same page read from its strokes, with the same
// renderings, is the reference: the figures are CER photo vs CER strokes.
// Sets: the real pages (../shared/ink/real) split by writer (Aman..John
// tuned on, Joseph..Mikel HELD OUT) and a few synthetic pages.
// Also: lines found against the lines the strokes give, analysis and
// reading time per page, and the quality checks on spoilt photos (too dark,
// blurred, on its side, blank): how often each is flagged, and false alarms
// on the good photos. Options: --limit=N pages per set, --sets=real,synthetic-varied
// Last line: one JSON object with the figures.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import jpeg from 'jpeg-js'
import { parseInk, type InkDocument } from '../src/core/ink/ink.ts'
import { cer } from '../src/core/ink/cer.ts'
import { DEFAULT_RENDERS, PADDLE_RENDERS, readPage, type ReadOptions } from '../src/ocr/pipeline.ts'
import { startPaddle } from '../src/ocr/engines/paddle/paddleEngine.ts'
import { startTesseract } from '../src/ocr/engines/tesseract/tesseractEngine.ts'
import { prepare } from '../src/ocr/workers/pageJobs.ts'
import { segmentLines, type InkLine } from '../src/ocr/lines/lines.ts'
import type { LineRenderOptions } from '../src/ocr/render/render.ts'
import { analysePhoto } from '../src/ocr/photo/analyse.ts'
import { renderPhotoLinePng } from '../src/ocr/photo/lineImages.ts'
import { ordinaryLook, simulatePhoto, type PhotoLook } from '../src/ocr/photo/simulate.ts'
import type { GrayImage } from '../src/ocr/photo/image.ts'

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const limit = Number(arg('limit') ?? Infinity)
const sets: Record<string, string> = {}
if (existsSync('../shared/ink/real')) sets.real = path.resolve('../shared/ink/real')
sets['synthetic-varied'] = 'tests/fixtures/ink/synthetic-varied'
const wanted = arg('sets')?.split(',') ?? Object.keys(sets)
const SYNTHETIC_PAGES = 6
/** Writers the photo path was tuned on; the others are the held-out split. */
const TUNED = new Set(['Aman', 'Carolyn', 'Christine', 'Claire', 'Jason', 'John'])

/** JPEG round trip, as a phone stores the photo. */
export function viaJpeg(img: GrayImage, quality: number): GrayImage {
  const rgba = new Uint8Array(img.width * img.height * 4)
  for (let i = 0; i < img.data.length; i++) {
    rgba.fill(img.data[i]!, i * 4, i * 4 + 3)
    rgba[i * 4 + 3] = 255
  }
  const enc = jpeg.encode({ data: rgba, width: img.width, height: img.height }, quality)
  const dec = jpeg.decode(enc.data, { useTArray: true })
  const data = new Uint8Array(img.width * img.height)
  for (let i = 0; i < data.length; i++) data[i] = dec.data[i * 4]!
  return { width: img.width, height: img.height, data }
}

const engine = await startTesseract()
const paddle = await startPaddle()
/** Done's reading of a line (the quick tesseract set and two PaddleOCR renderings), used for both paths. */
const readOpts = (ink: InkDocument): ReadOptions => ({
  language: ink.language,
  renders: DEFAULT_RENDERS.slice(0, 3),
  paddle,
  paddleRenders: PADDLE_RENDERS.slice(0, 2),
})

interface Row {
  set: string
  file: string
  writer: string
  split: 'tuned' | 'held-out' | 'synthetic'
  strokes: number
  photo: number
  linesTruth: number
  linesFound: number
  analyseMs: number
  readMs: number
  issues: string[]
}
const rows: Row[] = []
let seed = 1000
for (const set of wanted) {
  const dir = sets[set]
  if (!dir || !existsSync(dir)) continue
  let files = readdirSync(dir).filter((f) => f.endsWith('.ink.json')).sort()
  if (set !== 'real') files = files.slice(0, SYNTHETIC_PAGES)
  files = files.slice(0, limit)
  for (const f of files) {
    const ink = parseInk(readFileSync(path.join(dir, f), 'utf8'), f)
    const truth = ink.text ?? ''
    const fromStrokes = await readPage(engine, ink, readOpts(ink))
    const look = ordinaryLook(seed++)
    const photo = viaJpeg(simulatePhoto(ink, look).image, look.quality)
    const a = analysePhoto(photo)
    const t0 = performance.now()
    // PHOTO_LINES=strokes reads the lines redrawn from the traced strokes instead of cut from the pixels.
    const draw = process.env.PHOTO_LINES === 'strokes' ? undefined : (line: InkLine, r: LineRenderOptions) => renderPhotoLinePng(a.page, line, r)
    const fromPhoto = await readPage(engine, { ...a.ink, language: ink.language }, { ...readOpts(ink), draw, prepare: async (req) => prepare({ ...req, lines: a.lines }, draw) })
    if (process.env.DUMP) for (const [i, l] of a.lines.entries()) writeFileSync(`/tmp/photo-line-${i}.png`, renderPhotoLinePng(a.page, l, DEFAULT_RENDERS[0]))
    const writer = set === 'real' ? (f.match(/-([A-Za-z]+)\.ink\.json$/)?.[1] ?? '?') : set
    const row: Row = {
      set,
      file: f,
      writer,
      split: set !== 'real' ? 'synthetic' : TUNED.has(writer) ? 'tuned' : 'held-out',
      strokes: cer(fromStrokes.text, truth),
      photo: cer(fromPhoto.text, truth),
      linesTruth: segmentLines(ink.strokes).length,
      linesFound: a.lines.length,
      analyseMs: a.ms,
      readMs: performance.now() - t0,
      issues: a.issues.map((i) => i.kind),
    }
    rows.push(row)
    console.log(
      `${f.padEnd(34)} strokes ${(row.strokes * 100).toFixed(1).padStart(5)}%  photo ${(row.photo * 100).toFixed(1).padStart(5)}%  lines ${row.linesFound}/${row.linesTruth}  analyse ${Math.round(row.analyseMs)} ms  read ${Math.round(row.readMs)} ms${row.issues.length ? '  flagged: ' + row.issues.join(',') : ''}`,
    )
    if (process.env.VERBOSE) console.log(fromPhoto.text + '\n---\n' + fromStrokes.text + '\n===')
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s.length % 2 ? s[s.length >> 1]! : (s[(s.length >> 1) - 1]! + s[s.length >> 1]!) / 2) : NaN
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const summary: Record<string, unknown> = {}
console.log('\nsplit        pages  CER strokes  CER photo  lines exact')
for (const split of ['tuned', 'held-out', 'synthetic'] as const) {
  const rs = rows.filter((r) => r.split === split)
  if (!rs.length) continue
  const s = { pages: rs.length, strokes: mean(rs.map((r) => r.strokes)), photo: mean(rs.map((r) => r.photo)), linesExact: rs.filter((r) => r.linesFound === r.linesTruth).length / rs.length }
  summary[split] = s
  console.log(`${split.padEnd(12)} ${String(s.pages).padStart(5)}  ${pct(s.strokes).padStart(11)}  ${pct(s.photo).padStart(9)}  ${pct(s.linesExact).padStart(11)}`)
}
summary.analyseMsMedian = median(rows.map((r) => r.analyseMs))
summary.readMsMedian = median(rows.map((r) => r.readMs))
summary.falseAlarms = rows.filter((r) => r.issues.length).length
console.log(`analysis per page (median) ${Math.round(summary.analyseMsMedian as number)} ms, reading ${Math.round(summary.readMsMedian as number)} ms (Node, this machine); good photos flagged: ${summary.falseAlarms}/${rows.length}`)

// Spoilt photos: each check should fire on its own fault.
const spoilt: Record<string, Partial<PhotoLook>> = {
  dark: { paper: 55, ink: 15, table: 20, lightFall: 0.2 },
  blurred: { blur: 4 },
  sideways: { rotateDeg: 90 },
  blank: {},
}
const checks: Record<string, { flagged: number; pages: number }> = {}
const realFiles = existsSync('../shared/ink/real') ? readdirSync('../shared/ink/real').filter((f) => f.endsWith('.ink.json')).sort().slice(0, Math.min(6, limit)) : []
for (const [kind, look] of Object.entries(spoilt)) {
  checks[kind] = { flagged: 0, pages: 0 }
  for (const f of realFiles) {
    const ink = parseInk(readFileSync(path.join('../shared/ink/real', f), 'utf8'), f)
    const page = kind === 'blank' ? { ...ink, strokes: [] } : ink
    const lk = { ...ordinaryLook(seed++), ...look }
    const a = analysePhoto(viaJpeg(simulatePhoto(page, lk).image, lk.quality))
    const want = kind === 'sideways' ? 'rotated' : kind
    checks[kind].pages++
    if (a.issues.some((i) => i.kind === want)) checks[kind].flagged++
  }
  console.log(`spoilt ${kind.padEnd(9)} flagged ${checks[kind].flagged}/${checks[kind].pages}`)
}
summary.checks = checks
await engine.terminate()
await paddle.terminate()
console.log(JSON.stringify(summary))
