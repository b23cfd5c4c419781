// Research aid: scores finishPage variants on dumped readings (see dump-readings.ts).
// Usage: node --experimental-transform-types scripts/exp/eval-readings.ts A.json[,B.json] [variants...]
import { readFileSync } from 'node:fs'
import { cer, glyphCer, normaliseTranscript } from '../../src/core/ink/cer.ts'
import { finishPage, CHAR_MODEL_WEIGHTS, type CharModelWeights } from '../../src/ocr/pipeline.ts'
import { loadCharLm, type CharLm } from '../../src/ocr/language/charLm.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import type { InkLine } from '../../src/ocr/lines/lines.ts'

interface Page { set: string; file: string; writer: string; language?: string; ref: string; lines: InkLine[]; readings: LineReading[][] }
const dumps = (process.argv[2] ?? '/tmp/readings.json').split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as { pages: Page[] })
// Join the renderings of several dumps page by page (same pages, same lines).
const pages: Page[] = dumps[0]!.pages.map((p, i) => ({ ...p, readings: p.readings.map((rs, l) => dumps.flatMap((d) => d.pages[i]!.readings[l] ?? [])) }))
const models: Record<string, CharLm> = {}
for (const l of ['python', 'javascript']) models[l] = loadCharLm(JSON.parse(readFileSync(`${process.env.LMDIR ?? "src/ocr/models"}/${l}.charlm.json`, 'utf8')))
type V = { name: string; renders: number[]; lm: boolean; weights?: CharModelWeights; correct: boolean; vote: boolean; spelling: boolean }
const parseV = (spec: string): V => {
  // e.g. "r=0,1,2;lm;choose=1;vote=4" or "r=0-7"
  const o = Object.fromEntries(spec.split(';').map((kv) => kv.split('=') as [string, string?]))
  const r = (o.r ?? "0-2").split(",").flatMap((part: string) => {
    const [a, b] = part.split('-').map(Number)
    return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i)
  })
  const weights: CharModelWeights = { choose: Number(o.choose ?? CHAR_MODEL_WEIGHTS.choose), combine: o.vote === '0' ? null : { vote: Number(o.vote ?? CHAR_MODEL_WEIGHTS.combine?.vote ?? 4), lm: Number(o.clm ?? 1), grammar: Number(o.gram ?? CHAR_MODEL_WEIGHTS.combine?.grammar ?? 0), beam: Number(o.beam ?? 64) } }
  return { name: spec, renders: r, lm: 'lm' in o, weights, correct: !('nocorrect' in o), vote: !('novote' in o), spelling: !('nospell' in o) }
}
const variants = (process.argv.slice(3).length ? process.argv.slice(3) : ['r=0-2', 'r=0-2;lm', `r=0-${pages[0]!.readings[0]!.length - 1};lm`]).map(parseV)
for (const set of [...new Set(pages.map((p) => p.set))].filter((s) => !process.env.SETS || process.env.SETS.split(',').includes(s))) {
  const ps = pages.filter((p) => p.set === set)
  console.log(`== ${set} (${ps.length})`)
  for (const v of variants) {
    let e = 0, n = 0, ge = 0, gn = 0
    const ms: number[] = []
    const perWriter = new Map<string, [number, number]>()
    for (const p of ps) {
      const tf = performance.now()
      const { text } = finishPage({ lines: p.lines, readings: p.readings.map((rs) => v.renders.map((k) => rs[k]!)), language: p.language, correct: v.correct, vote: v.vote, spelling: v.spelling }, v.lm ? models[p.language ?? ''] : undefined, v.weights)
      ms.push(performance.now() - tf)
      if (process.env.SHOW && p.file.includes(process.env.SHOW)) console.log(`--- ${p.file}\n${text}\n--- ref\n${p.ref}`)
      const len = normaliseTranscript(p.ref).length
      const gl = p.ref.replace(/\s+/g, '').length
      e += cer(text, p.ref) * len; n += len
      ge += glyphCer(text, p.ref) * gl; gn += gl
      const w = perWriter.get(p.writer) ?? [0, 0]
      perWriter.set(p.writer, [w[0] + cer(text, p.ref) * len, w[1] + len])
    }
    console.log(`${v.name.padEnd(34)} CER ${(100 * e / n).toFixed(1)}  glyph ${(100 * ge / gn).toFixed(1)}  finish median ${ms.sort((a, b) => a - b)[ms.length >> 1]!.toFixed(0)} ms/page` + (set === 'real' && process.env.PW ? '  ' + [...perWriter].map(([w, [a, b]]) => `${w}:${(100 * a / b).toFixed(0)}`).join(' ') : ''))
  }
}
