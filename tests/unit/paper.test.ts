import { describe, expect, it } from 'vitest'
import { followWriting, PAPER_GEOMETRY, paperPattern, revealRect, viewportPage } from '../../src/core/board/paper'

describe('paper pattern', () => {
  it('moves and scales with the camera, as ink does', () => {
    const g = PAPER_GEOMETRY.ruledGap
    expect(paperPattern('ruled', { x: 0, y: 0, z: 1 })).toMatchObject({ mark: 'lines', period: g, offsetY: 0, marginX: PAPER_GEOMETRY.marginX })
    // Page y = g lies at screen (g + camera.y) * z; the first line on screen is that one modulo the period.
    const p = paperPattern('ruled', { x: -10, y: -30, z: 2 })
    expect(p.period).toBe(2 * g)
    expect(p.offsetY).toBeCloseTo((g - 30) * 2)
    expect(p.marginX).toBeCloseTo((PAPER_GEOMETRY.marginX - 10) * 2)
  })

  it('has no marks on blank paper or the whiteboard, and no margin off screen', () => {
    expect(paperPattern('blank', { x: 0, y: 0, z: 1 }).mark).toBe('none')
    expect(paperPattern('whiteboard', { x: 0, y: 0, z: 1 }).mark).toBe('none')
    expect(paperPattern('grid', { x: 0, y: 0, z: 1 }).marginX).toBeNull()
    expect(paperPattern('ruled', { x: -500, y: 0, z: 1 }).marginX).toBeNull()
  })
})

describe('the view follows the writing', () => {
  const view = viewportPage({ x: 0, y: 0, z: 1 }, 800, 1000)

  it('stays while the pen is in the upper part of the view', () => {
    expect(followWriting(view, 500)).toBe(0)
    expect(followWriting(view, 790)).toBe(0)
  })

  it('moves down by whole lines once the pen reaches the lowest fifth', () => {
    const dy = followWriting(view, 900)
    expect(dy).toBeGreaterThan(0)
    expect(dy % PAPER_GEOMETRY.ruledGap).toBe(0)
    // The last stroke then sits near the middle, with room below it.
    expect(900 - (view.y + dy)).toBeLessThanOrEqual(0.55 * view.h)
    expect(900 - (view.y + dy)).toBeGreaterThan(0.4 * view.h)
  })

  it('works at any zoom and scroll', () => {
    const v = viewportPage({ x: 0, y: -2000, z: 2 }, 800, 1000) // shows page y 2000..2500
    expect(v).toMatchObject({ y: 2000, h: 500 })
    expect(followWriting(v, 2300)).toBe(0)
    expect(followWriting(v, 2450)).toBeGreaterThan(0)
  })
})

describe('revealing the last lines', () => {
  const view = { x: 0, y: 0, w: 400, h: 300 }
  it('does nothing when they are in view', () => {
    expect(revealRect(view, { x: 50, y: 50, w: 100, h: 100 })).toEqual({ dx: 0, dy: 0 })
  })
  it('moves the least to show them', () => {
    expect(revealRect(view, { x: 50, y: 350, w: 100, h: 40 }, 10)).toEqual({ dx: 0, dy: 100 })
    expect(revealRect(view, { x: -40, y: 50, w: 100, h: 40 }, 10)).toEqual({ dx: -50, dy: 0 })
  })
  it('keeps the bottom (the last line) when the writing is taller than the view', () => {
    const r = revealRect(view, { x: 0, y: 0, w: 100, h: 1000 }, 10)
    expect(r.dy).toBe(1010 - 300)
  })
})
