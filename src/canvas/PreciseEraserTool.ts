// A precise eraser: rubs out only the ink under it, splitting a stroke in two
// where it passes through. tldraw's own eraser takes whole strokes; this is a
// custom tool beside it (not a fork). Each piece keeps the stroke's style and
// its share of the pen-down..pen-up time, so replay and the timeline still
// read it; one rub is one undo step.
import { b64Vecs, createShapeId, getPointsFromDrawSegments, StateNode, type TLDrawShape, type TLShapePartial, type TLStateNodeConstructor } from 'tldraw'
import type { StrokeTiming } from './inkShapes'

/** Radius of the rubber, in screen px (so it feels the same at any zoom). */
const RADIUS = 8

interface PagePoint {
  x: number
  y: number
  z: number
}

function pagePoints(shape: TLDrawShape): PagePoint[] {
  const cos = Math.cos(shape.rotation)
  const sin = Math.sin(shape.rotation)
  return getPointsFromDrawSegments(shape.props.segments, shape.props.scaleX, shape.props.scaleY).map((p) => ({
    x: shape.x + p.x * cos - p.y * sin,
    y: shape.y + p.x * sin + p.y * cos,
    z: typeof p.z === 'number' ? p.z : 0.5,
  }))
}

/** Runs of consecutive points (index ranges) that lie farther than `r` from (cx, cy). */
export function survivingRuns(points: readonly { x: number; y: number }[], cx: number, cy: number, r: number): [number, number][] {
  const runs: [number, number][] = []
  let start = -1
  points.forEach((p, i) => {
    const keep = Math.hypot(p.x - cx, p.y - cy) > r
    if (keep && start < 0) start = i
    if (!keep && start >= 0) {
      runs.push([start, i - 1])
      start = -1
    }
  })
  if (start >= 0) runs.push([start, points.length - 1])
  return runs
}

function rub(tool: StateNode) {
  const editor = tool.editor
  const { x, y } = editor.inputs.getCurrentPagePoint()
  const r = RADIUS / editor.getZoomLevel()
  const hit = editor.getCurrentPageShapes().filter((s): s is TLDrawShape => {
    if (s.type !== 'draw') return false
    const b = editor.getShapePageBounds(s)
    return !!b && x >= b.minX - r && x <= b.maxX + r && y >= b.minY - r && y <= b.maxY + r
  })
  for (const shape of hit) {
    const pts = pagePoints(shape)
    const runs = survivingRuns(pts, x, y, r)
    if (runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === pts.length - 1) continue // untouched
    const { t0, t1 } = (shape.meta ?? {}) as StrokeTiming
    const at = (i: number) => (t0 === undefined ? undefined : t0 + ((t1 ?? t0) - t0) * (pts.length > 1 ? i / (pts.length - 1) : 0))
    const pieces: TLShapePartial<TLDrawShape>[] = runs
      .filter(([a, b]) => b > a) // a lone point left by the rubber is dust, not ink
      .map(([a, b]) => {
        const run = pts.slice(a, b + 1)
        const meta: StrokeTiming = {}
        if (t0 !== undefined) {
          meta.t0 = Math.round(at(a)!)
          meta.t1 = Math.round(at(b)!)
        }
        return {
          id: createShapeId(),
          type: 'draw',
          x: run[0]!.x,
          y: run[0]!.y,
          index: shape.index,
          meta: meta as Record<string, number>,
          props: {
            ...shape.props,
            scaleX: 1,
            scaleY: 1,
            isComplete: true,
            segments: [{ type: 'free', path: b64Vecs.encodePoints(run.map((p) => ({ x: p.x - run[0]!.x, y: p.y - run[0]!.y, z: p.z })), 3), dim: 3 }],
          },
        }
      })
    editor.run(() => {
      editor.deleteShapes([shape.id])
      if (pieces.length) editor.createShapes(pieces)
    })
  }
}

class Idle extends StateNode {
  static override id = 'idle'
  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 })
  }
  override onPointerDown() {
    this.editor.markHistoryStoppingPoint('precise erase')
    this.parent.transition('rubbing')
  }
}

class Rubbing extends StateNode {
  static override id = 'rubbing'
  override onEnter() {
    rub(this)
  }
  override onPointerMove() {
    rub(this)
  }
  override onPointerUp() {
    this.parent.transition('idle')
  }
  override onCancel() {
    this.parent.transition('idle')
  }
}

export class PreciseEraserTool extends StateNode {
  static override id = 'precise-eraser'
  static override initial = 'idle'
  static override children(): TLStateNodeConstructor[] {
    return [Idle, Rubbing]
  }
}
