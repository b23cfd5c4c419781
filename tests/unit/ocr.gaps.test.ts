// Word gaps from horizontal gaps between stroke groups, relative to the x-height.
import { describe, expect, it } from 'vitest'
import { lineGaps, normaliseGaps } from '../../src/ocr/lines/gaps.ts'
import { letter, XH } from '../fixtures/ink/handmade.ts'

describe('lineGaps', () => {
  it('tells letter gaps from word gaps by the x-height', () => {
    // "ab cd": letters 4 px apart, words 1.4 x-heights apart
    const strokes = [letter(0, 100), letter(16, 100), letter(32 + 28, 100), letter(76 + 0, 100)]
    const gaps = lineGaps(strokes, [0, 1, 2, 3], XH)
    expect(gaps.map((g) => g.word)).toEqual([false, true, false])
    expect(gaps[1]!.to - gaps[1]!.from).toBeCloseTo(32, 0)
  })

  it('treats overlapping strokes (a t and its bar) as one group with no gap', () => {
    const t = letter(0, 100)
    const bar = { points: [[-2, 90], [14, 90]] as [number, number][] }
    expect(lineGaps([t, bar], [0, 1], XH)).toEqual([])
  })

  it('scales with the writer: the same gap is a word gap for small writing only', () => {
    const strokes = [letter(0, 100, { w: 10 }), letter(24, 100, { w: 10 })] // 14 px apart
    expect(lineGaps(strokes, [0, 1], 10)[0]!.word).toBe(true)
    expect(lineGaps(strokes, [0, 1], 40)[0]!.word).toBe(false)
  })
})

describe('normaliseGaps', () => {
  it('makes every word gap the same width and caps letter gaps', () => {
    const gaps = [
      { from: 10, to: 60, word: true },
      { from: 70, to: 90, word: false },
    ]
    const map = normaliseGaps(gaps, 20, 1, 1, 0.4)
    expect(map(60) - map(10)).toBeCloseTo(20)
    expect(map(90) - map(70)).toBeCloseTo(8)
    expect(map(5)).toBe(5)
  })
})
