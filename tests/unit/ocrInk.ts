// Hand-made inks for the OCR unit tests: "letters" are small zigzags of a
// given x-height, so geometry can be asserted without a font.
import type { InkDocument, InkStroke } from '../../src/core/ink/ink.ts'

export const XH = 20

/** One letter-like stroke: a zigzag XH tall (taller with `ascender`), left edge at x, baseline at y. */
export function letter(x: number, y: number, opts: { w?: number; ascender?: boolean; descender?: boolean; slope?: number } = {}): InkStroke {
  const w = opts.w ?? 12
  const top = y - (opts.ascender ? 2 * XH : XH)
  const bottom = opts.descender ? y + 0.8 * XH : y
  const s = opts.slope ?? 0
  const pts: [number, number][] = [
    [x, bottom],
    [x + w * 0.25, top],
    [x + w * 0.5, bottom],
    [x + w * 0.75, top],
    [x + w, bottom],
  ]
  return { points: pts.map(([px, py]) => [px, py + s * px] as [number, number]) }
}

export function dot(x: number, y: number): InkStroke {
  return { points: [[x, y], [x + 1.5, y + 1]] }
}

/** A word of n letters starting at x; returns strokes and the x after it. */
export function word(x: number, y: number, n: number, slope = 0): { strokes: InkStroke[]; end: number } {
  const strokes: InkStroke[] = []
  for (let i = 0; i < n; i++) strokes.push(letter(x + i * 16, y, { slope, ascender: i === 1, descender: i === n - 1 && n > 3 }))
  return { strokes, end: x + n * 16 }
}

/** A line of words (letter counts) starting at x. */
export function line(x: number, y: number, words: number[], slope = 0): InkStroke[] {
  const out: InkStroke[] = []
  let cx = x
  for (const n of words) {
    const w = word(cx, y, n, slope)
    out.push(...w.strokes)
    cx = w.end + 28 // word gap 1.4 XH
  }
  return out
}

export const ink = (strokes: InkStroke[], extra: Partial<InkDocument> = {}): InkDocument => ({ format: 'ink/v1', strokes, ...extra })
