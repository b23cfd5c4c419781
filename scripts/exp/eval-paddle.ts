// Research aid: scores the combination of tesseract's quick readings with
// PaddleOCR's renderings on a paddle dump (dump-readings.ts with ENGINE=paddle,
// which keeps each line's quick tesseract readings), optionally with a full
// tesseract dump of the same pages joined (TESS=dump.json).
// Usage: node --experimental-transform-types scripts/exp/eval-paddle.ts PP.json "pp=0-7;q=3" "pp=0;q=0;raw" ...
//   pp=  PaddleOCR renderings (indexes of the dump's renders); q= tesseract quick readings (0-3);
//   vote=, lm=, gram=, choose= the combination's weights (default CHAR_MODEL_WEIGHTS);
//   t=   renderings of the joined tesseract dump instead of the quick ones; dup= each PaddleOCR reading counted this many times;
//   LMDIR=dir  character models from dir (default the shipped ones);
//   noenglish  no English word list (englishNames.ts);  raw  one reading, no finishing;  adapt  learn the writer from their other page first (sharp= its sharpness).  PW=1 prints per writer, PAGES=prefix writes each page's edits per spec; the two halves of the writers are always printed.
import { readFileSync, writeFileSync } from 'node:fs'
import { cer, glyphCer, normaliseTranscript } from '../../src/core/ink/cer.ts'
import { CHAR_MODEL_WEIGHTS, DEFAULT_RENDERS, finishPage, lineText, PADDLE_RENDERS } from '../../src/ocr/pipeline.ts'
import { emptyWriterModel, learnPage, sourceKey, type WriterModel } from '../../src/ocr/adapt/writerModel.ts'
import { loadCharLm, type CharLm } from '../../src/ocr/language/charLm.ts'
import { parseWords } from '../../src/ocr/language/englishWords.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import type { InkLine } from '../../src/ocr/lines/lines.ts'

interface Page { set: string; file: string; writer: string; language?: string; ref: string; lines: InkLine[]; readings: LineReading[][]; quick?: LineReading[][] }
const pp = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { pages: Page[] }
const tess = process.env.TESS ? (JSON.parse(readFileSync(process.env.TESS, 'utf8')) as { pages: Page[] }) : null
const english = parseWords(JSON.parse(readFileSync('src/ocr/language/models/english.words.json', 'utf8')))
const models: Record<string, CharLm> = {}
for (const l of ['python', 'javascript', 'sql']) models[l] = loadCharLm(JSON.parse(readFileSync(`${process.env.LMDIR ?? 'src/ocr/language/models'}/${l}.charlm.json`, 'utf8')))
const range = (spec: string | undefined, dflt: string) =>
  (spec ?? dflt).split(',').filter(Boolean).flatMap((part) => {
    const [a, b] = part.split('-').map(Number)
    return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i)
  })
export function linesFor(p: Page, spec: Record<string, string | undefined>): LineReading[][] {
  const ppIdx = range(spec.pp, '0-7')
  const q = Number(spec.q ?? 3)
  const dup = Number(spec.dup ?? 1)
  const t = tess?.pages.find((x) => x.file === p.file && x.set === p.set)
  return p.readings.map((rs, i) => {
    const tr = spec.t !== undefined && t ? range(spec.t, '').map((k) => t.readings[i]![k]!) : (p.quick?.[i] ?? []).slice(0, q)
    const pr = ppIdx.flatMap((k) => Array.from({ length: dup }, () => rs[k]!))
    return [...tr, ...pr]
  })
}
function sourcesFor(p: Page, spec: Record<string, string | undefined>): string[][] {
  const ppIdx = range(spec.pp, '0-7')
  const q = Number(spec.q ?? 3)
  const t = spec.t !== undefined ? range(spec.t, '') : Array.from({ length: q }, (_, k) => k)
  return p.readings.map((rs, i) => [
    ...t.slice(0, spec.t !== undefined ? t.length : Math.min(q, p.quick?.[i]?.length ?? 0)).map((k) => sourceKey('tesseract', DEFAULT_RENDERS[k])),
    ...ppIdx.map((k) => sourceKey('paddle', PADDLE_RENDERS[k])),
  ])
}
const finish = (p: Page, spec: Record<string, string | undefined>, writer?: WriterModel | null) =>
  finishPage(
    { lines: p.lines, readings: linesFor(p, spec), sources: sourcesFor(p, spec), writer, language: p.language, confusions: !('noconf' in spec) },
    models[p.language ?? ''],
    { ...CHAR_MODEL_WEIGHTS, ...(spec.choose ? { choose: Number(spec.choose) } : {}), combine: { ...CHAR_MODEL_WEIGHTS.combine!, ...(spec.vote ? { vote: Number(spec.vote) } : {}), ...(spec.lm ? { lm: Number(spec.lm) } : {}), ...(spec.gram ? { grammar: Number(spec.gram) } : {}) } },
    Number(spec.sharp ?? NaN),
    'noenglish' in spec ? undefined : english,
  )
