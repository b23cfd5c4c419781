// The PaddleOCR recogniser's decoding and input, on hand-made score matrices
// and images (the model itself is exercised by bench:ocr and the browser test).
import { describe, expect, it } from 'vitest'
import { classTable, ctcGreedy, parseDictionary, toAscii, toLineReading } from '../../src/ocr/engines/paddle/ctc.ts'
import { PP_HEIGHT, inkBox, targetWidth, toModelInput } from '../../src/ocr/engines/paddle/width.ts'
import { decodeGrayPng, encodeGrayPng, type GrayImage } from '../../src/ocr/render/png.ts'

// A tiny dictionary: classes are blank, "a", "b", "，" (full-width comma), "口" (not ASCII), then the space.
const table = classTable(parseDictionary('a\nb\n\uff0c\n\u53e3\n'))
const BLANK = 0,
  A = 1,
  B = 2,
  COMMA = 3,
  KOU = 4,
  SPACE = 5
/** Score rows, one a column: the named class gets `p`, the rest share what is left. */
function scores(cols: (number | [number, number, number])[]): Float32Array {
  const C = table.length
  const out = new Float32Array(cols.length * C)
  cols.forEach((c, t) => {
    const [k, p, second] = Array.isArray(c) ? c : [c, 0.9, -1]
    for (let j = 0; j < C; j++) out[t * C + j] = (1 - p) / (C - 1)
    out[t * C + k] = p
    if (second >= 0) out[t * C + second] = (1 - p) * 0.9
  })
  return out
}
const decode = (cols: (number | [number, number, number])[]) => ctcGreedy(scores(cols), cols.length, table.length, table).map((c) => c.text).join('')

describe('PaddleOCR CTC decoding', () => {
  it('maps its classes: blank first, the dictionary, the space last, full-width forms as ASCII, the rest as none', () => {
    expect(table).toEqual(['', 'a', 'b', ',', null, ' '])
    expect(toAscii('\uff08')).toBe('(')
    expect(toAscii('\u201c')).toBe('"')
    expect(toAscii('x')).toBe('x')
    expect(toAscii('\u4e2d')).toBeNull()
  })

  it('collapses repeated columns into one character and drops blanks', () => {
    expect(decode([A, A, A, BLANK, B, B, BLANK])).toBe('ab')
  })

  it('keeps a doubled letter that a blank separates', () => {
    expect(decode([A, A, BLANK, A, B])).toBe('aab')
    expect(decode([A, A, A])).toBe('a')
  })

  it('reads the space class as a space between words', () => {
    const cols = [A, SPACE, SPACE, B, COMMA]
    expect(decode(cols)).toBe('a b,')
    const reading = toLineReading(ctcGreedy(scores(cols), cols.length, table.length, table), cols.length, 50)
    expect(reading.text).toBe('a b,')
    expect(reading.words.map((w) => w.text)).toEqual(['a', 'b,'])
    // Extents in the image's pixels: 5 columns over 50 px.
    expect(reading.words[1]).toMatchObject({ x0: 30, x1: 50 })
  })

  it('chooses the best ASCII class where a non-ASCII class wins a column', () => {
    // "口" scores highest in the middle column, "b" second: the line is code, so "b".
    expect(decode([A, BLANK, [KOU, 0.6, B], BLANK])).toBe('ab')
  })

  it('gives each character the mean probability of its columns', () => {
    const chars = ctcGreedy(scores([[A, 0.9, -1], [A, 0.5, -1], BLANK]), 3, table.length, table)
    expect(chars).toHaveLength(1)
    expect(chars[0]!.prob).toBeCloseTo(0.7, 6)
    expect(chars[0]).toMatchObject({ from: 0, to: 1 })
  })

  it('refuses a score matrix whose classes do not match the dictionary', () => {
    expect(() => ctcGreedy(new Float32Array(12), 2, 6 + 1, table)).toThrow(/classes/)
  })
})

describe('PaddleOCR input width', () => {
  it('is the character count times the width per character, plus padding, never narrower than it is high', () => {
    expect(targetWidth(20)).toBe(20 * 14 + 16)
    expect(targetWidth(20, 12, 0)).toBe(240)
    expect(targetWidth(1)).toBe(PP_HEIGHT)
  })

  /** A white image with a black bar from (x0, y0) to (x1, y1). */
  const bar = (w: number, h: number, x0: number, y0: number, x1: number, y1: number): GrayImage => {
    const data = new Uint8Array(w * h).fill(255)
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = 0
    return { width: w, height: h, data }
  }

  it('crops the ink and stretches it to the asked width, whatever margin the rendering had', () => {
    const narrow = bar(40, 30, 10, 5, 20, 25)
    const wide = bar(400, 90, 100, 20, 200, 80)
    expect(inkBox(narrow)).toEqual({ x0: 10, y0: 5, x1: 20, y1: 25 })
    const a = toModelInput(narrow, 100),
      b = toModelInput(wide, 100)
    expect(a.length).toBe(3 * PP_HEIGHT * 100)
    // Both fill the same box: ink from x = 8 (the padding) to 92, y from 5 to 43; white (1) outside.
    for (const img of [a, b]) {
      expect(img[24 * 100 + 50]).toBeCloseTo(-1, 1)
      expect(img[24 * 100 + 9]).toBeLessThan(0)
      expect(img[24 * 100 + 4]).toBe(1)
      expect(img[2 * 100 + 50]).toBe(1)
      // Three equal channels.
      expect(img[PP_HEIGHT * 100 + 24 * 100 + 50]).toBe(img[24 * 100 + 50])
    }
  })

  it('gives a blank line an all-white input', () => {
    expect(toModelInput(bar(30, 30, 0, 0, 0, 0), 60).every((v) => v === 1)).toBe(true)
  })

  it('decodes the PNGs the renderer encodes', () => {
    const img = bar(17, 9, 3, 2, 9, 7)
    expect(decodeGrayPng(encodeGrayPng(img))).toEqual(img)
  })
})
