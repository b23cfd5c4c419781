// Tablet habits on the board, as native listeners on the board's element:
//  - pen only: a finger never draws; one finger pans (two still pinch-zoom,
//    which tldraw does from touch events we leave alone); a pen turns it on;
//  - a two-finger tap undoes, a three-finger tap redoes.
import type { Editor } from 'tldraw'

/** A tap: every finger lifted within this time, none moved further than TAP_SLOP. */
const TAP_MS = 350
const TAP_SLOP = 12

export interface GestureOptions {
  isPenOnly(): boolean
  /** A pen touched the board while pen only was off. */
  onPenSeen(): void
}

export function installTouchGestures(root: HTMLElement, editor: Editor, opts: GestureOptions): () => void {
  // ---- pen only: keep touch pointers away from tldraw, pan with one finger ----
  const touches = new Map<number, { x: number; y: number }>()
  const onPointer = (e: PointerEvent) => {
    if (e.pointerType === 'pen' && e.type === 'pointerdown' && !opts.isPenOnly()) opts.onPenSeen()
    if (e.pointerType !== 'touch' || !opts.isPenOnly()) return
    // Only the board: the toolbar and menus inside the root keep their taps.
    if (!(e.target instanceof Element) || !e.target.closest('.tl-canvas')) return
    e.stopPropagation()
    if (e.type === 'pointerdown') touches.set(e.pointerId, { x: e.clientX, y: e.clientY })
    else if (e.type === 'pointermove') {
      const prev = touches.get(e.pointerId)
      if (!prev) return
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY })
      if (touches.size !== 1) return // two fingers: tldraw's pinch
      const { x, y, z } = editor.getCamera()
      editor.setCamera({ x: x + (e.clientX - prev.x) / z, y: y + (e.clientY - prev.y) / z, z }, { immediate: true })
    } else touches.delete(e.pointerId)
  }
  const pointerTypes = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const
  for (const t of pointerTypes) root.addEventListener(t, onPointer, { capture: true })

  // ---- two- and three-finger taps ----
  let gesture: { start: number; max: number; moved: boolean; origin: Map<number, { x: number; y: number }> } | null = null
  const onTouch = (e: TouchEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('.tl-canvas')) return
    if (e.type === 'touchstart') {
      gesture ??= { start: e.timeStamp, max: 0, moved: false, origin: new Map() }
      for (const t of Array.from(e.changedTouches)) gesture.origin.set(t.identifier, { x: t.clientX, y: t.clientY })
      gesture.max = Math.max(gesture.max, e.touches.length)
    } else if (e.type === 'touchmove' && gesture) {
      for (const t of Array.from(e.changedTouches)) {
        const o = gesture.origin.get(t.identifier)
        if (o && Math.hypot(t.clientX - o.x, t.clientY - o.y) > TAP_SLOP) gesture.moved = true
      }
    } else if (gesture && e.touches.length === 0) {
      const g = gesture
      gesture = null
      if (g.moved || e.timeStamp - g.start > TAP_MS || e.type === 'touchcancel') return
      if (g.max === 2) editor.undo()
      else if (g.max === 3) editor.redo()
    }
  }
  const touchTypes = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const
  for (const t of touchTypes) root.addEventListener(t, onTouch, { capture: true, passive: true })

  return () => {
    for (const t of pointerTypes) root.removeEventListener(t, onPointer, { capture: true })
    for (const t of touchTypes) root.removeEventListener(t, onTouch, { capture: true })
  }
}
