// PaddleOCR's real model in Node (onnxruntime-web's wasm, as in the browser): a real writer's line
// decoded greedily and under the character model of its language.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInk } from '../../src/core/ink/ink.ts'
import { levenshtein } from '../../src/core/ink/cer.ts'
import { ctcBeam } from '../../src/ocr/engines/paddle/ctc.ts'
import { PADDLE_BEAM, startPaddle, type PaddleEngine } from '../../src/ocr/engines/paddle/paddleEngine.ts'
import { charModelFor } from '../../src/ocr/language/charModels.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import { PADDLE_RENDERS } from '../../src/ocr/pipeline.ts'
import { renderLine } from '../../src/ocr/render/render.ts'

describe('PaddleOCR with its model', () => {
  let pp: PaddleEngine
  beforeAll(async () => {
    pp = await startPaddle()
  }, 60_000)
  afterAll(() => pp?.terminate())

  it('reads a joined hand far closer under the character model: spaces, "raise", the arguments', async () => {
    const file = new URL('../../../shared/ink/real/zhi2017-p1-Aman.ink.json', import.meta.url)
    const ink = parseInk(readFileSync(file, 'utf8'), 'zhi2017-p1-Aman.ink.json')
    const line = segmentLines(ink.strokes)[11]!
    const truth = 'raise KeyError(name, domain, path)'
    const png = renderLine(ink.strokes, line, PADDLE_RENDERS[0]!.render).png
    // 36 characters: what tesseract's quick set estimates for this line.
    const hint = { chars: 36, pxPerChar: PADDLE_RENDERS[0]!.pxPerChar }
    const greedy = (await pp.readLine(png, hint)).text
    const decoded = (await pp.readLine(png, { ...hint, language: 'python' })).text
    // Greedily: "Faise key ErrorCoamz, Jomarn, Path)".
    expect(levenshtein(greedy, truth)).toBeGreaterThanOrEqual(6)
    expect(levenshtein(decoded, truth)).toBeLessThanOrEqual(2)
    // Plain text has no character model: it is decoded greedily.
    expect((await pp.readLine(png, { ...hint, language: 'text' })).text).toBe(greedy)
  }, 60_000)

  it('keeps the letters the blank half hides when the blank counts for less (a joined hand, "if path is None or cookie.path == path:")', async () => {
    const file = new URL('../../../shared/ink/real/zhi2017-p1-Aman.ink.json', import.meta.url)
    const ink = parseInk(readFileSync(file, 'utf8'), 'zhi2017-p1-Aman.ink.json')
    const truth = 'if path is None or cookie.path == path:'
    const png = renderLine(ink.strokes, segmentLines(ink.strokes)[5]!, PADDLE_RENDERS[0]!.render).png
    // 34 characters: tesseract's quick set's estimate for this line.
    const hint = { chars: 34, pxPerChar: PADDLE_RENDERS[0]!.pxPerChar }
    const { columns, T } = await pp.readColumns(png, hint)
    const lm = (await charModelFor('python'))!
    const text = (blankPenalty: number) => ctcBeam(columns, T, lm, { ...PADDLE_BEAM, blankPenalty }).map((c) => c.text).join('')
    // The columns as the model gives them: "path is None.ph == path:", the "if" and "or cookie" lost.
    expect(levenshtein(text(0), truth)).toBeGreaterThanOrEqual(10)
    expect(PADDLE_BEAM.blankPenalty).toBeLessThan(0)
    expect(levenshtein(text(PADDLE_BEAM.blankPenalty!), truth)).toBeLessThanOrEqual(5)
    expect(levenshtein((await pp.readLine(png, { ...hint, language: 'python' })).text, truth)).toBe(levenshtein(text(PADDLE_BEAM.blankPenalty!), truth))
  }, 60_000)

  it('reads a SQL line under the SQL model: keywords a script hand writes like other letters', async () => {
    const name = 'synthetic-script/sql1.ink.json'
    const ink = parseInk(readFileSync(new URL(`../fixtures/ink/${name}`, import.meta.url), 'utf8'), name)
    const line = segmentLines(ink.strokes)[0]!
    const truth = 'SELECT name, COUNT(*) AS orders'
    const png = renderLine(ink.strokes, line, PADDLE_RENDERS[0]!.render).png
    const hint = { chars: truth.length, pxPerChar: PADDLE_RENDERS[0]!.pxPerChar }
    // Greedily: "bELECJ name, CQUNJ(*) A& orders".
    expect(levenshtein((await pp.readLine(png, hint)).text, truth)).toBeGreaterThanOrEqual(4)
    expect(levenshtein((await pp.readLine(png, { ...hint, language: 'sql' })).text, truth)).toBeLessThanOrEqual(1)
  }, 60_000)

  it('loads the weights tuned for handwritten code beside the stock ones, and the renderings that ask for them read better', async () => {
    expect(pp.name).toMatch(/stock and tuned for handwritten code/)
    const file = new URL('../fixtures/ink/synthetic-wide/py2.ink.json', import.meta.url)
    const ink = parseInk(readFileSync(file, 'utf8'), 'py2.ink.json')
    const want = ink.text!.split('\n').filter((l) => l.trim())
    let stock = 0
    let tuned = 0
    for (const [i, line] of segmentLines(ink.strokes).entries()) {
      const png = renderLine(ink.strokes, line, PADDLE_RENDERS[0]!.render).png
      const hint = { chars: want[i]!.trim().length, pxPerChar: 14 }
      stock += levenshtein((await pp.readLine(png, hint)).text, want[i]!.trim())
      tuned += levenshtein((await pp.readLine(png, { ...hint, weights: 'tuned' })).text, want[i]!.trim())
    }
    // Greedily, every line: 3 characters wrong with the stock weights, 1 with the tuned.
    expect(stock).toBeGreaterThanOrEqual(3)
    expect(tuned).toBeLessThan(stock)
    expect(PADDLE_RENDERS.filter((r) => r.tuned)).toHaveLength(13)
  }, 60_000)

  it('loads the stock weights alone when asked (the previous recogniser): a tuned rendering reads as a stock one', async () => {
    const stockOnly = await startPaddle({ weights: 'stock' })
    try {
      expect(stockOnly.name).not.toMatch(/tuned/)
      const ink = parseInk(readFileSync(new URL('../fixtures/ink/synthetic-wide/py2.ink.json', import.meta.url), 'utf8'), 'py2.ink.json')
      const png = renderLine(ink.strokes, segmentLines(ink.strokes)[0]!, PADDLE_RENDERS[0]!.render).png
      const hint = { chars: 20, pxPerChar: 14 }
      expect((await stockOnly.readLine(png, { ...hint, weights: 'tuned' })).text).toBe((await pp.readLine(png, hint)).text)
    } finally {
      await stockOnly.terminate()
    }
  }, 60_000)
})
