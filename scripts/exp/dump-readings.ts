// Research aid: reads every line of every fixture page in several renderings
// once and stores the readings, so selection/combination ideas can be scored
// offline in seconds. Usage: node --experimental-transform-types scripts/exp/dump-readings.ts OUT.json
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parseInk } from '../../src/core/ink/ink.ts'
import { prepare } from '../../src/ocr/workers/pageJobs.ts'
import { startTesseract } from '../../src/ocr/engines/tesseract/tesseractEngine.ts'
import type { LineRenderOptions } from '../../src/ocr/render/render.ts'
import { DEFAULT_RENDERS, PADDLE_RENDERS, charEstimate, paddleRenderHint, type PaddleRender } from '../../src/ocr/pipeline.ts'
import { startPaddle } from '../../src/ocr/engines/paddle/paddleEngine.ts'
import { renderLine } from '../../src/ocr/render/render.ts'
import { UNSEEN_SPLITS } from '../../tests/fixtures/ink/splits.ts'

// Which renderings: RENDERS='[{...}, ...]' to try new ones, else DEFAULT_RENDERS[FROM..TO) (all by default),
// so several dumps can run side by side (one per core) and be joined by eval-readings.ts.
// ENGINE=paddle reads PADDLE_RENDERS (or PP_RENDERS='[{render, pxPerChar}]', FROM/TO) with PaddleOCR, each line's
// length estimated from tesseract's quick set (the first three DEFAULT_RENDERS), as the app does.
// SETS=real,synthetic-neat limits the sets.
const paddle = process.env.ENGINE === 'paddle'
const PP: PaddleRender[] = process.env.PP_RENDERS ? JSON.parse(process.env.PP_RENDERS) : PADDLE_RENDERS.slice(Number(process.env.FROM ?? 0), Number(process.env.TO ?? PADDLE_RENDERS.length))
export const RENDERS: LineRenderOptions[] = process.env.RENDERS
  ? JSON.parse(process.env.RENDERS)
  : DEFAULT_RENDERS.slice(Number(process.env.FROM ?? 0), Number(process.env.TO ?? DEFAULT_RENDERS.length))
const out = process.argv[2] ?? '/tmp/readings.json'
const sets: Record<string, string> = { real: path.resolve('../shared/ink/real') }
// The held-out splits the rules have been made on may be dumped too; the unseen ones (e, f) never.
for (const d of readdirSync('tests/fixtures/ink').sort()) if (d.startsWith('synthetic') || (d.startsWith('heldout') && !UNSEEN_SPLITS.includes(d))) sets[d] = path.join('tests/fixtures/ink', d)
for (const s of Object.keys(sets)) if (process.env.SETS && !process.env.SETS.split(',').includes(s)) delete sets[s]
// DIR=/tmp/stress/heldout dumps stress pages (ocr-make-fixtures.ts STRESS_OUT) as the set 'stress'.
if (process.env.DIR) sets.stress = process.env.DIR
const engine = await startTesseract()
const pp = paddle ? await startPaddle() : null
const pages: unknown[] = []
for (const [set, dir] of Object.entries(sets)) {
  if (!existsSync(dir)) continue
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ink.json')).sort()) {
    const ink = parseInk(readFileSync(path.join(dir, f), 'utf8'), f)
    const prepared = prepare({ strokes: ink.strokes, renders: pp ? DEFAULT_RENDERS.slice(0, 3) : RENDERS })
    const readings = []
    const chars: number[] = []
    const quick: unknown[] = []
    for (const p of prepared) {
      const rs = []
      for (const png of p.pngs) rs.push(await engine.readLine(png!))
      if (pp) {
        const n = charEstimate(rs, p.line)
        chars.push(n)
        quick.push(rs.slice())
        rs.length = 0
        // As the app reads: decoded under the page's character model (GREEDY=1: greedy, as before 2026-12-03).
        const language = process.env.GREEDY ? undefined : ink.language
        for (const r of PP) rs.push(await pp.readLine(renderLine(ink.strokes, p.line, r.render).png, { chars: n, ...paddleRenderHint(r), language }))
      }
      readings.push(rs)
    }
    pages.push({ set, file: f, writer: ink.writer ?? f, language: ink.language, ref: ink.text, lines: prepared.map((p) => p.line), readings, chars, quick })
    console.error(set, f, prepared.length)
  }
}
await engine.terminate()
await pp?.terminate()
writeFileSync(out, JSON.stringify({ renders: pp ? PP : RENDERS, engine: pp ? 'paddle' : 'tesseract', pages }))
