// The one boundary to tldraw: a pen-first page on paper that reports the ink
// as it changes. Everything else in the app speaks ink/v1. tldraw is used as
// published: its kit (shapes, arrows, notes, media, text, style panel, menus)
// is switched off through its components and overrides props, and the board's
// own pieces (paper, toolbar, lasso, tablet gestures) plug into those slots.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, forwardRef, useContext, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react'
import {
  createShapeId,
  DefaultColorStyle,
  DefaultDashStyle,
  DefaultSizeStyle,
  Tldraw,
  type Editor,
  type TLComponents,
  type TLEventInfo,
  type TLShape,
  type TLUiOverrides,
} from 'tldraw'
import 'tldraw/tldraw.css'
import { FOLLOW_PAUSE_MS, followWriting, PAPER_GEOMETRY, revealRect, type Rect } from '../core/board/paper'
import type { Box, InkDocument } from '../core/ink/ink'
import type { Preferences } from '../core/preferences/preferences'
import { BoardSettingsContext, type BoardSettings } from './boardSettings'
import { BoardToolbar } from './BoardToolbar'
import { inkFromShapes, shapesFromInk, type StrokeTiming } from './inkShapes'
import { LassoTool } from './LassoTool'
import { InkDrawTool, isLiveStroke, liveStrokeOf, LiveStrokeLayer } from './liveStroke'
import { PreciseEraserTool } from './PreciseEraserTool'
import { PaperBackground, PaperContext } from './PaperBackground'
import { installTouchGestures } from './touchGestures'
import './board.css'

// Fonts, icons and translations from our own origin (bundled by Vite).
const assetUrls = getAssetUrlsByImport()

/** Text shown faintly beside a line of writing (the live-reading practice aid). */
// One page. And no waiting for tldraw's text fonts before the board shows:
// the board holds ink only (text shapes are removed at once), and on a first
// visit those 16 font files queued behind the OCR engines' downloads, keeping
// the pen from the candidate for seconds after Start.
const BOARD_OPTIONS = { maxPages: 1, maxFontsToLoadBeforeRender: 0 }

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

// Over the page: the stroke being written (see liveStroke.tsx), then the reading beside the lines.
function OnTheCanvas() {
  return (
    <>
      <LiveStrokeLayer />
      <Annotations />
    </>
  )
}

// A pen-first board, not a design tool: our paper and toolbar; tldraw's zoom
// control stays; everything else of its UI is switched off.
const components: TLComponents = {
  Background: PaperBackground,
  OnTheCanvas,
  Toolbar: BoardToolbar,
  StylePanel: null,
  MainMenu: null,
  PageMenu: null,
  ActionsMenu: null,
  QuickActions: null,
  HelperButtons: null,
  MenuPanel: null,
  TopPanel: null,
  ContextMenu: null,
  KeyboardShortcutsDialog: null,
  SharePanel: null,
  HelpMenu: null,
  DebugPanel: null,
  DebugMenu: null,
  Minimap: null,
  RichTextToolbar: null,
  ImageToolbar: null,
  VideoToolbar: null,
}

// Only these tools and actions (and so only their keyboard shortcuts) exist:
// no key or menu reaches shapes, text, notes, arrows, media or embeds.
const KEPT_TOOLS = new Set(['select', 'draw', 'eraser', 'hand'])
const KEPT_ACTIONS = new Set(['undo', 'redo', 'zoom-in', 'zoom-out', 'reset-zoom', 'zoom-to-100', 'zoom-to-fit', 'zoom-to-selection', 'back-to-content', 'delete', 'select-all', 'select-none'])
const pick = <T,>(all: Record<string, T>, kept: Set<string>) => Object.fromEntries(Object.entries(all).filter(([k]) => kept.has(k)))
const overrides: TLUiOverrides = {
  tools: (_editor, tools) => pick(tools, KEPT_TOOLS),
  actions: (_editor, actions) => pick(actions, KEPT_ACTIONS),
}
// The draw tool replaces tldraw's own (same id): the stroke being written stays out of the store.
const customTools = [InkDrawTool, LassoTool, PreciseEraserTool]

const licenseKey = import.meta.env.VITE_TLDRAW_LICENSE_KEY as string | undefined

