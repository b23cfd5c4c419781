// One board, mounted while the candidate reads the problem and moved, still
// mounted, into the practice board at Start. tldraw's mount (its editor, its
// tool tree, its first layout) took 200–500 ms after Start on a slow machine;
// moved instead of mounted, the pen is live as soon as the board's screen shows.
// react-reverse-portal keeps the mounted tree in one detached element that each
// place showing it (OutPortal) takes into the page.
import { Suspense, useEffect, useLayoutEffect, useRef, useSyncExternalStore, type Ref } from 'react'
import { createHtmlPortalNode, InPortal, OutPortal } from 'react-reverse-portal'
import type { InkCanvasHandle, InkCanvasProps } from '../../canvas/InkCanvas'
import { lazyPreloaded } from '../../ui/lazyPreloaded'
import { loadCanvas } from './loadCanvas'

const InkCanvas = lazyPreloaded(() => loadCanvas().then((m) => m.InkCanvas))
/** The canvas's code (tldraw), loaded ahead: the board then mounts it without suspending. */
export const preloadCanvas = () => InkCanvas.preload()

export type BoardProps = InkCanvasProps & { handle?: Ref<InkCanvasHandle> }

// Created on first use: module scope runs before any document exists in the unit tests' node files.
let node: ReturnType<typeof createHtmlPortalNode<typeof Canvas>> | null = null
const portalNode = () => (node ??= createHtmlPortalNode<typeof Canvas>({ attributes: { class: 'board-host' } }))

/** The mounted board: which one (a new id is a new editor), and whether a screen uses it or it waits unseen. */
interface Session {
  id: number
  use: 'parked' | 'board'
}
let session: Session | null = null
let nextId = 1
let parkedLeft = 0
const listeners = new Set<() => void>()
const set = (s: Session | null) => {
  session = s
  for (const l of listeners) l()
}
const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => void listeners.delete(l)
}

/** The problem page: a board mounted unseen, for Start to take. */
function park() {
  window.clearTimeout(parkedLeft)
  if (!session) set({ id: nextId++, use: 'parked' })
}
/** The problem page left: a parked board nobody took goes, a moment later (Start's board takes it within the same render). */
function leaveParked() {
  window.clearTimeout(parkedLeft)
  parkedLeft = window.setTimeout(() => {
    if (session?.use === 'parked') set(null)
  }, 1000)
}
/** A practice board: takes the parked board if there is one, else mounts its own. */
function take(): number {
  window.clearTimeout(parkedLeft)
  set(session?.use === 'parked' ? { ...session, use: 'board' } : { id: nextId++, use: 'board' })
  return session!.id
}
/** The practice board closes: its editor and ink go with it; the next board starts blank. */
function release(id: number) {
  if (session?.id === id) set(null)
}

/**
 * Holds the one board. Rendered once by the app, outside the routes, so the
 * board survives the route change from the problem to the attempt.
 */
export function SharedBoard() {
  const current = useSyncExternalStore(
    subscribe,
    () => session,
    () => null,
  )
  // The InPortal stays mounted with or without a board: the library hands the
  // props of each new place to the mounted InPortal, and a remounted one
  // started from stale ones (a new board opened with the last board's ink).
  return <InPortal node={portalNode()}>{current ? <Canvas key={current.id} /> : null}</InPortal>
}

// The props come from whichever place shows the board (OutPortal). Between one
// place letting go and the next taking it, they are empty: the board keeps the last.
function Canvas(props: Partial<BoardProps>) {
  const last = useRef<BoardProps | null>(null)
  if (props.settings) last.current = props as BoardProps
  const p = props.settings ? (props as BoardProps) : last.current
  if (!p) return null
  const { handle, ...rest } = p
  return (
    <Suspense fallback={<p role="status">Preparing the board…</p>}>
      <InkCanvas ref={handle} {...rest} />
    </Suspense>
  )
}

// The board's size when last shown, with the window's then. A board shown at
// another size than it was parked at redraws its overlay canvas at Start (about
// 50 ms here); so the parked board takes the board's size: the last one seen
// in a window of this size, else the usual one (the full width, under the
// practice bar: 172 px measured).
let lastShown: { w: number; h: number; vw: number; vh: number } | null = null
const parkedSize = () =>
  lastShown && lastShown.vw === window.innerWidth && lastShown.vh === window.innerHeight
    ? { width: lastShown.w, height: lastShown.h }
    : { width: '100%', height: 'calc(100% - 172px)' }

/** The board, shown here: the parked one if the problem page mounted it, else a new one. */
export function BoardSlot(props: BoardProps) {
  useLayoutEffect(() => {
    const id = take()
    return () => release(id)
  }, [])
  useEffect(() => {
    const box = portalNode().element.parentElement?.getBoundingClientRect()
    if (box) lastShown = { w: box.width, h: box.height, vw: window.innerWidth, vh: window.innerHeight }
  }, [])
  return <OutPortal node={portalNode()} {...props} parked={false} />
}

/** The board mounted ahead, unseen and out of reach, while the problem is read. */
export function ParkedBoard({ settings }: Pick<BoardProps, 'settings'>) {
  useEffect(() => {
    park()
    return leaveParked
  }, [])
  return (
    <div className="board-warmup" aria-hidden="true" inert style={parkedSize()}>
      <OutPortal node={portalNode()} settings={settings} parked ariaLabel="Board being prepared" />
    </div>
  )
}
