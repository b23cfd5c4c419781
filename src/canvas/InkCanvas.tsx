// The one boundary to tldraw: a freehand page that starts on the draw tool and
// reports the ink as it changes. Everything else in the app speaks ink/v1.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, forwardRef, useContext, useEffect, useImperativeHandle, useRef, useState } from 'react'
import {
  createShapeId,
  DefaultColorStyle,
  DefaultSizeStyle,
  Tldraw,
  type Editor,
  type TLComponents,
  type TLShape,
} from 'tldraw'
import 'tldraw/tldraw.css'
import type { Box, InkDocument } from '../core/ink/ink'
import { inkFromShapes, shapesFromInk, type StrokeTiming } from './inkShapes'

// Fonts, icons and translations from our own origin (bundled by Vite).
const assetUrls = getAssetUrlsByImport()

/** Text shown faintly beside a line of writing (the live-reading practice aid). */
export interface InkAnnotation {
  bbox: Box
  text: string
}

const AnnotationsContext = createContext<readonly InkAnnotation[]>([])

// Drawn in page space, so it follows pan and zoom; never catches the pen.
function Annotations() {
  const annotations = useContext(AnnotationsContext)
  return (
    <>
      {annotations.map((a, i) => (
        <div
          key={i}
          className="ink-annotation"
          aria-hidden="true"
          style={{ left: a.bbox.maxX + 16, top: a.bbox.minY, height: Math.max(16, a.bbox.maxY - a.bbox.minY) }}
        >
          {a.text}
        </div>
      ))}
    </>
  )
}

// A whiteboard, not a design tool: no pages, sharing, help or debug chrome.
const components: TLComponents = {
  OnTheCanvas: Annotations,
  PageMenu: null,
  SharePanel: null,
  HelpMenu: null,
  DebugPanel: null,
  DebugMenu: null,
  Minimap: null,
}

const licenseKey = import.meta.env.VITE_TLDRAW_LICENSE_KEY as string | undefined

export interface InkCanvasHandle {
  getInk(): InkDocument
  /** PNG of everything written, on white; null for a blank page. */
  toPng(): Promise<Blob | null>
}

export interface InkCanvasProps {
  /** Strokes to start from (resume after a reload). */
  initialInk?: InkDocument | null
  /** Extra ink/v1 fields (language, problem) carried on every document. */
  inkFields?: Partial<InkDocument>
  /** Called after each finished stroke, erase or undo, never mid-stroke. */
  onInkChange?: (ink: InkDocument) => void
  /** Called once the board is mounted and takes ink. */
  onReady?: () => void
  /** Shown faintly beside the writing, e.g. the live reading of each finished line. */
  annotations?: readonly InkAnnotation[]
  ariaLabel?: string
}

const inProgress = (shapes: readonly TLShape[]) =>
  shapes.some((s) => s.type === 'draw' && !(s.props as { isComplete: boolean }).isComplete)

export const InkCanvas = forwardRef<InkCanvasHandle, InkCanvasProps>(function InkCanvas(
  { initialInk, inkFields, onInkChange, onReady, annotations = [], ariaLabel = 'Handwriting canvas' },
  ref,
) {
  const editorRef = useRef<Editor | null>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const fieldsRef = useRef(inkFields)
  fieldsRef.current = inkFields
  const onChangeRef = useRef(onInkChange)
  onChangeRef.current = onInkChange
  const [withdrawn, setWithdrawn] = useState(false)

  const currentInk = () => {
    const editor = editorRef.current
    return inkFromShapes(editor ? editor.getCurrentPageShapesSorted() : [], fieldsRef.current)
  }

  useImperativeHandle(ref, () => ({
    getInk: currentInk,
    async toPng() {
      const editor = editorRef.current
      if (!editor) return null
      const ids = [...editor.getCurrentPageShapeIds()]
      if (!ids.length) return null
      const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 24, scale: 1 })
      return blob
    },
  }))

  // tldraw withdraws the editor on an https domain without a licence key and
  // leaves an invisible marker; say so instead of showing a blank page.
  useEffect(() => {
    const root = containerRef.current
    if (!root) return
    const check = () => setWithdrawn(!!root.querySelector('[data-testid="tl-license-expired"]'))
    const observer = new MutationObserver(check)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])

  const onMount = (editor: Editor) => {
    editorRef.current = editor
    editor.setStyleForNextShapes(DefaultColorStyle, 'black')
    editor.setStyleForNextShapes(DefaultSizeStyle, 'm')
    if (initialInk?.strokes.length) {
      editor.run(() => editor.createShapes(shapesFromInk(initialInk, () => createShapeId())), { history: 'ignore' })
      editor.zoomToFit({ animation: { duration: 0 } })
    }
    editor.setCurrentTool('draw')
    onReady?.()

    // Pen-down and pen-up times on each stroke, for replay and the timeline.
    const offCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape) => {
      if (shape.type !== 'draw' || (shape.meta as StrokeTiming).t0 !== undefined) return shape
      return { ...shape, meta: { ...shape.meta, t0: Date.now() } }
    })
    const offChange = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next) => {
      if (next.type !== 'draw') return next
      const done = (next.props as { isComplete: boolean }).isComplete
      if (!done || (prev.props as { isComplete: boolean }).isComplete) return next
      return { ...next, meta: { ...next.meta, t1: Date.now() } }
    })

    let pending = 0
    const offListen = editor.store.listen(
      () => {
        window.clearTimeout(pending)
        pending = window.setTimeout(() => {
          const shapes = editor.getCurrentPageShapes()
          if (!inProgress(shapes)) onChangeRef.current?.(currentInk())
        }, 120)
      },
      { scope: 'document' },
    )
    return () => {
      window.clearTimeout(pending)
      offCreate()
      offChange()
      offListen()
      editorRef.current = null
    }
  }

  return (
    <div ref={containerRef} className="ink-canvas" role="region" aria-label={ariaLabel}>
      {withdrawn ? (
        <div role="alert" className="ink-canvas-withdrawn">
          <strong>The handwriting canvas is switched off on this site.</strong> tldraw needs a licence key when
          the app is served over https from a domain. Set <code>VITE_TLDRAW_LICENSE_KEY</code> when building (see
          the README); on localhost it works without one.
        </div>
      ) : null}
      <AnnotationsContext.Provider value={annotations}>
        <Tldraw
          assetUrls={assetUrls}
          components={components}
          onMount={onMount}
          {...(licenseKey ? { licenseKey } : {})}
          options={{ maxPages: 1 }}
        />
      </AnnotationsContext.Provider>
    </div>
  )
})