/** The writer's model learnt from their other pages (the answer known, as a corrected attempt gives it). */
function learnt(p: Page, spec: Record<string, string | undefined>): WriterModel {
  let m = emptyWriterModel()
  for (const o of pp.pages.filter((x) => x.writer === p.writer && x.file !== p.file)) {
    const readings = linesFor(o, spec), sources = sourcesFor(o, spec)
    const read = finish(o, spec).lines.map((l) => l.text)
    m = learnPage(m, { readings: readings.map((rs, i) => rs.map((r, k) => ({ text: lineText(r).text, source: sources[i]![k]! }))), read, corrected: o.ref })
  }
  return m
}
const halves = [['Aman', 'Carolyn', 'Christine', 'Claire', 'Jason', 'John'], ['Joseph', 'Josh', 'Lauren', 'Martin', 'Micayla', 'Mikel']]
for (const spec of process.argv.slice(3)) {
  const o = Object.fromEntries(spec.split(';').map((kv) => kv.split('=') as [string, string?])) as Record<string, string | undefined>
  let e = 0, n = 0, ge = 0, gn = 0
  const perWriter = new Map<string, [number, number]>()
  const pages: Record<string, { writer: string; edits: number; chars: number; text?: string }> = {}
  for (const p of pp.pages) {
    const readings = linesFor(p, o)
    const text = 'raw' in o ? readings.map((rs) => (rs[0] ? lineText(rs[0]).text : '')).join('\n') : finish(p, o, 'adapt' in o ? learnt(p, o) : null).text
    const len = normaliseTranscript(p.ref).length, gl = p.ref.replace(/\s+/g, '').length
    const c = cer(text, p.ref) * len
    e += c; n += len; ge += glyphCer(text, p.ref) * gl; gn += gl
    pages[p.set === 'real' ? p.file : `${p.set}/${p.file}`] = { writer: p.writer, edits: c, chars: len, ...(process.env.TEXTS ? { text } : {}) }
    const w = perWriter.get(p.writer) ?? [0, 0]
    perWriter.set(p.writer, [w[0] + c, w[1] + len])
  }
  if (process.env.PAGES) writeFileSync(`${process.env.PAGES}.${spec.replace(/[^\w.-]+/g, '_')}.json`, JSON.stringify(pages))
  const wm = (ws: string[]) => ws.map((w) => perWriter.get(w)).filter((x): x is [number, number] => !!x).map(([a, b]) => (100 * a) / b)
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  console.log(`${spec.padEnd(28)} CER ${((100 * e) / n).toFixed(1)}  glyph ${((100 * ge) / gn).toFixed(1)}  halves ${mean(wm(halves[0]!)).toFixed(1)} / ${mean(wm(halves[1]!)).toFixed(1)}` + (process.env.PW ? '  ' + [...perWriter].map(([w, [a, b]]) => `${w}:${((100 * a) / b).toFixed(0)}`).join(' ') : ''))
}