export interface InkCanvasHandle {
  getInk(): InkDocument
  /** PNG of everything written, dark ink on white whatever the theme or paper; null for a blank page. */
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
  /** Paper, pen, theme, and how to change them. */
  settings: BoardSettings
  /**
   * Mounted ahead of use, unseen (features/practice/sharedBoard): no ink, not
   * focused, not ready. Set to false once, when the board is shown: it then
   * loads `initialInk`, takes the focus and calls `onReady`, as a fresh mount would.
   */
  parked?: boolean
}

const inProgress = (shapes: readonly TLShape[]) =>
  shapes.some((s) => s.type === 'draw' && !(s.props as { isComplete: boolean }).isComplete)

/** The pen's style from the preferences: whiteboard is a marker (even, a size up); pressure off writes an even line. */
function applyPenStyle(editor: Editor, prefs: Preferences) {
  const marker = prefs.paper === 'whiteboard'
  editor.setStyleForNextShapes(DefaultColorStyle, prefs.inkColor)
  editor.setStyleForNextShapes(DefaultSizeStyle, marker ? ({ s: 'm', m: 'l', l: 'xl' } as const)[prefs.inkWidth] : prefs.inkWidth)
  editor.setStyleForNextShapes(DefaultDashStyle, marker || !prefs.pressure ? 'solid' : 'draw')
}

/** The part of the page the writer can see: the viewport less the toolbar floating over its bottom. */
function usableView(editor: Editor): Rect {
  const b = editor.getViewportPageBounds()
  const toolbar = editor.getContainer().querySelector('.board-toolbar')?.getBoundingClientRect()
  const screen = editor.getViewportScreenBounds()
  const covered = toolbar ? Math.max(0, screen.maxY - toolbar.top + 8) : 0
  return { x: b.x, y: b.y, w: b.w, h: Math.max(b.h / 3, b.h - covered / editor.getZoomLevel()) }
}

/** Moves the view (page units) by dx, dy. */
function moveView(editor: Editor, dx: number, dy: number, animate: boolean) {
  if (!dx && !dy) return
  const { x, y, z } = editor.getCamera()
  editor.setCamera({ x: x - dx, y: y - dy, z }, animate ? { animation: { duration: 220 } } : { immediate: true })
}

/** The last lines written: the strokes within two ruled lines of the lowest ink. */
function lastLines(editor: Editor): Rect | null {
  const boxes = editor
    .getCurrentPageShapes()
    .filter((s) => s.type === 'draw')
    .map((s) => editor.getShapePageBounds(s))
    .filter((b) => !!b)
  if (!boxes.length) return null
  const bottom = Math.max(...boxes.map((b) => b.maxY))
  const near = boxes.filter((b) => b.maxY >= bottom - 2 * PAPER_GEOMETRY.ruledGap)
  const minX = Math.min(...near.map((b) => b.minX))
  const minY = Math.min(...near.map((b) => b.minY))
  const maxX = Math.max(...near.map((b) => b.maxX))
  return { x: minX, y: minY, w: Math.min(maxX - minX, 600), h: bottom - minY }
}

// Context values keep their identity between renders: a new one makes React search
// tldraw's whole tree (thousands of shapes on a long page) for its readers.
const NO_ANNOTATIONS: readonly InkAnnotation[] = []

