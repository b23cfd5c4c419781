// @vitest-environment jsdom
// The one board (features/practice/sharedBoard): mounted unseen on the problem
// page, taken by Start without a remount; every later board starts blank.
import { act, cleanup, render } from '@testing-library/react'
import { forwardRef, useEffect, useImperativeHandle, useState, type ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InkCanvasHandle, InkCanvasProps } from '../../src/canvas/InkCanvas'

// A stand-in for the canvas (tldraw does not lay out in jsdom): it keeps the ink it
// opened with, as the editor does, and says when it mounts and unmounts.
const events: string[] = []
let nextCanvas = 1
const FakeCanvas = forwardRef<InkCanvasHandle, InkCanvasProps>(function FakeCanvas(props, ref) {
  const [n] = useState(() => nextCanvas++)
  const [opened, setOpened] = useState<number | null>(null)
  useEffect(() => {
    events.push(`mount ${n}`)
    return () => void events.push(`unmount ${n}`)
  }, [n])
  useEffect(() => {
    if (!props.parked && opened === null) {
      setOpened(props.initialInk?.strokes.length ?? 0)
      props.onReady?.()
    }
  }, [props, opened])
  useImperativeHandle(ref, () => ({ getInk: () => ({ format: 'ink/v1', strokes: [] }) as never, toPng: async () => null }))
  return (
    <div data-testid="canvas" data-n={n} data-parked={String(!!props.parked)} data-opened={opened ?? ''} aria-label={props.ariaLabel}>
      board {n}
    </div>
  )
})
vi.mock('../../src/features/practice/loadCanvas', () => ({ loadCanvas: async () => ({ InkCanvas: FakeCanvas }) }))

const shared = await import('../../src/features/practice/sharedBoard')
const { SharedBoard, BoardSlot, ParkedBoard } = shared

const settings = { preferences: {} as never, theme: 'light' as const, onPreferencesChange: () => {} }
const ink = (n: number) => ({ format: 'ink/v1' as const, strokes: Array.from({ length: n }, () => ({ points: [[0, 0, 0.5, 0]] })) }) as never

function App({ screen }: { screen: ReactNode }) {
  return (
    <>
      <SharedBoard />
      <main>{screen}</main>
    </>
  )
}
const canvas = (c: HTMLElement) => c.querySelector('[data-testid="canvas"]') as HTMLElement | null

// One app for all the tests, as in the browser: the shared board's holder is mounted once, for the page's life.
let app: ReturnType<typeof render>
const show = async (screen: ReactNode) => {
  app.rerender(<App screen={screen} />)
  await act(async () => {})
  return app.container
}
beforeAll(async () => {
  await shared.preloadCanvas()
  app = render(<App screen={null} />)
})
afterEach(async () => {
  // Each test leaves for a screen without a board; a parked board goes a moment later.
  vi.useFakeTimers()
  await show(<p>Library</p>)
  await act(async () => {
    vi.advanceTimersByTime(1100)
  })
  vi.useRealTimers()
  events.length = 0
})
afterAll(() => cleanup())

describe('the shared board', () => {
  it('is mounted unseen on the problem page and taken by Start as it is: no second mount, opened with the board’s props', async () => {
    const onReady = vi.fn()
    let container = await show(<ParkedBoard settings={settings} />)
    const parked = canvas(container)!
    expect(parked.closest('.board-warmup')).not.toBeNull()
    expect(parked.dataset.parked).toBe('true')
    expect(parked.dataset.opened).toBe('')

    container = await show(
      <div className="practice-board">
        <BoardSlot settings={settings} initialInk={ink(0)} onReady={onReady} ariaLabel="Write your answer here" />
      </div>,
    )
    const shown = canvas(container)!
    expect(shown).toBe(parked) // the same element, moved
    expect(shown.closest('.practice-board')).not.toBeNull()
    expect(container.querySelector('.board-warmup')).toBeNull()
    expect(shown.dataset.parked).toBe('false')
    expect(shown.dataset.opened).toBe('0')
    expect(shown.getAttribute('aria-label')).toBe('Write your answer here')
    expect(onReady).toHaveBeenCalledTimes(1)
    expect(events.filter((e) => e.startsWith('mount'))).toHaveLength(1)
  })

  it('starts every later board blank: a board closed, then a problem page, parks a new one without the last ink', async () => {
    let container = await show(
      <div className="practice-board">
        <BoardSlot settings={settings} initialInk={ink(5)} />
      </div>,
    )
    const first = canvas(container)!
    expect(first.dataset.opened).toBe('5')

    container = await show(<ParkedBoard settings={settings} />)
    const parked = canvas(container)!
    expect(parked.dataset.n).not.toBe(first.dataset.n)
    expect(parked.dataset.parked).toBe('true')
    expect(parked.dataset.opened).toBe('')
    expect(events).toContain(`unmount ${first.dataset.n}`)

    container = await show(
      <div className="practice-board">
        <BoardSlot settings={settings} initialInk={ink(0)} />
      </div>,
    )
    expect(canvas(container)!.dataset.n).toBe(parked.dataset.n)
    expect(canvas(container)!.dataset.opened).toBe('0')
  })

  it('mounts its own board when nothing was parked (a reload on the attempt)', async () => {
    const container = await show(
      <div className="practice-board">
        <BoardSlot settings={settings} initialInk={ink(2)} />
      </div>,
    )
    expect(canvas(container)!.dataset.parked).toBe('false')
    expect(canvas(container)!.dataset.opened).toBe('2')
  })

  it('lets a parked board nobody took go a moment after the problem page closes', async () => {
    vi.useFakeTimers()
    const container = await show(<ParkedBoard settings={settings} />)
    const n = canvas(container)!.dataset.n
    await show(<p>History</p>)
    expect(events).not.toContain(`unmount ${n}`)
    await act(async () => {
      vi.advanceTimersByTime(1100)
    })
    expect(events).toContain(`unmount ${n}`)
  })
})
