// The reader that learns its writer: what it learns from a corrected page,
// how that changes the reading of the next page, and how it is stored,
// switched off and reset (fake IndexedDB).
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { confusionsOf, emptyWriterModel, learnPage, pairLines, sourceKey, sourceWeights, alignChars } from '../../src/ocr/adapt/writerModel.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { loadCharLm, trainCharLm } from '../../src/ocr/language/charLm.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import { ink, line } from '../fixtures/ink/handmade.ts'
import { defaultWriterRecord, deleteWriterRecord, loadWriterRecord, parseWriterRecord, resetWriterModel, saveWriterRecord, setWriterLearning } from '../../src/storage/writerModel.ts'

const T = (k: number) => sourceKey('tesseract', { k })
const P = (k: number) => sourceKey('paddle', { k })
const reading = (text: string): LineReading => ({ text, confidence: 80, words: text.split(' ').map((w) => ({ text: w, confidence: 80, x0: 0, x1: 1, symbols: [] })) })

/** A writer whose "a" tesseract reads as "o" and PaddleOCR reads right. */
const page = (lines: string[]) => ({
  readings: lines.map((l) => [
    { text: l.replace(/a/g, 'o'), source: T(0) },
    { text: l.replace(/a/g, 'o'), source: T(1) },
    { text: l, source: P(0) },
  ]),
  read: lines.map((l) => l.replace(/a/g, 'o')),
  corrected: lines.join('\n'),
})

describe('learning a writer', () => {
  it('pairs read lines with the corrected ones even when the candidate added or merged lines', () => {
    expect(pairLines(['x = 1', 'retum x'], ['x = 1', 'y = 2', 'return x'])).toEqual([
      [0, 0],
      [1, 2],
    ])
    expect(pairLines(['garbage !!!'], ['return total'])).toEqual([])
  })

  it('aligns a reading character by character with what was meant', () => {
    expect(alignChars('retum', 'return')).toEqual(['r', 'e', 't', 'u', 'n'])
    expect(alignChars('ab', 'b')).toEqual(['', 'b'])
  })

  it('counts, per source, how far its readings were from the corrected lines, and how many lines it learnt from', () => {
    const m = learnPage(emptyWriterModel(), page(['total = a + b', 'return data']))
    expect(m.lines).toBe(2)
    // "total=a+b" + "returndata": 4 a's of 19 glyphs misread by tesseract, none by paddle.
    expect(m.sources[T(0)]).toEqual({ edits: 4, chars: 19 })
    expect(m.sources[P(0)]).toEqual({ edits: 0, chars: 19 })
    // Two tesseract renderings, four a's each read as o; total's own o read right.
    expect(m.confusions!.tesseract!.o).toEqual({ a: 8, o: 2 })
    // Learning again adds up.
    expect(learnPage(m, page(['a = 1'])).lines).toBe(3)
  })

  it('trusts the renderings that read this writer well, and keeps weight 1 for what it has not learnt', () => {
    const m = learnPage(emptyWriterModel(), page(['total = a + b', 'return data', 'while a < b:', 'values.append(a)', 'break']))
    const [t0, p0, unknown] = sourceWeights(m, [T(0), P(0), P(9)])!
    expect(p0!).toBeGreaterThan(1)
    expect(t0!).toBeLessThan(1)
    expect(unknown).toBe(1)
    expect(sourceWeights(emptyWriterModel(), [T(0)])).toBeUndefined()
  })

  it("maps an engine's reading of this hand to what it stood for", () => {
    const m = learnPage(emptyWriterModel(), page(Array.from({ length: 8 }, () => 'a = data[a]')))
    const o = confusionsOf(m, 'tesseract')!('o')!
    expect(o.find((x) => x.text === 'a')!.p).toBeGreaterThan(0.5)
    expect(confusionsOf(m, 'paddle')!('o')).toBeUndefined() // paddle never read an "o" here
  })

  it('reads the next page better with what it learnt, and the same without it', () => {
    const lm = loadCharLm(trainCharLm(['x = 1', 'y = 2', 'if x:', 'return y'], 3, 1))
    const strokes = [...line(40, 100, [5]), ...line(40, 180, [5])]
    const lines = segmentLines(ink(strokes).strokes)
    expect(lines).toHaveLength(2)
    // Two tesseract renderings read "o" for this writer's "a"; PaddleOCR reads it right, but is outvoted.
    const req = {
      lines,
      readings: [['bo = 1', 'bo = 1', 'ba = 1'].map(reading), ['xo = 2', 'xo = 2', 'xa = 2'].map(reading)],
      sources: [[T(0), T(1), P(0)], [T(0), T(1), P(0)]],
      language: 'python',
    }
    expect(finishPage(req, lm).text).toBe('bo = 1\nxo = 2')
    const writer = learnPage(emptyWriterModel(), page(['total = a + b', 'return data', 'while a < b:', 'values.append(a)', 'a = 0']))
    expect(finishPage({ ...req, writer }, lm).text).toBe('ba = 1\nxa = 2')
    expect(finishPage({ ...req, writer: null }, lm).text).toBe('bo = 1\nxo = 2')
  })
})

describe('storing what was learnt', () => {
  it('starts switched on with nothing learnt, keeps what is saved, and resets to nothing learnt', async () => {
    await deleteWriterRecord()
    expect((await loadWriterRecord()).record).toEqual(defaultWriterRecord())
    const model = learnPage(emptyWriterModel(), page(['total = a + b']))
    await saveWriterRecord({ ...defaultWriterRecord(), model, updatedAt: 1 })
    expect((await loadWriterRecord()).record.model).toEqual(model)
    const off = await setWriterLearning(false)
    expect(off.enabled).toBe(false)
    expect(off.model.lines).toBe(1)
    const reset = await resetWriterModel()
    expect(reset.model).toEqual(emptyWriterModel())
    expect(reset.enabled).toBe(false) // the switch stays as it was
    expect((await loadWriterRecord()).record.model.lines).toBe(0)
  })

  it('reads a damaged or foreign record as nothing learnt, saying what and where', () => {
    const bad = parseWriterRecord({ ...defaultWriterRecord(), model: { ...emptyWriterModel(), lines: -3 } }, 'IndexedDB inkterview-reader/writer')
    expect(bad.record).toEqual(defaultWriterRecord())
    expect(bad.issue).toMatch(/inkterview-reader\/writer: model\.lines/)
    expect(parseWriterRecord({ schemaVersion: 99 }, 'IndexedDB inkterview-reader/writer').issue).toMatch(/schemaVersion/)
    expect(parseWriterRecord(undefined, 'IndexedDB inkterview-reader/writer')).toEqual({ record: defaultWriterRecord(), issue: null })
    // Fields a later version adds are kept.
    expect(parseWriterRecord({ ...defaultWriterRecord(), later: 1 }, 'IndexedDB inkterview-reader/writer').record).toMatchObject({ later: 1 })
  })

  it('refuses to save a record that would not read back', async () => {
    await expect(saveWriterRecord({ ...defaultWriterRecord(), model: { ...emptyWriterModel(), lines: 1.5 } })).rejects.toThrow()
  })
})