export const InkCanvas = forwardRef<InkCanvasHandle, InkCanvasProps>(function InkCanvas(
  { initialInk, inkFields, onInkChange, onReady, annotations = NO_ANNOTATIONS, ariaLabel = 'Handwriting canvas', settings, parked = false },
  ref,
) {
  const editorRef = useRef<Editor | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const fieldsRef = useRef(inkFields)
  fieldsRef.current = inkFields
  const onChangeRef = useRef(onInkChange)
  onChangeRef.current = onInkChange
  const [withdrawn, setWithdrawn] = useState(false)
  const { preferences: prefs, theme, onPreferencesChange } = settings
  const prefsRef = useRef(prefs)
  prefsRef.current = prefs
  const onPreferencesRef = useRef(onPreferencesChange)
  onPreferencesRef.current = onPreferencesChange
  const themeRef = useRef(theme)
  themeRef.current = theme
  const initialInkRef = useRef(initialInk)
  initialInkRef.current = initialInk
  const onReadyRef = useRef(onReady)
  onReadyRef.current = onReady
  // Parked at mount (features/practice/sharedBoard): opened later, once, when shown.
  const [mountedParked] = useState(parked)
  const opened = useRef(false)
  const stopReporting = useRef<(() => void) | null>(null)

  const dark = theme === 'dark'
  const paperValue = useMemo(() => ({ paper: prefs.paper, dark }), [prefs.paper, dark])

  const currentInk = () => {
    const editor = editorRef.current
    if (!editor) return inkFromShapes([], fieldsRef.current)
    // The stroke being written counts too (it is on top of the page until the pen lifts).
    const live = liveStrokeOf(editor).get()
    const shapes = editor.getCurrentPageShapesSorted()
    return inkFromShapes(live ? [...shapes, live] : shapes, fieldsRef.current)
  }

  useImperativeHandle(ref, () => ({
    getInk: currentInk,
    async toPng() {
      const editor = editorRef.current
      if (!editor) return null
      const ids = [...editor.getCurrentPageShapeIds()]
      if (!ids.length) return null
      // Never dark: the stored image and the recogniser read dark ink on white.
      const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 24, scale: 1, darkMode: false })
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

  // Preferences and theme reach the editor as they change.
  useEffect(() => {
    if (editor) applyPenStyle(editor, prefs)
  }, [editor, prefs])
  useEffect(() => {
    editor?.user.updateUserPreferences({ colorScheme: theme })
  }, [editor, theme])

  // Tablet gestures, and: a smaller board (the problem opened, the device
  // turned) still shows the last lines written.
  useEffect(() => {
    const root = containerRef.current
    if (!editor || !root) return
    const offGestures = installTouchGestures(root, editor, {
      isPenOnly: () => prefsRef.current.penOnly,
      onPenSeen: () => onPreferencesRef.current({ penOnly: true }),
    })
    let frame = 0
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        editor.updateViewportScreenBounds(editor.getContainer())
        const target = lastLines(editor)
        if (!target) return
        const { dx, dy } = revealRect(usableView(editor), target, 24)
        moveView(editor, dx, dy, false)
      })
    })
    observer.observe(root)
    return () => {
      offGestures()
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [editor])

  /** The board shown: the attempt's ink on it, the pen in hand. Once per mount. */
  const open = (editor: Editor) => {
    if (opened.current) return
    opened.current = true
    const initialInk = initialInkRef.current
    if (initialInk?.strokes.length) {
      editor.run(() => editor.createShapes(shapesFromInk(initialInk, () => createShapeId())), { history: 'ignore' })
      editor.zoomToFit({ animation: { duration: 0 } })
      // Resume where the writing ends, at the usual size.
      editor.resetZoom()
      const target = lastLines(editor)
      if (target) {
        const { dx, dy } = revealRect(usableView(editor), target, 24)
        moveView(editor, dx, dy, false)
      }
    }
    editor.setCurrentTool('draw')
    // Every finished change from now on is reported; the ink loaded above is not a change.
    let pending = 0
    const off = editor.store.listen(
      () => {
        window.clearTimeout(pending)
        pending = window.setTimeout(() => {
          const shapes = editor.getCurrentPageShapes()
          if (!inProgress(shapes)) onChangeRef.current?.(currentInk())
        }, 120)
      },
      { scope: 'document' },
    )
    stopReporting.current = () => {
      window.clearTimeout(pending)
      off()
    }
    onReadyRef.current?.()
  }

  // A parked board shown: where it now sits on the page, the focus, its ink.
  useLayoutEffect(() => {
    if (!editor || parked || opened.current) return
    editor.updateViewportScreenBounds(editor.getContainer())
    editor.focus()
    open(editor)
  })

  const onMount = (editor: Editor) => {
    editorRef.current = editor
    applyPenStyle(editor, prefsRef.current)
    editor.user.updateUserPreferences({ colorScheme: themeRef.current })
    if (mountedParked) editor.setCurrentTool('draw')
    else open(editor)
    // Nothing the paste or drop handlers would make (images, text, links) belongs on the board.
    for (const type of ['files', 'url', 'text', 'svg-text', 'embed', 'excalidraw', 'tldraw'] as const)
      editor.registerExternalContentHandler(type, () => undefined)

    // Pen-down and pen-up times on each stroke, for replay and the timeline. A stroke
    // is created when its pen goes down (in the store, or live: liveStroke.tsx)...
    editor.getInitialMetaForShape = (shape) => (shape.type === 'draw' ? { t0: Date.now() } : {})
    // Only ink lives on the board: a shape of any other kind (a double-click's text, say) is removed at once.
    const offOther = editor.sideEffects.registerAfterCreateHandler('shape', (shape) => {
      if (shape.type !== 'draw') editor.deleteShape(shape.id)
    })
    // ...and finished when it lifts: stored finished (the live pen), or marked so later.
    // The page grows downwards: after a stroke near the bottom, the view moves on, but only once
    // the pen has rested (FOLLOW_PAUSE_MS). tldraw re-reads the pointer on every move of the view,
    // so a view moving while the next letter is written would drag that stroke along with it.
    let follow: ReturnType<typeof setTimeout> | undefined
    const finished = <S extends TLShape>(shape: S): S => {
      clearTimeout(follow)
      follow = setTimeout(() => {
        const b = editor.getShapePageBounds(shape.id)
        if (b && !editor.inputs.getIsPointing()) moveView(editor, 0, followWriting(usableView(editor), b.maxY), true)
      }, FOLLOW_PAUSE_MS)
      return (shape.meta as StrokeTiming).t1 === undefined ? { ...shape, meta: { ...shape.meta, t1: Date.now() } } : shape
    }
    const isComplete = (shape: TLShape) => (shape.props as { isComplete?: boolean }).isComplete === true
    const offCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape) =>
      isLiveStroke(editor, shape.id) && isComplete(shape) ? finished(shape) : shape,
    )
    const offChange = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next) =>
      next.type === 'draw' && isComplete(next) && !isComplete(prev) ? finished(next) : next,
    )
    // A pen put down stops the view where it is (a pause can end mid-move).
    const onEvent = (info: TLEventInfo) => {
      if (info.name !== 'pointer_down') return
      clearTimeout(follow)
      editor.stopCameraAnimation()
    }
    editor.on('event', onEvent)
    // tldraw's own pen mode would also stop the mouse; ours (pen only) stops the finger alone.
    const offPenMode = editor.sideEffects.registerBeforeChangeHandler('instance', (_prev, next) =>
      next.isPenMode ? { ...next, isPenMode: false } : next,
    )

    setEditor(editor)
    return () => {
      stopReporting.current?.()
      stopReporting.current = null
      clearTimeout(follow)
      editor.off('event', onEvent)
      offCreate()
      offOther()
      offChange()
      offPenMode()
      opened.current = false // a new editor for this canvas (React's strict mode) is opened afresh
      editorRef.current = null
      setEditor(null)
    }
  }

  // Made once: what changes reaches the editor through refs, effects and the
  // contexts above, so tldraw's tree is not rendered again with the board
  // (after each stroke, when a parked board is shown).
  const tldraw = useMemo(
    () => (
      <Tldraw
        assetUrls={assetUrls}
        components={components}
        overrides={overrides}
        tools={customTools}
        onMount={onMount}
        autoFocus={!mountedParked}
        {...(licenseKey ? { licenseKey } : {})}
        options={BOARD_OPTIONS}
      />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onMount reads refs; mountedParked never changes
    [],
  )

  return (
    <div ref={containerRef} className="ink-canvas" role="region" aria-label={ariaLabel} data-paper={prefs.paper} data-pen-only={prefs.penOnly}>
      {withdrawn ? (
        <div role="alert" className="ink-canvas-withdrawn">
          <strong>The handwriting canvas is switched off on this site.</strong> tldraw needs a licence key when
          the app is served over https from a domain. Set <code>VITE_TLDRAW_LICENSE_KEY</code> when building (see
          the README); on localhost it works without one.
        </div>
      ) : null}
      <BoardSettingsContext.Provider value={settings}>
      <PaperContext.Provider value={paperValue}>
        <AnnotationsContext.Provider value={annotations}>
          {tldraw}
        </AnnotationsContext.Provider>
      </PaperContext.Provider>
      </BoardSettingsContext.Provider>
    </div>
  )
})
