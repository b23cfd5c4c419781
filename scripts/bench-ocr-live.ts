// Live reading, as in the app: strokes arrive one by one (update after each),
// then Done (recognise). Reports how long recognise() takes after the last
// stroke once the finished lines were read live, for a ~20-line page made of
// two real pages one under the other (or the files given).
//   node --experimental-transform-types scripts/bench-ocr-live.ts [FILE.ink.json ...]
import { readFileSync } from 'node:fs'
import { parseInk, type InkDocument, type InkStroke } from '../src/core/ink/ink.ts'
import { prepareInline } from '../src/ocr/workers/pageJobs.ts'
import { createRecogniser } from '../src/ocr/recogniser.ts'

const files = process.argv.slice(2)
const pages = (files.length ? files : ['../shared/ink/real/zhi2017-p1-Lauren.ink.json', '../shared/ink/real/zhi2017-p2-Lauren.ink.json']).map((f) =>
  parseInk(readFileSync(f, 'utf8'), f),
)
// Stack the pages into one.
const strokes: InkStroke[] = []
let dy = 0
for (const p of pages) {
  let maxY = 0
  for (const s of p.strokes) {
    strokes.push({ points: s.points.map((q) => [q[0], q[1] + dy] as [number, number]) })
    for (const q of s.points) maxY = Math.max(maxY, q[1])
  }
  dy += maxY + 60
}
const ink: InkDocument = { format: 'ink/v1', strokes, language: 'python' }
const rec = createRecogniser({ prepare: prepareInline })
await rec.prewarm()
const t0 = performance.now()
for (let i = 1; i <= strokes.length; i++) {
  rec.update({ ...ink, strokes: strokes.slice(0, i) })
  // A writer takes far longer per stroke than this; yield so live reading runs in between.
  await new Promise((r) => setTimeout(r, Number(process.env.STROKE_MS ?? 50)))
}
// The writer pauses a moment before pressing Done.
await new Promise((r) => setTimeout(r, Number(process.env.PAUSE_MS ?? 1500)))
const writing = performance.now() - t0
const t1 = performance.now()
const t = await rec.recognise(ink)
const done = performance.now() - t1
await rec.dispose()
console.log(JSON.stringify({ bench: "ocr-live", lines: t.lines.length, strokes: strokes.length, doneToTranscriptMs: Math.round(done), readPageMs: Math.round(t.ms), replayMs: Math.round(writing), timings: t.timings }))
