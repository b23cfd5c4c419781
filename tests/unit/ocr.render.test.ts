// Line renderings for the engine: scaled to the asked x-height, widened by
// stretchX, leaned by shear and stood upright by deslant.
import { describe, expect, it } from 'vitest'
import { renderLine } from '../../src/ocr/render/render.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { GrayImage } from '../../src/ocr/render/png.ts'
import type { InkStroke } from '../../src/core/ink/ink.ts'
import { line, XH } from '../fixtures/ink/handmade.ts'

/** Mean x of the dark pixels a quarter of the way down the ink minus three quarters of the way (rows of 3 px, clear of the pen's round ends). */
function leanOf(img: GrayImage): number {
  const rows: number[] = []
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < 128) rows.push(y)
  const top = Math.min(...rows),
    bottom = Math.max(...rows)
  const meanX = (y0: number, y1: number) => {
    let s = 0,
      n = 0
    for (let y = y0; y <= y1; y++)
      for (let x = 0; x < img.width; x++)
        if (img.data[y * img.width + x]! < 128) {
          s += x
          n++
        }
    return s / n
  }
  const at = (f: number) => Math.round(top + f * (bottom - top))
  return meanX(at(0.25) - 1, at(0.25) + 1) - meanX(at(0.75) - 1, at(0.75) + 1)
}

/** Vertical bars XH tall, leaning by `lean` (dx per unit of height, positive to the right). */
function bars(lean: number): InkStroke[] {
  return Array.from({ length: 6 }, (_, i) => ({ points: [[100 + i * 16, 100] as [number, number], [100 + i * 16 + lean * XH, 100 - XH] as [number, number]] }))
}

describe('renderLine', () => {
  const strokes = line(40, 100, [3, 4])
  const [l] = segmentLines(strokes)

  it('scales the line to the asked x-height', () => {
    const small = renderLine(strokes, l!, { xHeight: 15 })
    const big = renderLine(strokes, l!, { xHeight: 30 })
    expect(big.scale / small.scale).toBeCloseTo(2, 5)
    expect(big.image.height / small.image.height).toBeGreaterThan(1.8)
  })

  it('widens the ink by stretchX, and maps image x back onto the ink', () => {
    const plain = renderLine(strokes, l!, { xHeight: 20 })
    const wide = renderLine(strokes, l!, { xHeight: 20, stretchX: 1.5 })
    const margin = Math.round(20 * 1.2)
    expect((wide.image.width - 2 * margin) / (plain.image.width - 2 * margin)).toBeCloseTo(1.5, 1)
    expect(wide.toInkX(margin)).toBeCloseTo(plain.toInkX(margin), 5)
  })

  it('leans upright writing by shear, and stands leaning writing upright with deslant', () => {
    const upright = bars(0)
    const [u] = segmentLines(upright)
    expect(Math.abs(leanOf(renderLine(upright, u!, { xHeight: 20 }).image))).toBeLessThan(1.5)
    expect(leanOf(renderLine(upright, u!, { xHeight: 20, shear: 0.3 }).image)).toBeGreaterThan(3)
    expect(leanOf(renderLine(upright, u!, { xHeight: 20, shear: -0.3 }).image)).toBeLessThan(-3)
    const leaning = bars(0.4)
    const [w] = segmentLines(leaning)
    expect(leanOf(renderLine(leaning, w!, { xHeight: 20 }).image)).toBeGreaterThan(3)
    expect(Math.abs(leanOf(renderLine(leaning, w!, { xHeight: 20, deslant: true }).image))).toBeLessThan(1.5)
  })
})
