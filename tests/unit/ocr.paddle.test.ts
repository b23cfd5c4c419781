// The PaddleOCR recogniser's decoding and input, on hand-made score matrices
// and images (the model itself is exercised by bench:ocr and the browser test).
import { describe, expect, it } from 'vitest'
import { ASCII_COLUMNS, asciiColumns, classTable, ctcBeam, ctcGreedy, lessBlank, parseDictionary, toAscii, toLineReading, type PrefixScorer } from '../../src/ocr/engines/paddle/ctc.ts'
import { PP_HEIGHT, inkBox, targetWidth, toModelInput } from '../../src/ocr/engines/paddle/width.ts'
import { decodeGrayPng, encodeGrayPng, type GrayImage } from '../../src/ocr/render/png.ts'
import { charEstimate, PADDLE_RENDERS, paddleKey } from '../../src/ocr/pipeline.ts'

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

describe('PaddleOCR beam decoding under a character model', () => {
  /** ASCII columns (asciiColumns' layout), one per entry: character -> probability, the blank taking the rest. */
  function cols(rows: Record<string, number>[]): Float32Array {
    const out = new Float32Array(rows.length * ASCII_COLUMNS)
    rows.forEach((r, t) => {
      let rest = 1
      for (const [ch, p] of Object.entries(r)) {
        out[t * ASCII_COLUMNS + ch.charCodeAt(0) - 0x1f] = p
        rest -= p
      }
      out[t * ASCII_COLUMNS] = rest
    })
    return out
  }
  const flat: PrefixScorer = { extendLogProb: (_p, added, end) => (added.length + (end ? 1 : 0)) * -2 }
  const beam = (rows: Record<string, number>[], lm: PrefixScorer = flat, lmWeight = 0) =>
    ctcBeam(cols(rows), rows.length, lm, { lmWeight, charBonus: 0 }).map((c) => c.text).join('')

  it('folds the classes onto the blank and printable ASCII, a full-width comma counting as a comma', () => {
    const m = asciiColumns(scores([[COMMA, 0.5, B]]), 1, table.length, table)
    expect(m.length).toBe(ASCII_COLUMNS)
    expect(m[','.charCodeAt(0) - 0x1f]).toBeCloseTo(0.5)
    expect(m['b'.charCodeAt(0) - 0x1f]).toBeCloseTo(0.45)
    // "口" is dropped: the column keeps everything but its score.
    const row = scores([[COMMA, 0.5, B]])
    expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(row.reduce((a, b) => a + b, 0) - row[KOU]!, 5)
  })

  it('reads what greedy decoding reads where every column is clear', () => {
    expect(beam([{ a: 0.9 }, { a: 0.9 }, {}, { b: 0.9 }, { ' ': 0.9 }, { c: 0.9 }])).toBe('ab c')
    expect(beam([{ a: 0.9 }, {}, { a: 0.9 }])).toBe('aa')
    expect(beam([{ a: 0.9 }, { a: 0.9 }])).toBe('a')
  })

  it('keeps a letter whose columns the blank wins one by one but the letter wins over all of them', () => {
    // Greedy: blank, blank -> "". The paths that write "t" (t-, -t, tt) hold 0.64 of the probability.
    const rows: Record<string, number>[] = [{ t: 0.4 }, { t: 0.4 }, {}, { o: 0.9 }]
    expect(ctcGreedy(cols(rows), rows.length, ASCII_COLUMNS, ['', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 0x20))]).map((c) => c.text).join('')).toBe('o')
    expect(beam(rows)).toBe('to')
  })

  it('lets the character model choose between two shapes the columns cannot tell apart', () => {
    const rows: Record<string, number>[] = [{ x: 0.9 }, { ' ': 0.9 }, { '=': 0.9 }, { ' ': 0.9 }, { '0': 0.45, O: 0.5 }]
    expect(beam(rows)).toBe('x = O')
    // A model that finds "O" after "= " a thousand times less likely than anything else.
    const digitsAfterEquals: PrefixScorer = { extendLogProb: (prefix, added) => (prefix.endsWith('= ') && added === 'O' ? -3 : -0.1 * added.length) }
    expect(beam(rows, digitsAfterEquals, 0.5)).toBe('x = 0')
  })

  it('with less blank, keeps a faint letter the blank wins in every column and over all of them', () => {
    // "t" at 0.2 against a blank at 0.8 in one column: no alignment writing it comes near the blank's.
    const rows: Record<string, number>[] = [{ t: 0.2 }, {}, { o: 0.9 }]
    expect(beam(rows)).toBe('o')
    const lessened = (r: Record<string, number>[], penalty: number) =>
      ctcBeam(cols(r), r.length, flat, { lmWeight: 0, charBonus: 0, blankPenalty: penalty }).map((c) => c.text).join('')
    expect(lessened(rows, -2)).toBe('to')
    // Clear columns read as before: a blank-only column still parts a doubled letter, a held letter stays one.
    expect(lessened([{ a: 0.9 }, { a: 0.9 }, {}, { b: 0.9 }, { ' ': 0.9 }, { c: 0.9 }], -5)).toBe('ab c')
    expect(lessened([{ a: 0.9 }, {}, { a: 0.9 }], -5)).toBe('aa')
    expect(lessened([{ a: 0.9 }, { a: 0.9 }], -5)).toBe('a')
  })

  it('with a repeat allowance, lets the character model double a letter no blank parts ("coo" of "cookie", "))")', () => {
    const rows: Record<string, number>[] = [{ c: 0.9 }, { o: 0.9 }, { o: 0.9 }, { k: 0.9 }]
    // A model that expects "oo" after "c": without the allowance CTC cannot write it.
    const likesDouble: PrefixScorer = { extendLogProb: (prefix, added) => (prefix === 'co' ? (added === 'o' ? -0.05 : -3) : -0.3 * added.length) }
    const run = (repeatPenalty?: number) =>
      ctcBeam(cols(rows), rows.length, likesDouble, { lmWeight: 1, charBonus: 0, ...(repeatPenalty === undefined ? {} : { repeatPenalty }) }).map((c) => c.text).join('')
    expect(run()).not.toContain('oo')
    expect(run(-0.5)).toBe('cook')
    // Only the characters it is given may double.
    const only = (repeatable: RegExp) =>
      ctcBeam(cols(rows), rows.length, likesDouble, { lmWeight: 1, charBonus: 0, repeatPenalty: -0.5, repeatable }).map((c) => c.text).join('')
    expect(only(/[^o]/)).not.toContain('oo')
    expect(only(/[a-z]/)).toBe('cook')
    // Columns alone keep a held letter single: the allowance by itself writes nothing.
    expect(ctcBeam(cols(rows), rows.length, flat, { lmWeight: 0, charBonus: 0, repeatPenalty: -0.5 }).map((c) => c.text).join('')).toBe('cok')
  })

  it('lessens the blank and the space by the factor against the characters, each column keeping its total', () => {
    const before = cols([{ a: 0.1, ' ': 0.3 }, {}])
    const after = lessBlank(before, 2, 0.5)
    const at = (m: Float32Array, t: number, ch: string) => m[t * ASCII_COLUMNS + (ch === '' ? 0 : ch.charCodeAt(0) - 0x1f)]!
    // Column 0: blank 0.6, space 0.3, a 0.1 -> 0.3, 0.15, 0.1, scaled by 1 / 0.55.
    expect(at(after, 0, '')).toBeCloseTo(0.3 / 0.55, 5)
    expect(at(after, 0, ' ')).toBeCloseTo(0.15 / 0.55, 5)
    expect(at(after, 0, 'a')).toBeCloseTo(0.1 / 0.55, 5)
    expect(after.subarray(0, ASCII_COLUMNS).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5)
    // A column of nothing but blank stays as it was; a factor of 1 changes nothing.
    expect(at(after, 1, '')).toBeCloseTo(1, 5)
    expect([...lessBlank(before, 2, 1)]).toEqual([...before])
  })

  it('gives each character its columns and their mean probability, as greedy decoding does', () => {
    const out = ctcBeam(cols([{ a: 0.9 }, { a: 0.7 }, {}, { b: 0.8 }]), 4, flat, { lmWeight: 0, charBonus: 0 })
    expect(out).toEqual([
      { text: 'a', prob: expect.closeTo(0.8, 5), from: 0, to: 1 },
      { text: 'b', prob: expect.closeTo(0.8, 5), from: 3, to: 3 },
    ])
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

  it("takes a line's length from the quick readings that have text: an empty one is a failed reading, not a short line", () => {
    const reading = (text: string) => ({ text, confidence: text ? 80 : 0, words: [] })
    // A wide hand's "raise KeyError(name, domain, path)": two of tesseract's three quick readings came back empty.
    expect(charEstimate([reading(''), reading('WN lors Eror (ros dno, coli)'), reading('')])).toBe(28)
    expect(charEstimate([reading('return x'), reading('retum x'), reading('return  x')])).toBe(8)
    expect(charEstimate([reading('ab'), reading('abcd')])).toBe(3)
    // Nothing read: the line's ink says, 0.8 characters per x-height of its width (a cursive
    // "def count_lines(path):", 570 wide at a 23 x-height: 20 for its 22); without the line, unknown.
    expect(charEstimate([reading(''), reading('')], { minX: 36, maxX: 606, xHeight: 23 })).toBe(20)
    expect(charEstimate([reading('ab')], { minX: 36, maxX: 606, xHeight: 23 })).toBe(2)
    expect(charEstimate([reading(''), reading('')])).toBe(0)
    expect(charEstimate([])).toBe(0)
  })

  it("keeps a reading decoded with another blank penalty apart from the shipped one's in the cache", () => {
    const r = PADDLE_RENDERS[0]!
    // The app passes no penalty, so its live reading and Done share keys; a bench variant's never collide with them.
    expect(paddleKey('line', r, 20, 'python')).toBe(paddleKey('line', r, 20, 'python', undefined))
    expect(paddleKey('line', r, 20, 'python', 0)).not.toBe(paddleKey('line', r, 20, 'python'))
    expect(paddleKey('line', r, 20, 'python', 0)).not.toBe(paddleKey('line', r, 20, 'python', -5))
  })

  it('decodes the PNGs the renderer encodes', () => {
    const img = bar(17, 9, 3, 2, 9, 7)
    expect(decodeGrayPng(encodeGrayPng(img))).toEqual(img)
  })
})
