import { createShapeId, type TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { inkFromShapes, shapesFromInk } from '../../src/canvas/inkShapes'
import type { InkDocument } from '../../src/core/ink/ink'

// Turns partials into full-enough records for inkFromShapes (what the store would hold).
const asShapes = (ink: InkDocument): TLShape[] =>
  shapesFromInk(ink, () => createShapeId()).map(
    (p, i) =>
      ({
        ...p,
        rotation: 0,
        index: `a${i + 1}`,
        props: { scaleX: 1, scaleY: 1, scale: 1, ...p.props },
      }) as unknown as TLShape,
  )

describe('ink extraction from canvas records', () => {
  const ink: InkDocument = {
    format: 'ink/v1',
    startedAt: 1_700_000_000_000,
    strokes: [
      { points: [[10, 20, 0.5, 0], [20, 22, 0.6, 40], [30, 25, 0.7, 80]] },
      { points: [[100, 20, 0.5, 500], [110, 40, 0.5, 560]] },
    ],
  }

  it('round-trips strokes through draw shapes in page coordinates, in drawing order', () => {
    const out = inkFromShapes(asShapes(ink).reverse())
    expect(out.strokes).toHaveLength(2)
    const [a, b] = out.strokes
    expect(a!.points.map((p) => [Math.round(p[0]), Math.round(p[1])])).toEqual([[10, 20], [20, 22], [30, 25]])
    expect(b!.points[1]![0]).toBeCloseTo(110, 0)
    expect(b!.points[1]![1]).toBeCloseTo(40, 0)
    // Times are pen-down/pen-up spread over the points, relative to the first stroke.
    expect(a!.points.map((p) => p[3])).toEqual([0, 40, 80])
    expect(b!.points.map((p) => p[3])).toEqual([500, 560])
    expect(out.startedAt).toBe(ink.startedAt)
  })

  it('ignores shapes that are not handwriting', () => {
    const geo = { id: createShapeId(), type: 'geo', x: 0, y: 0, rotation: 0, index: 'a0', props: {}, meta: {} }
    const out = inkFromShapes([geo as unknown as TLShape, ...asShapes(ink)])
    expect(out.strokes).toHaveLength(2)
  })

  it('applies a shape rotation', () => {
    const [shape] = asShapes({ format: 'ink/v1', strokes: [{ points: [[0, 0], [10, 0]] }] })
    const rotated = { ...shape!, rotation: Math.PI / 2 } as TLShape
    const p = inkFromShapes([rotated]).strokes[0]!.points.at(-1)!
    expect(p[0]).toBeCloseTo(0, 1)
    expect(p[1]).toBeCloseTo(10, 1)
  })

  it('carries extra fields and gives a blank page for no shapes', () => {
    expect(inkFromShapes([], { language: 'python' })).toEqual({ format: 'ink/v1', strokes: [], language: 'python' })
  })

  it('gives the same stroke object for a shape that has not changed, and a new one for a moved shape', () => {
    const shapes = asShapes(ink)
    const first = inkFromShapes(shapes)
    const again = inkFromShapes(shapes)
    expect(again.strokes[0]).toBe(first.strokes[0])
    expect(again.strokes[1]).toBe(first.strokes[1])
    const moved = [shapes[0]!, { ...shapes[1]!, x: shapes[1]!.x + 50 } as TLShape]
    const after = inkFromShapes(moved)
    expect(after.strokes[0]).toBe(first.strokes[0])
    expect(after.strokes[1]).not.toBe(first.strokes[1])
    expect(after.strokes[1]!.points[0]![0]).toBeCloseTo(150, 0)
    // Erasing the first stroke moves the page's start: the times of the one left are relative to it.
    const alone = inkFromShapes([shapes[1]!])
    expect(alone.strokes[0]!.points.map((p) => p[3])).toEqual([0, 60])
  })
})
