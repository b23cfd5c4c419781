// Tablet habits on the board, as native listeners on the board's element:
//  - pen only: a finger never draws; one finger pans (two still pinch-zoom,
//    which tldraw does from touch events we leave alone); a pen turns it on;
//  - a two-finger tap undoes, a three-finger tap redoes.
import type { Editor } from 'tldraw'

/** A tap: every finger lifted within this time, none moved further than TAP_SLOP. */
const TAP_MS = 500
const TAP_SLOP = 12
/** How long a finger's press waits for a second finger before it starts to write. */
const HOLD_MS = 60

export interface GestureOptions {
  isPenOnly(): boolean
  /** A pen touched the board while pen only was off. */
  onPenSeen(): void
}

export function installTouchGestures(root: HTMLElement, editor: Editor, opts: GestureOptions): () => void {
  // ---- a finger that writes (pen only off) waits a moment before it does ----
  // A two- or three-finger tap starts with one finger: were it passed on at
  // once, it would begin a stroke, and that change would empty the redo stack
  // before the tap could redo. So a finger's press is held back HOLD_MS (or
  // until it moves), and dropped when another finger joins it.
  const replayed = new WeakSet<Event>()
  let held: { down: PointerEvent; timer: number } | null = null
  const dropped = new Set<number>()
  const release = () => {
    if (!held) return
    const { down } = held
    window.clearTimeout(held.timer)
    held = null
    const copy = new PointerEvent('pointerdown', {
      bubbles: true, cancelable: true, composed: true, pointerId: down.pointerId, pointerType: down.pointerType, isPrimary: down.isPrimary,
      clientX: down.clientX, clientY: down.clientY, screenX: down.screenX, screenY: down.screenY, button: down.button, buttons: down.buttons,
      pressure: down.pressure, width: down.width, height: down.height,
    })
    replayed.add(copy)
    down.target?.dispatchEvent(copy)
  }
  const holdFinger = (e: PointerEvent): boolean => {
    if (replayed.has(e)) return false
    if (e.type === 'pointerdown') {
      if (held) {
        // A second finger: a gesture (pinch, pan or tap), not writing.
        dropped.add(held.down.pointerId)
        window.clearTimeout(held.timer)
        held = null
      }
      if (dropped.size) {
        dropped.add(e.pointerId)
        return true
      }
      held = { down: e, timer: window.setTimeout(release, HOLD_MS) }
      return true
    }
    if (dropped.has(e.pointerId)) {
      if (e.type === 'pointerup' || e.type === 'pointercancel') dropped.delete(e.pointerId)
      return true
    }
    if (held && e.pointerId === held.down.pointerId) {
      if (e.type === 'pointermove' && Math.hypot(e.clientX - held.down.clientX, e.clientY - held.down.clientY) <= TAP_SLOP) return true
      release() // moved, or lifted (a dot): the press goes first, then this event
    }
    return false
  }

  // ---- pen only: keep touch pointers away from tldraw, pan with one finger ----
  const touches = new Map<number, { x: number; y: number }>()
  const onPointer = (e: PointerEvent) => {
    if (e.pointerType === 'pen' && e.type === 'pointerdown' && !opts.isPenOnly()) opts.onPenSeen()
    if (e.pointerType !== 'touch') return
    // Only the board: the toolbar and menus inside the root keep their taps.
    if (!(e.target instanceof Element) || !e.target.closest('.tl-canvas')) return
    if (!opts.isPenOnly()) {
      if (holdFinger(e)) e.stopPropagation()
      return
    }
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
    if (held) window.clearTimeout(held.timer)
  }
}
