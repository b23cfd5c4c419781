// OCR in Node: tesseract.js with the local English LSTM data, on a small
// synthetic fixture (two lines of neat single-stroke print, one indented).
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInk } from '../../src/core/ink/ink.ts'
import { cer } from '../../src/core/ink/cer.ts'
import { readPage } from '../../src/ocr/pipeline.ts'
import { startTesseract } from '../../src/ocr/engines/tesseract/tesseractEngine.ts'
import type { OcrEngine } from '../../src/ocr/engines/engine.ts'

const fixture = 'tests/fixtures/ink/unit/add.ink.json'

describe('OCR in Node', () => {
  let engine: OcrEngine
  beforeAll(async () => {
    engine = await startTesseract()
  }, 60_000)
  afterAll(async () => {
    await engine?.terminate()
  })

  it('reads a short handwritten function close to its transcript, indentation included', async () => {
    const ink = parseInk(readFileSync(fixture, 'utf8'), fixture)
    const t = await readPage(engine, ink, { language: ink.language })
    // Measured 0% on this fixture; 10% leaves room for engine/data updates.
    expect(cer(t.text, ink.text!)).toBeLessThan(0.1)
    expect(t.lines).toHaveLength(2)
    expect(t.lines[0]!.indent).toBe(0)
    expect(t.lines[1]!.indent).toBe(1)
    expect(t.text.split('\n')[1]).toMatch(/^ {4}\S/)
    // Each line keeps the strokes it came from, and every stroke is used once.
    const used = t.lines.flatMap((l) => l.strokeIds).sort((a, b) => a - b)
    expect(used).toEqual(ink.strokes.map((_, i) => i))
  })

  it('fails to start with a clear error instead of hanging when the language data is missing', async () => {
    await expect(startTesseract({ langPath: '/nonexistent-dir', startTimeoutMs: 3_000 })).rejects.toThrow(
      /^OCR engine did not start/,
    )
  })
})
