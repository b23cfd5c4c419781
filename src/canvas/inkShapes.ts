// Converts between tldraw's draw-shape records and ink/v1 strokes. tldraw is
// the source of truth while writing (it owns erase and undo); ink is what we
// store, score and replay. Pure data in, pure data out: no editor, no DOM.
import { b64Vecs, getPointsFromDrawSegments, type TLDrawShape, type TLShape, type TLShapePartial } from 'tldraw'
import type { InkDocument, InkPoint, InkStroke } from '../core/ink/ink'

/** Timing we keep on each draw shape's `meta` (epoch ms at pen down / pen up). */
export interface StrokeTiming {
  t0?: number
  t1?: number
}

const isDraw = (s: TLShape): s is TLDrawShape => s.type === 'draw'

const round = (n: number, places: number) => {
  const f = 10 ** places
  return Math.round(n * f) / f
}

// tldraw's records are immutable, so a shape that has not changed gives the same
// stroke object. With 3,000 strokes on the page, decoding every shape after each
// new stroke cost a long task; reused strokes also let the autosave's and the OCR
// worker's caches (serializeInk, strokeSync) skip what they have already seen.
const strokeCache = new WeakMap<TLDrawShape, { firstT0: number | undefined; stroke: InkStroke | null }>()

function strokeOf(shape: TLDrawShape, firstT0: number | undefined): InkStroke | null {
  const hit = strokeCache.get(shape)
  if (hit && hit.firstT0 === firstT0) return hit.stroke
  const stroke = decodeStroke(shape, firstT0)
  strokeCache.set(shape, { firstT0, stroke })
  return stroke
}

function decodeStroke(shape: TLDrawShape, firstT0: number | undefined): InkStroke | null {
  const pts = getPointsFromDrawSegments(shape.props.segments, shape.props.scaleX, shape.props.scaleY)
  if (!pts.length) return null
  const cos = Math.cos(shape.rotation)
  const sin = Math.sin(shape.rotation)
  const { t0, t1 } = (shape.meta ?? {}) as StrokeTiming
  const n = pts.length
  const points: InkPoint[] = pts.map((p, i) => {
    const x = shape.x + p.x * cos - p.y * sin
    const y = shape.y + p.x * sin + p.y * cos
    const pressure = round(typeof p.z === 'number' && Number.isFinite(p.z) ? Math.min(1, Math.max(0, p.z)) : 0.5, 3)
    if (t0 === undefined || firstT0 === undefined) return [round(x, 2), round(y, 2), pressure]
    const end = t1 ?? t0
    const t = t0 - firstT0 + (n > 1 ? ((end - t0) * i) / (n - 1) : 0)
    return [round(x, 2), round(y, 2), pressure, Math.round(t)]
  })
  return { points }
}

/**
 * Builds the ink document from the page's shapes: draw shapes only, in the order
 * they were drawn, in page coordinates. tldraw keeps no per-point times, so a
 * stroke's points are spread evenly between its pen-down and pen-up times.
 */
export function inkFromShapes(shapes: readonly TLShape[], extra: Partial<InkDocument> = {}): InkDocument {
  const draws = shapes.filter(isDraw)
  const timing = (s: TLDrawShape) => (s.meta ?? {}) as StrokeTiming
  const order = draws
    .map((shape, i) => ({ shape, i, t0: timing(shape).t0 ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.t0 - b.t0 || (a.shape.index < b.shape.index ? -1 : a.shape.index > b.shape.index ? 1 : a.i - b.i))
  const firstT0 = order.find((o) => Number.isFinite(o.t0))?.t0
  const strokes: InkStroke[] = []
  for (const { shape } of order) {
    const stroke = strokeOf(shape, firstT0)
    if (stroke) strokes.push(stroke)
  }
  const doc: InkDocument = { ...extra, format: 'ink/v1', strokes }
  if (firstT0 !== undefined) doc.startedAt = firstT0
  return doc
}

/**
 * Draw-shape partials that redraw an ink document (resume, replay, review).
 * Each stroke keeps its timing in `meta`, so a later inkFromShapes round-trips.
 */
export function shapesFromInk(ink: InkDocument, makeId: () => TLShapePartial['id']): TLShapePartial<TLDrawShape>[] {
  const base = typeof ink.startedAt === 'number' ? ink.startedAt : undefined
  return ink.strokes.map((stroke) => {
    const x0 = stroke.points[0]![0]
    const y0 = stroke.points[0]![1]
    const local = stroke.points.map((p) => ({ x: p[0] - x0, y: p[1] - y0, z: p[2] ?? 0.5 }))
    const first = stroke.points[0]![3]
    const last = stroke.points[stroke.points.length - 1]![3]
    const meta: StrokeTiming = {}
    if (base !== undefined && first !== undefined) {
      meta.t0 = base + first
      meta.t1 = base + (last ?? first)
    }
    return {
      id: makeId(),
      type: 'draw',
      x: x0,
      y: y0,
      meta: meta as Record<string, number>,
      props: {
        segments: [{ type: 'free', path: b64Vecs.encodePoints(local, 3), dim: 3 }],
        isComplete: true,
      },
    }
  })
}
