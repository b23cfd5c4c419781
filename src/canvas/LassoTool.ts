// Lasso: draw a loop around some writing to select it, then drag it elsewhere.
// tldraw 5 has no lasso of its own; this is a custom tool (tldraw's extension
// point), not a fork: on release it selects the strokes the loop encloses and
// hands over to tldraw's select tool, whose drag moves them (one undo step).
import { pointInPolygon, StateNode, type TLDrawShape, type TLPointerEventInfo, type TLShapeId, type TLStateNodeConstructor, type VecModel } from 'tldraw'
import { getPointsFromDrawSegments } from 'tldraw'

/** A stroke is taken when at least this share of its points lies inside the loop. */
const ENCLOSED_SHARE = 0.6

class Idle extends StateNode {
  static override id = 'idle'
  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 })
  }
  override onPointerDown(info: TLPointerEventInfo) {
    this.parent.transition('lassoing', info)
  }
}

class Lassoing extends StateNode {
  static override id = 'lassoing'
  private points: VecModel[] = []
  private scribbleId = ''

  override onEnter() {
    const p = this.editor.inputs.getOriginPagePoint()
    this.points = [{ x: p.x, y: p.y }]
    this.scribbleId = this.editor.scribbles.addScribble({ color: 'selection-stroke', size: 2, opacity: 0.8, taper: false, shrink: 0 }).id
    this.editor.scribbles.addPoint(this.scribbleId, p.x, p.y)
  }
  override onExit() {
    this.editor.scribbles.stop(this.scribbleId)
  }
  override onPointerMove() {
    const p = this.editor.inputs.getCurrentPagePoint()
    this.points.push({ x: p.x, y: p.y })
    this.editor.scribbles.addPoint(this.scribbleId, p.x, p.y)
  }
  override onPointerUp() {
    const ids = enclosedStrokes(this.editor.getCurrentPageShapes().filter((s): s is TLDrawShape => s.type === 'draw'), this.points)
    if (ids.length) {
      this.editor.setSelectedShapes(ids)
      // The select tool moves, and undoes the move, as tldraw does everywhere.
      this.editor.setCurrentTool('select')
    } else this.parent.transition('idle')
  }
  override onCancel() {
    this.parent.transition('idle')
  }
}

/** Draw shapes with most of their points inside the loop (page coordinates). */
export function enclosedStrokes(shapes: readonly TLDrawShape[], loop: readonly VecModel[]): TLShapeId[] {
  if (loop.length < 3) return []
  return shapes
    .filter((shape) => {
      const pts = getPointsFromDrawSegments(shape.props.segments, shape.props.scaleX, shape.props.scaleY)
      if (!pts.length) return false
      const cos = Math.cos(shape.rotation)
      const sin = Math.sin(shape.rotation)
      let inside = 0
      for (const p of pts) {
        const x = shape.x + p.x * cos - p.y * sin
        const y = shape.y + p.x * sin + p.y * cos
        if (pointInPolygon({ x, y }, loop as VecModel[])) inside++
      }
      return inside / pts.length >= ENCLOSED_SHARE
    })
    .map((s) => s.id)
}

export class LassoTool extends StateNode {
  static override id = 'lasso'
  static override initial = 'idle'
  static override children(): TLStateNodeConstructor[] {
    return [Idle, Lassoing]
  }
}
