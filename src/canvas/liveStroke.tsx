// The stroke being written lives outside tldraw's store until the pen lifts.
//
// Why: every shape created or changed in the store makes tldraw recompute its
// list of rendering shapes and re-render its shapes layer, both O(shapes on
// the page). With thousands of strokes on a long answer that is more than a
// frame per pointer move. So the pen keeps tldraw's own drawing state machine
// (pressure, pen detection, segment encoding, long-stroke splitting) but hands
// it an editor whose writes to the stroke in progress land in one atom. The
// stroke is drawn from that atom by the draw shape's own component, over the
// page, and is created in the store once, finished, when the pen lifts (or the
// tool is left). Undo, erase, lasso, autosave and the reader only ever see
// finished strokes, as tldraw would have left them.
import {
  atom,
  DrawShapeTool,
  useEditor,
  useValue,
  Vec,
  type Atom,
  type Editor,
  type StateNode,
  type TLDrawShape,
  type TLShape,
  type TLShapeId,
  type TLShapePartial,
  type TLStateNodeConstructor,
  type VecLike,
} from 'tldraw'

const strokes = new WeakMap<Editor, Atom<TLDrawShape | null>>()

/** The stroke in progress on this editor's page (null between strokes). */
export function liveStrokeOf(editor: Editor): Atom<TLDrawShape | null> {
  let live = strokes.get(editor)
  if (!live) strokes.set(editor, (live = atom<TLDrawShape | null>('live stroke', null)))
  return live
}

type ShapeArg = TLShapeId | TLShape
const idOf = (arg: ShapeArg | TLShapePartial) => (typeof arg === 'string' ? arg : arg.id)

/**
 * A draw shape record as the editor would make it from `partial` (its
 * defaults, the styles chosen for the next shape, the initial meta), but not
 * put in the store. Its index is a stand-in: the store gives the real one.
 */
function liveRecord(editor: Editor, partial: TLShapePartial<TLDrawShape>): TLDrawShape {
  const util = editor.getShapeUtil<TLDrawShape>('draw')
  const props = util.getDefaultProps() as unknown as Record<string, unknown>
  for (const [style, key] of editor.styleProps.draw ?? []) props[key] = editor.getStyleForNextShape(style)
  const pageId = editor.getCurrentPageId()
  const record = editor.store.schema.types.shape.create({
    ...partial,
    type: 'draw',
    parentId: pageId,
    index: editor.getHighestIndexForParent(pageId),
    opacity: editor.getInstanceState().opacityForNextShape,
    props: { ...props, ...partial.props },
  } as TLShape) as TLDrawShape
  return { ...record, meta: { ...editor.getInitialMetaForShape(record), ...record.meta } }
}

/** A partial update applied to a record, as the store would (props and meta merged). */
function merged(shape: TLDrawShape, partial: TLShapePartial): TLDrawShape {
  return {
    ...shape,
    ...partial,
    props: { ...shape.props, ...(partial.props as Partial<TLDrawShape['props']> | undefined) },
    meta: { ...shape.meta, ...partial.meta },
  } as TLDrawShape
}

/**
 * Creates the live stroke in the store (one change, in the undo step its
 * pen-down began) and clears it. While it is created it is still the live
 * stroke: side effects can tell the pen's strokes from other creations.
 */
function commitLiveStroke(editor: Editor) {
  const live = liveStrokeOf(editor)
  const shape = live.get()
  if (!shape) return
  const { id, type, x, y, rotation, opacity, props, meta } = shape
  editor.run(() => {
    editor.createShapes([{ id, type, x, y, rotation, opacity, props, meta }])
    live.set(null)
  })
}

/** Whether `id` is the stroke the pen is writing (or committing) now. */
export const isLiveStroke = (editor: Editor, id: TLShapeId) => liveStrokeOf(editor).get()?.id === id

/**
 * The editor as the drawing state sees it: the stroke it creates, and every
 * read and write of that stroke, go to the live atom; everything else goes to
 * the editor. Creating the next stroke commits the last one: tldraw splits a
 * very long stroke by finishing one shape and creating the next mid-gesture.
 */
function drawingEditor(editor: Editor): Editor {
  const live = liveStrokeOf(editor)
  const liveOf = (arg: ShapeArg | TLShapePartial) => {
    const shape = live.get()
    return shape && shape.id === idOf(arg) ? shape : null
  }
  // The proxy's own methods return it, as the editor's return the editor (for chaining).
  const self: Editor = new Proxy(editor, {
    get(target, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof Editor]
      const value = Reflect.get(target, key, target) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
  const overrides: Partial<Record<keyof Editor, unknown>> = {
    getShape: (arg: ShapeArg) => liveOf(arg) ?? editor.getShape(arg),
    // A live stroke sits on the page, unrotated, at its x and y.
    getPointInShapeSpace: (arg: ShapeArg, point: VecLike) => {
      const shape = liveOf(arg)
      return shape ? new Vec(point.x - shape.x, point.y - shape.y, point.z) : editor.getPointInShapeSpace(arg, point)
    },
    isShapeInPage: (arg: ShapeArg) => !!liveOf(arg) || editor.isShapeInPage(arg),
    createShape: (partial: TLShapePartial) => {
      if (partial.type !== 'draw') {
        editor.createShape(partial)
        return self
      }
      commitLiveStroke(editor)
      live.set(liveRecord(editor, partial as TLShapePartial<TLDrawShape>))
      return self
    },
    updateShapes: (partials: (TLShapePartial | null | undefined)[]) => {
      const rest: TLShapePartial[] = []
      for (const partial of partials) {
        if (!partial) continue
        const shape = liveOf(partial)
        if (!shape) {
          rest.push(partial)
          continue
        }
        live.set(merged(shape, partial))
      }
      if (rest.length) editor.updateShapes(rest)
      return self
    },
    bailToMark: (id: string) => {
      // Back to before the stroke began: it was never written.
      live.set(null)
      editor.bailToMark(id)
      return self
    },
  }
  return self
}

const drawStates = DrawShapeTool.children()
const Drawing = drawStates.find((s) => s.id === 'drawing')
if (!Drawing) throw new Error('tldraw\'s draw tool has no "drawing" state')

class LiveDrawing extends Drawing {
  private readonly storeEditor: Editor

  constructor(editor: Editor, parent?: StateNode) {
    super(editor, parent)
    this.storeEditor = editor
    this.editor = drawingEditor(editor)
  }

  override onExit(info: unknown, to: string) {
    super.onExit?.(info, to)
    // Left mid-stroke (cancelled, another tool): what was written stays, as in tldraw.
    commitLiveStroke(this.storeEditor)
  }
}

/** tldraw's draw tool, id "draw", with the stroke in progress kept out of the store. */
export class InkDrawTool extends DrawShapeTool {
  static override children(): TLStateNodeConstructor[] {
    return drawStates.map((s) => (s === Drawing ? LiveDrawing : s))
  }
}

/** Draws the live stroke over the page with the draw shape's own component, so it looks as it will once stored. */
export function LiveStrokeLayer() {
  const editor = useEditor()
  const shape = useValue('live stroke', () => liveStrokeOf(editor).get(), [editor])
  if (!shape) return null
  const util = editor.getShapeUtil(shape as TLShape)
  return (
    // Any non-zero size: the component's svg spills over (overflow visible), but an svg of size 0 is not painted.
    <div className="tl-shape ink-live-stroke" style={{ transform: `translate(${shape.x}px, ${shape.y}px)`, width: 1, height: 1 }}>
      {util.component(shape as TLShape)}
    </div>
  )
}
