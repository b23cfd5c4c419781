// Research aid: reads every line of every fixture page in several renderings
// once and stores the readings, so selection/combination ideas can be scored
// offline in seconds. Usage: node --experimental-transform-types scripts/exp/dump-readings.ts OUT.json
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parseInk } from '../../src/core/ink/ink.ts'
import { prepare } from '../../src/ocr/prep.ts'
import { startTesseract } from '../../src/ocr/tesseractEngine.ts'
import type { LineRenderOptions } from '../../src/ocr/render.ts'

export const RENDERS: LineRenderOptions[] = process.env.SET2 ? [
  { xHeight: 19, evenGaps: [1, 1.5], stretchX: 1.25 },
  { xHeight: 23, strokeWidth: 0.24, stretchX: 1.15, evenGaps: [1, 1.3] },
  { xHeight: 15, strokeWidth: 0.3, evenGaps: [1, 1.5] },
  { xHeight: 21, deslant: true, strokeWidth: 0.2, evenGaps: [1, 1.2] },
  { xHeight: 19, stretchX: 0.85, evenGaps: [1.2, 1.8] },
  { xHeight: 30, strokeWidth: 0.22, evenGaps: [1, 1.5] },
  { xHeight: 18, strokeWidth: 0.35, stretchX: 1.1, evenGaps: [1, 1.5] },
  { xHeight: 25, deslant: true, stretchX: 1.2, evenGaps: [1, 1.4] },
] : [
  { xHeight: 19, evenGaps: [1, 1.5] },
  { xHeight: 24, strokeWidth: 0.2 },
  { xHeight: 21, evenGaps: [1, 1.2] },
  { xHeight: 17, evenGaps: [1, 1.5], strokeWidth: 0.28 },
  { xHeight: 19, deslant: true, evenGaps: [1, 1.5] },
  { xHeight: 22, strokeWidth: 0.32, evenGaps: [1, 1.4] },
  { xHeight: 27, strokeWidth: 0.18, evenGaps: [1, 1.5] },
  { xHeight: 20 },
]
const out = process.argv[2] ?? '/tmp/readings.json'
const sets: Record<string, string> = { real: path.resolve('../shared/ink/real') }
for (const d of readdirSync('tests/fixtures/ink').sort()) if (d.startsWith('synthetic')) sets[d] = path.join('tests/fixtures/ink', d)
const engine = await startTesseract()
const pages: unknown[] = []
for (const [set, dir] of Object.entries(sets)) {
  if (!existsSync(dir)) continue
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ink.json')).sort()) {
    const ink = parseInk(readFileSync(path.join(dir, f), 'utf8'), f)
    const prepared = prepare({ strokes: ink.strokes, renders: RENDERS })
    const readings = []
    for (const p of prepared) {
      const rs = []
      for (const png of p.pngs) rs.push(await engine.readLine(png!))
      readings.push(rs)
    }
    pages.push({ set, file: f, writer: ink.writer ?? f, language: ink.language, ref: ink.text, lines: prepared.map((p) => p.line), readings })
    console.error(set, f, prepared.length)
  }
}
await engine.terminate()
writeFileSync(out, JSON.stringify({ renders: RENDERS, pages }))
